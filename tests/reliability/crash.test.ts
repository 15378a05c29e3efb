import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../server/store/store.ts';
import { writeArticles } from '../support/articles.ts';
import { counts, neo4jUri, resetGraph, testStore } from '../support/graph.ts';

// A loader killed with SIGKILL mid-folder leaves whole articles only, and a second run completes the load.

let store: Store;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-crash-'));
const N = 80;

beforeAll(async () => {
  store = testStore();
  writeArticles(dir, N);
});
afterAll(async () => {
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function load(batch: number) {
  return spawn(process.execPath, ['--import', 'tsx', 'server/cli/kg.ts', 'load', '--batch', String(batch), dir], {
    env: { ...process.env, NEO4J_URI: neo4jUri(), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function finish(child: ReturnType<typeof load>): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Per article: how many entities it mentions and how many statements it holds. */
async function perArticle(): Promise<Map<string, string>> {
  const r = await store.read((tx) =>
    tx.run(`MATCH (a:Article)
            RETURN a.contentHash AS h, COUNT { (a)-[:MENTIONS]->() } AS m, COUNT { (a)<-[:IN]-() } AS s`),
  );
  return new Map(r.records.map((x) => [x.get('h') as string, `${x.get('m')}/${x.get('s')}`]));
}

it('a SIGKILL mid-load leaves no half-written article, and loading again gives the clean counts', { timeout: 300_000 }, async () => {
  await resetGraph(store);
  expect(await finish(load(5))).toBe(0);
  const clean = await counts(store);
  const cleanArticles = await perArticle();
  expect(cleanArticles.size).toBe(N);

  await resetGraph(store);
  const child = load(5);
  // Kill it once some, but not all, articles are in.
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const n = (await perArticle()).size;
    if (n >= 10) break;
  }
  child.kill('SIGKILL');
  await finish(child);
  const partial = await perArticle();
  expect(partial.size).toBeGreaterThan(0);
  expect(partial.size).toBeLessThan(N);
  for (const [hash, shape] of partial) expect(shape, `article ${hash}`).toBe(cleanArticles.get(hash));

  expect(await finish(load(5))).toBe(0);
  expect(await counts(store)).toEqual(clean);
  expect(await perArticle()).toEqual(cleanArticles);
});
