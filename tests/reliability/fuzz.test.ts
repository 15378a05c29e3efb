import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rng } from '../../bench/util.ts';
import { buildSchema } from '../../server/serve/schema.ts';
import { freePort } from '../../server/store/local-neo4j.ts';
import { counts, neo4jUri, resetGraph, testStore } from '../support/graph.ts';
import { raw, type RawResponse } from '../support/http.ts';

// Random requests against the real server process for FUZZ_SECONDS (30 by default, loopback only, bounded
// in count too): random paths, methods, headers, bodies and GraphQL documents made from the schema. The
// server must answer every one, never exit, keep /health under a second, and change nothing in the graph
// unless a mutation it accepted said so.

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 30);
const MAX_REQUESTS = 50_000;
const CONCURRENCY = 4;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);

let server: ChildProcess;
let url = '';
let exited: number | string | null = null;
const store = testStore();

const rand = rng(SEED); // seeded, so that a failing run can be replayed with FUZZ_SEED
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
const chance = (p: number) => rand() < p;

const IDS = ['org:csto', 'country:KZ', 'country:RU', 'person:ivar-dale', 'article:x', 'SENDS_TROOPS_TO|country:RU|country:KZ', '', "x'})//", 'é'.repeat(300)];
const STRINGS = ['CSTO', 'Tokajev', '', ' ', '*', '~', '"', '\\', '\u0000', '<script>', 'a'.repeat(5000), '2022-01', '2022-13-40', '🙂', 'MATCH (n) DETACH DELETE n'];
const INTS = [0, 1, -1, 2, 3, 5, 100, 101, 500, 501, 5000, 5001, 2 ** 31 - 1, -(2 ** 31)];

function randomString(): string {
  if (chance(0.7)) return pick(STRINGS);
  return Array.from({ length: int(40) }, () => String.fromCharCode(int(0x3000))).join('');
}

function literal(type: GraphQLInputType, depth = 0): string {
  const t = getNullableType(type);
  if (chance(0.05)) return 'null';
  if (isListType(t)) return `[${Array.from({ length: int(3) }, () => literal(t.ofType, depth + 1)).join(', ')}]`;
  if (isEnumType(t)) return chance(0.9) ? pick(t.getValues()).name : 'NOT_A_VALUE';
  if (isScalarType(t)) {
    if (t.name === 'Int') return String(pick(INTS));
    if (t.name === 'Float') return String(rand() * 10);
    if (t.name === 'Boolean') return String(chance(0.5));
    if (t.name === 'ID') return JSON.stringify(pick(IDS));
    return JSON.stringify(randomString());
  }
  return '{}';
}

function selection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const chosen = Array.from({ length: 1 + int(4) }, () => pick(fields));
  return chosen
    .map((f, i) => {
      const args = f.args.filter((a) => chance(0.6) || getNullableType(a.type) !== a.type).map((a) => `${a.name}: ${literal(a.type)}`);
      const named = getNamedType(f.type);
      const head = `${chance(0.1) ? `a${i}: ` : ''}${f.name}${args.length ? `(${args.join(', ')})` : ''}`;
      if (!isObjectType(named)) return head;
      if (depth > 3) return `${head} { __typename }`;
      return `${head} { ${selection(named, depth + 1)} }`;
    })
    .join(' ');
}

const schema = buildSchema();
function randomDocument(): string {
  const mutation = chance(0.15);
  const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  let doc = `${mutation ? 'mutation' : 'query'} { ${selection(root, 0)} }`;
  if (chance(0.1)) doc = doc.slice(0, int(doc.length)); // truncated
  if (chance(0.05)) doc = doc.replace(/\w/, () => pick(['{', '}', '(', '$', '@', '"', '#']));
  return doc;
}

/** Without surrogate halves (a truncated emoji), which encodeURIComponent refuses. */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDFFF]/g, '?');

function randomPath(): string {
  return pick([
    () => '/',
    () => '/graphql',
    () => `/graphql?query=${encodeURIComponent(wellFormed(randomDocument()))}`,
    () => '/health',
    () => `/${Array.from({ length: int(5) }, () => pick(['..', '%2e%2e', '%2f', '%E0%A4%A', '%', '%00', 'assets', 'index.html', 'x'.repeat(int(300))])).join('/')}`,
    () => `/graphql/${pick(['x', '..', '%ff'])}`,
    () => `/?${'a=1&'.repeat(int(100))}`,
  ])();
}

function randomRequest(): { method: string; path: string; headers: Record<string, string>; body?: string | Buffer } {
  const method = pick(['GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']);
  const headers: Record<string, string> = {};
  if (chance(0.8)) headers['content-type'] = pick(['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=z', 'application/graphql', 'application/octet-stream']);
  if (chance(0.2)) headers.host = pick(['evil.example', 'localhost', '127.0.0.1:1', '[::1]', '', 'a'.repeat(200)]);
  if (chance(0.2)) headers.origin = pick(['http://evil.example', 'null', 'http://localhost:4000']);
  if (chance(0.1)) headers.authorization = pick(['Bearer x', 'Basic abc', '']);
  if (chance(0.1)) headers.accept = pick(['text/html', 'application/graphql-response+json', '*/*', 'text/event-stream']);
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return { method, path: randomPath(), headers };
  const body = pick([
    () => JSON.stringify({ query: randomDocument() }),
    () => JSON.stringify({ query: randomDocument(), variables: { a: pick(INTS), t: randomString() }, operationName: chance(0.5) ? 'X' : null }),
    () => JSON.stringify(Array.from({ length: 1 + int(12) }, () => ({ query: randomDocument() }))),
    () => JSON.stringify({ query: randomDocument() }).slice(0, int(80)),
    () => JSON.stringify(pick([null, 1, 'x', [], {}, { query: 1 }, { query: null }, { variables: 'x' }])),
    () => Buffer.from(Array.from({ length: int(2000) }, () => int(256))),
    () => `query=${encodeURIComponent(wellFormed(randomDocument()))}`,
  ])();
  return { method, path: pick(['/graphql', '/graphql', randomPath()]), headers, body };
}

beforeAll(async () => {
  await resetGraph(store);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', path.resolve('server/main.ts')], {
    env: { ...process.env, NEO4J_URI: neo4jUri(), PORT: String(port), HOST: '127.0.0.1', KG_SEED: '1', LOG_LEVEL: 'fatal' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server.once('exit', (code, signal) => (exited = code ?? signal));
  const until = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new Error(`the server exited (${exited}) before it served`);
    if (Date.now() > until) throw new Error('the server did not serve within 120 s');
    const ok = await raw(url, { path: '/health', timeoutMs: 1000 }).then((r) => r.status === 200, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
}, 180_000);

afterAll(async () => {
  if (server && exited === null) {
    const gone = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await gone;
  }
  await store.close();
});

const post = (query: string, variables: Record<string, unknown> = {}) =>
  raw(url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }).then((r) => JSON.parse(r.body));

/** The graph's counts without user data: a reverted correction stays on record (with its counter), as it should. */
async function extractedCounts() {
  const all = await counts(store);
  const user = await store.read((tx) => tx.run('MATCH (n) WHERE n:Correction OR n:Meta RETURN count(n) AS c'));
  return { ...all, nodes: all.nodes - Number(user.records[0].get('c')) };
}

async function revertCorrections(): Promise<void> {
  const page = await post('{ corrections(first: 500, where: { reverted: false }) { edges { node { id } } } }');
  const ids = (page.data.corrections.edges as { node: { id: string } }[]).map((e) => e.node.id);
  for (const id of ids) {
    const res = await post('mutation($id: ID!) { revertCorrection(id: $id) { id } }', { id });
    expect(res.errors, id).toBeUndefined();
  }
  console.log(`fuzz: ${ids.length} corrections it made reverted`);
}

it(`survives ${SECONDS} s of random requests (seed ${SEED}) and changes nothing it did not accept`, { timeout: (SECONDS + 120) * 1000 }, async () => {
  const before = await extractedCounts();
  const articlesBefore = (await store.read((tx) => tx.run('MATCH (a:Article) RETURN a.id AS id'))).records.map((r) => r.get('id') as string);
  const stopAt = Date.now() + SECONDS * 1000;
  let sent = 0;
  let accepted = 0;
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let slowestHealth = 0;

  const worker = async () => {
    while (Date.now() < stopAt && sent < MAX_REQUESTS && failures.length === 0) {
      const req = randomRequest();
      sent++;
      let res: RawResponse;
      try {
        res = await raw(url, { ...req, timeoutMs: 30_000 });
      } catch (err) {
        failures.push(`${req.method} ${req.path.slice(0, 200)} ${JSON.stringify(req.headers).slice(0, 300)}: ${(err as Error).message}`);
        break;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500 && res.status !== 503) failures.push(`${req.method} ${req.path.slice(0, 200)} → ${res.status} ${res.body.slice(0, 300)}`);
      // A mutation answered with some data may have written: then the graph may differ.
      const body = typeof req.body === 'string' ? req.body : '';
      if (body.includes('mutation') && /"data":\{"/.test(res.body) && /"(created|deleted|id|article)"/.test(res.body)) accepted++;
    }
  };
  const health = async () => {
    while (Date.now() < stopAt && failures.length === 0) {
      const t0 = Date.now();
      const r = await raw(url, { path: '/health', timeoutMs: 5_000 }).catch((e: Error) => ({ status: 0, body: e.message }));
      slowestHealth = Math.max(slowestHealth, Date.now() - t0);
      if (r.status !== 200) failures.push(`/health → ${r.status} ${r.body}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  await Promise.all([...Array.from({ length: CONCURRENCY }, worker), health()]);

  console.log(`fuzz seed ${SEED}: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, slowest /health ${slowestHealth} ms, accepted writes ${accepted}`);
  expect(failures).toEqual([]);
  expect(exited).toBeNull();
  expect(slowestHealth).toBeLessThan(1000);
  expect(sent).toBeGreaterThan(100);
  // Corrections the fuzz made are reverted, newest first, and the articles it loaded are removed, all through the
  // API; reverting and deleting are exact, so the graph is as before.
  await revertCorrections();
  const loaded = await store.read((tx) => tx.run('MATCH (a:Article) WHERE NOT a.id IN $kept RETURN a.id AS id', { kept: articlesBefore }));
  for (const r of loaded.records) {
    const del = await raw(url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', variables: { id: r.get('id') } }) });
    expect(JSON.parse(del.body).data.deleteArticle.deleted).toBe(true);
  }
  console.log(`fuzz: ${loaded.records.length} articles it loaded deleted again`);
  expect(await extractedCounts()).toEqual(before);
});
