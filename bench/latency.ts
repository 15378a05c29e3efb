import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { neighbourhoodBody as theirNeighbourhood, searchBody as theirSearch } from './neo4j-graphql.ts';
import type { Store } from '../server/store/store.ts';
import type { Workload } from './generate.ts';
import { percentile, sleep } from './util.ts';

// Load over HTTP against a server in a child process: latency percentiles from every response, errors
// counted from status codes and GraphQL error bodies, and the child's resident memory.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Child {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `node --import tsx <file>` and waits for the {"url": ...} line it prints when listening. */
export function spawnServer(name: string, file: string, env: NodeJS.ProcessEnv): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, file)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} did not start within 120 s`));
    }, 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"url"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({ name, url: JSON.parse(line).url, pid: child.pid!, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (code ${code}) before it listened`));
    });
  });
}

/**
 * Waits until Neo4j runs no other transaction: a client that gave up (a timeout, the end of a warm-up)
 * leaves its query running, and that must not weigh on the next measurement. Returns seconds waited.
 */
export async function drain(store: Store, maxSeconds = 180): Promise<number> {
  const t0 = Date.now();
  const session = store.driver.session({ database: store.database });
  try {
    while (Date.now() - t0 < maxSeconds * 1000) {
      const r = await session.run(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n",
      );
      if (Number(r.records[0].get('n')) === 0) break;
      await sleep(200);
    }
  } finally {
    await session.close();
  }
  return (Date.now() - t0) / 1000;
}

/** Resident set size of a process in MB, now (VmRSS) and its peak so far (VmHWM). */
export function rss(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  meanBytes: number;
}

/** Runs `connections` clients for `seconds`, each request's body from next(). */
export async function load(url: string, next: () => string, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let bytes = 0;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        timeout: 10,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, body: next() }) }],
        // A 200 that carries GraphQL errors is an error too.
        verifyBody: (body) => !String(body ?? '').includes('"errors":'),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, resBytes, ms) => {
      latencies.push(ms);
      bytes += resBytes;
    });
  });
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: r.errors + r.timeouts + r.non2xx + (r.mismatches ?? 0),
    meanBytes: latencies.length ? bytes / latencies.length : NaN,
  };
}

export type Kind = 'ours' | 'neo4j-graphql';
export type Operation = 'search' | 'neighbourhood' | 'neighbourhood (hubs)';

const OUR_SEARCH = 'query S($text: String!) { search(text: $text, first: 10) { id type name code aliases } }';
const OUR_NEIGHBOURHOOD = `query N($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2) {
  nodes { id type name code aliases } edges { id type source target title weight reference articleIds } truncated } }`;
const OUR_ARTICLE = 'query A($id: ID!) { article(id: $id) { id title date source text nearDuplicateOf entities { id type name } } }';

/** Request bodies cycling through the workload, so that no two consecutive requests ask the same thing. */
export function bodies(kind: Kind, op: Operation, w: Workload, start = 0): () => string {
  let i = start;
  const cycle = <T>(list: T[]) => list[i++ % list.length];
  if (op === 'search') {
    return kind === 'ours' ? () => JSON.stringify({ query: OUR_SEARCH, variables: { text: cycle(w.terms) } }) : () => theirSearch(cycle(w.terms));
  }
  const ids = op === 'neighbourhood' ? w.entityIds : w.hubIds;
  return kind === 'ours'
    ? () => JSON.stringify({ query: OUR_NEIGHBOURHOOD, variables: { ids: [cycle(ids)] } })
    : () => theirNeighbourhood(cycle(ids));
}

/** The analysts' lists the bench times: the first page of each, as a reader opening it asks. */
export const LIST_QUERIES = {
  'entities (ARTICLES_DESC)': `{ entities(orderBy: [ARTICLES_DESC], first: 20) {
    edges { cursor node { id type name articleCount firstSeen lastSeen } } pageInfo { hasNextPage endCursor } } }`,
  'relations (SENDS_TROOPS_TO)': `{ relations(where: { types: [SENDS_TROOPS_TO] }) {
    edges { cursor node { id source { id name } target { id name } articleCount confidence } } pageInfo { hasNextPage endCursor } } }`,
} as const;
export type ListOperation = keyof typeof LIST_QUERIES;

export const listBodies = (op: ListOperation) => () => JSON.stringify({ query: LIST_QUERIES[op] });

/** The explorer's traffic: searches, neighbourhoods, and now and then an article opened. */
export function mixedBodies(w: Workload): () => string {
  const search = bodies('ours', 'search', w);
  const hood = bodies('ours', 'neighbourhood', w);
  let i = 0;
  return () => {
    const k = i++ % 20;
    if (k === 19) return JSON.stringify({ query: OUR_ARTICLE, variables: { id: w.articleIds[i % w.articleIds.length] } });
    return k % 2 ? search() : hood();
  };
}

export interface SoakResult extends LoadResult {
  rssStart: number;
  rssPeak: number;
  rssEnd: number;
  hwm: number;
}

/** Mixed load at concurrency 32 for `seconds`, sampling the server's RSS every 250 ms. */
export async function soak(server: Child, w: Workload, seconds: number): Promise<SoakResult> {
  const rssStart = rss(server.pid).now;
  let rssPeak = rssStart;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      rssPeak = Math.max(rssPeak, rss(server.pid).now);
      await sleep(250);
    }
  })();
  try {
    const result = await load(server.url, mixedBodies(w), 32, seconds);
    const end = rss(server.pid);
    return { ...result, rssStart, rssPeak: Math.max(rssPeak, end.now), rssEnd: end.now, hwm: end.peak };
  } finally {
    sampling = false;
    await sampler;
  }
}
