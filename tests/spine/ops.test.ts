import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/store/local-neo4j.ts';

// Operating the product as a user does: real processes on a data folder of their own, every wait bounded.

interface Proc {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(script: string, args: string[], env: Record<string, string>): Proc {
  const clean = { ...process.env };
  for (const k of ['NEO4J_URI', 'NEO4J_BOLT_PORT', 'DATA_DIR', 'LOG_LEVEL', 'KG_WRITE_TOKEN', 'PORT', 'HOST']) delete clean[k];
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...clean, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', KG_SEED: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exit };
}

async function waitFor(p: Proc, pattern: RegExp, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  let exited = false;
  void p.exit.then(() => (exited = true));
  while (!pattern.test(p.output())) {
    if (exited) throw new Error(`exited before ${pattern}:\n${p.output().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${ms} ms:\n${p.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function exitWithin(p: Proc, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms:\n${p.output().slice(-3000)}`)), ms);
  });
  try {
    return await Promise.race([p.exit, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a bad LOG_LEVEL gets the configuration message, not a crash in the logger', () => {
  let dataDir = '';
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ops-config-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['server/main.ts', [], 1],
    ['server/cli/kg.ts', ['load', 'seeds/articles'], 2],
  ])('%s', async (script, args, code) => {
    const p = run(script, args as string[], { DATA_DIR: dataDir, LOG_LEVEL: 'verbose' });
    expect(await exitWithin(p, 60_000)).toEqual({ code, signal: null });
    expect(p.output()).toMatch(/Invalid configuration:[\s\S]*LOG_LEVEL/);
    expect(p.output()).not.toMatch(/unknown level|at .*pino/i);
  });
});

describe('the local Neo4j under a running server', () => {
  let dataDir = '';
  let pidFile = '';
  let serverPort = 0;
  let server: Proc | null = null;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ops-'));
    pidFile = path.join(dataDir, 'neo4j', 'kg-neo4j.pid');
    serverPort = await freePort();
    server = run('server/main.ts', [], { DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(serverPort), PORT: '0', HOST: '127.0.0.1' });
    // The first start may build the explorer and start Neo4j.
    await waitFor(server, /"msg":"serving"/, 240_000);
  }, 300_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM');
      await exitWithin(server, 60_000).catch(() => server?.child.kill('SIGKILL'));
    }
    const rec = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split(/\s+/)[0]) : 0;
    if (rec && alive(rec)) process.kill(rec, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('records the pid and the Bolt port of the Neo4j it started', () => {
    const [pid, port] = fs.readFileSync(pidFile, 'utf8').trim().split(/\s+/);
    expect(alive(Number(pid))).toBe(true);
    expect(Number(port)).toBe(serverPort);
  });

  it('kg load on the same DATA_DIR with another NEO4J_BOLT_PORT reuses that Neo4j at its port', async () => {
    const otherPort = await freePort();
    const load = run('server/cli/kg.ts', ['load', 'seeds/articles'], { DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(otherPort) });
    const r = await exitWithin(load, 120_000);
    expect(load.output()).not.toMatch(/store_lock|FileLockException/);
    expect(r).toEqual({ code: 0, signal: null });
    expect(load.output()).toMatch(new RegExp(`reusing the local Neo4j[^\\n]*port ${serverPort}`));
    expect(load.output()).toMatch(/loaded 1 new/);
    expect(load.output()).not.toMatch(/starting local Neo4j/);
  }, 180_000);

  it('names a store locked by a Neo4j it does not know, without the Java trace', async () => {
    // Hide the record: to a second process the running Neo4j is now one that kg did not start.
    const record = fs.readFileSync(pidFile, 'utf8');
    fs.rmSync(pidFile);
    try {
      const load = run('server/cli/kg.ts', ['load', 'seeds/articles'], { DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()) });
      const r = await exitWithin(load, 120_000);
      expect(r.code).toBe(2);
      expect(load.output()).toMatch(/Neo4j store in .* is locked by another process/);
      expect(load.output()).not.toMatch(/at org\.neo4j/);
      expect(fs.existsSync(pidFile)).toBe(false);
    } finally {
      fs.writeFileSync(pidFile, record);
    }
  }, 180_000);

  it('stops at once, and removes the pid file, after Neo4j was killed under it', async () => {
    const javaPid = Number(fs.readFileSync(pidFile, 'utf8').split(/\s+/)[0]);
    process.kill(javaPid, 'SIGKILL');
    await until(() => !alive(javaPid), 10_000, 'the killed Neo4j gone');
    const t0 = Date.now();
    server!.child.kill('SIGTERM');
    const r = await exitWithin(server!, 20_000);
    const ms = Date.now() - t0;
    expect(r.code).toBe(0);
    expect(ms).toBeLessThan(5_000);
    expect(fs.existsSync(pidFile)).toBe(false);
  }, 60_000);
});
