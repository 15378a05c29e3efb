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
  const source = path.join(LAUNCHER_DIR, 'src/main/java/kg/LocalNeo4j.java');
  const newest = Math.max(fs.statSync(pom).mtimeMs, fs.existsSync(source) ? fs.statSync(source).mtimeMs : 0);
  const built = fs.existsSync(JAR) && fs.existsSync(LIB) && fs.statSync(JAR).mtimeMs >= newest;
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
  } catch (err) {
    // EPERM: alive, but another user's.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// The pid file names the Neo4j running on a data folder: "<java pid> <bolt port>". While it starts, the file names the
// process starting it: "<pid> <bolt port> starting", created exclusively, so that two starts on one folder make one Neo4j.
interface PidRecord {
  pid: number;
  port: number | null;
  starting: boolean;
}

function readPidFile(pidFile: string): PidRecord | null {
  let text: string;
  try {
    text = fs.readFileSync(pidFile, 'utf8');
  } catch {
    return null;
  }
  const [pid, port, state] = text.trim().split(/\s+/);
  const p = Number(pid);
  if (!Number.isInteger(p) || p <= 0) return null;
  const n = Number(port);
  return { pid: p, port: Number.isInteger(n) && n > 0 && n < 65536 ? n : null, starting: state === 'starting' };
}

/** Records the running Neo4j, replacing the claim in one step. */
function writePidFile(pidFile: string, pid: number, port: number): void {
  const tmp = `${pidFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${pid} ${port}\n`);
  fs.renameSync(tmp, pidFile);
}

/** Removes the pid file when it still names this pid (another process may have taken the folder over since). */
function removePidFile(pidFile: string, pid: number | undefined): void {
  if (pid !== undefined && readPidFile(pidFile)?.pid === pid) fs.rmSync(pidFile, { force: true });
}

/** Claims the folder for a start; false when a live process holds the pid file. */
function claimFolder(pidFile: string, port: number): boolean {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(pidFile, `${process.pid} ${port} starting\n`, { flag: 'wx' });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const rec = readPidFile(pidFile);
      if (rec && pidAlive(rec.pid)) return false;
      // A stale file from a process that is gone.
      fs.rmSync(pidFile, { force: true });
    }
  }
  return false;
}

const START_WAIT_MS = 180_000;

/** The Neo4j another process runs on this data folder, waiting (bounded) while it is still starting. */
async function runningOnFolder(pidFile: string, fallbackPort: number): Promise<{ pid: number; port: number } | null> {
  const deadline = Date.now() + START_WAIT_MS;
  let logged = false;
  for (;;) {
    const rec = readPidFile(pidFile);
    if (!rec || !pidAlive(rec.pid)) return null;
    const port = rec.port ?? fallbackPort;
    if (!rec.starting) return (await boltAnswers(port)) ? { pid: rec.pid, port } : null;
    if (Date.now() > deadline) return null;
    if (!logged) logger.info({ pid: rec.pid, port }, 'waiting for the local Neo4j another process is starting on this data folder');
    logged = true;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Starts the local Neo4j, or reuses the one already running on this data folder (at the port it runs on). */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const home = path.join(opts.dataDir, 'neo4j');
  fs.mkdirSync(home, { recursive: true });
  const pidFile = path.join(home, 'kg-neo4j.pid');

  let running = await runningOnFolder(pidFile, opts.port);
  // Another process may claim the folder between our look and our claim: then use what it starts.
  while (!running && !claimFolder(pidFile, opts.port)) {
    running = await runningOnFolder(pidFile, opts.port);
    if (!running) break; // a live process holds the file but no Neo4j answers there: start, and let the store lock decide
  }
  if (running) {
    const uri = `bolt://127.0.0.1:${running.port}`;
    if (running.port === opts.port) logger.info({ uri, pid: running.pid }, 'reusing the local Neo4j already running');
    else {
      logger.info(
        { uri, pid: running.pid, port: running.port, requestedPort: opts.port },
        `reusing the local Neo4j already running on this data folder at port ${running.port} (not NEO4J_BOLT_PORT ${opts.port})`,
      );
    }
    return { uri, owned: false, stop: async () => {} };
  }
  const uri = `bolt://127.0.0.1:${opts.port}`;
  if (await boltAnswers(opts.port)) {
    removePidFile(pidFile, process.pid);
    throw new Error(
      `Port ${opts.port} is taken by something else: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to connect to that server`,
    );
  }
  try {
    ensureNeo4jJars();
  } catch (err) {
    removePidFile(pidFile, process.pid);
    throw err;
  }
  const started = Date.now();
  logger.info({ uri, dataDir: home }, 'starting local Neo4j');
  const child = spawn('java', [`-Xmx${opts.heap}`, '-XX:+UseG1GC', '-cp', `${JAR}${path.delimiter}${LIB}/*`, 'kg.LocalNeo4j'], {
    env: { ...process.env, KG_NEO4J_HOME: home, KG_BOLT_PORT: String(opts.port), KG_PAGECACHE: opts.pageCache, KG_TX_MEMORY_MAX: process.env.NEO4J_TX_MEMORY_MAX ?? '512m' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Track the exit ourselves: a child killed by a signal has exitCode null (and signalCode set).
  const state = { exited: false, stopping: false, ready: false };
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      state.exited = true;
      removePidFile(pidFile, child.pid);
      if (state.ready && !state.stopping) logger.error({ uri, code, signal }, 'local Neo4j stopped unexpectedly');
      resolve();
    });
  });
  try {
    await waitReady(child, home);
  } catch (err) {
    removePidFile(pidFile, process.pid);
    throw err;
  }
  state.ready = true;
  if (!state.exited) writePidFile(pidFile, child.pid!, opts.port);
  logger.info({ uri, ms: Date.now() - started }, 'local Neo4j ready');
  return {
    uri,
    owned: true,
    stop: () => {
      state.stopping = true;
      return stopChild(child, state, exited, pidFile);
    },
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
    child.once('exit', (code, signal) => {
      if (/FileLockException|locked by another process/.test(output)) {
        reject(
          new Error(
            `The Neo4j store in ${home} is locked by another process (a Neo4j that kg did not start, or one still shutting down): ` +
              'stop that process, or set DATA_DIR to another folder.',
          ),
        );
        return;
      }
      const tail = output.split('\n').slice(-15).join('\n');
      reject(new Error(`Local Neo4j exited (${signal ? `signal ${signal}` : `code ${code}`}) before it was ready. Logs in ${home}/logs. Last output:\n${tail}`));
    });
    child.once('error', (err) => reject(new Error(`Could not start java: ${err.message}`)));
  });
}

function stopChild(child: ChildProcess, state: { exited: boolean }, exited: Promise<void>, pidFile: string): Promise<void> {
  if (state.exited || child.exitCode !== null || child.signalCode !== null) {
    removePidFile(pidFile, child.pid);
    return Promise.resolve();
  }
  const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
  // Closing stdin asks the launcher to shut down cleanly; SIGTERM runs the same shutdown hook.
  child.stdin?.end();
  child.kill('SIGTERM');
  return exited.finally(() => clearTimeout(kill));
}
