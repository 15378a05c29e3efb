import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { logger } from '../logger.ts';

// Starts the bundled Neo4j Community (neo4j/ at the repository root) when no NEO4J_URI is given.

const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../neo4j');
const JAR = path.join(LAUNCHER_DIR, 'target/local-neo4j-1.0.0.jar');
const LIB = path.join(LAUNCHER_DIR, 'target/lib');

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
}

export interface LocalNeo4j {
  uri: string;
  /** True when this process started it (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
}

function hasCommand(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/** Resolves Neo4j's jars with Maven once; later calls return at once. */
export function ensureNeo4jJars(): void {
  const pom = path.join(LAUNCHER_DIR, 'pom.xml');
  const built = fs.existsSync(JAR) && fs.existsSync(LIB) && fs.statSync(JAR).mtimeMs >= fs.statSync(pom).mtimeMs;
  if (built) return;
  if (!hasCommand('java', ['-version'])) {
    throw new Error(
      'Java is not installed: the local Neo4j needs JDK 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
        'or set NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD) to use a Neo4j server you already run.',
    );
  }
  if (!hasCommand('mvn', ['-v'])) {
    throw new Error(
      'Maven is not installed: the local Neo4j resolves its jars with it (Debian/Ubuntu: apt-get install maven), ' +
        'or set NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD) to use a Neo4j server you already run.',
    );
  }
  logger.info('resolving Neo4j 5.26 jars from Maven Central (first start only, about 125 MB)…');
  const started = Date.now();
  const r = spawnSync('mvn', ['-B', '-q', '-f', pom, 'package'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`Resolving Neo4j with Maven failed (exit ${r.status}); see the output above`);
  logger.info({ ms: Date.now() - started }, 'Neo4j jars ready');
}

export function boltAnswers(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A loopback port nothing listens on right now (asked from the kernel, then released): for a second instance. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the local Neo4j, or reuses the one already running on this data folder. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const home = path.join(opts.dataDir, 'neo4j');
  fs.mkdirSync(home, { recursive: true });
  const pidFile = path.join(home, 'kg-neo4j.pid');
  const uri = `bolt://127.0.0.1:${opts.port}`;

  const previous = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split(/\s+/)[0]) : 0;
  if (previous && pidAlive(previous) && (await boltAnswers(opts.port))) {
    logger.info({ uri, pid: previous }, 'reusing the local Neo4j already running');
    return { uri, owned: false, stop: async () => {} };
  }
  if (await boltAnswers(opts.port)) {
    throw new Error(
      `Port ${opts.port} is taken by something else: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to connect to that server`,
    );
  }
  ensureNeo4jJars();
  const started = Date.now();
  logger.info({ uri, dataDir: home }, 'starting local Neo4j');
  const child = spawn('java', [`-Xmx${opts.heap}`, '-XX:+UseG1GC', '-cp', `${JAR}${path.delimiter}${LIB}/*`, 'kg.LocalNeo4j'], {
    env: { ...process.env, KG_NEO4J_HOME: home, KG_BOLT_PORT: String(opts.port), KG_PAGECACHE: opts.pageCache },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  await waitReady(child, home);
  fs.writeFileSync(pidFile, `${child.pid}\n`);
  logger.info({ uri, ms: Date.now() - started }, 'local Neo4j ready');
  return {
    uri,
    owned: true,
    stop: () => stopChild(child, pidFile),
  };
}

function waitReady(child: ChildProcess, home: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/^READY \d+/m.test(output)) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => {
      output += c.toString();
      if (output.length > 20000) output = output.slice(-10000);
    });
    child.once('exit', (code) => {
      const tail = output.split('\n').slice(-15).join('\n');
      reject(new Error(`Local Neo4j exited (code ${code}) before it was ready. Logs in ${home}/logs. Last output:\n${tail}`));
    });
    child.once('error', (err) => reject(new Error(`Could not start java: ${err.message}`)));
  });
}

function stopChild(child: ChildProcess, pidFile: string): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      fs.rmSync(pidFile, { force: true });
      resolve();
    });
    // Closing stdin asks the launcher to shut down cleanly; SIGTERM runs the same shutdown hook.
    child.stdin?.end();
    child.kill('SIGTERM');
  });
}
