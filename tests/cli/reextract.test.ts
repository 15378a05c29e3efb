import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../server/extract/version.ts';
import { ingestBatch } from '../../server/ingest.ts';
import type { Store } from '../../server/store/store.ts';
import { makeArticle } from '../support/articles.ts';
import { runKg, startKg } from '../support/cli.ts';
import { resetGraph, testStore } from '../support/graph.ts';

// `kg reextract` as a child process on the real Neo4j: it replaces older extractions, keeps what the article was, and a
// run killed half-way is finished by the next one, to the same graph as a run left alone.

const ARTICLES = 40;
let store: Store;

const one = async <T>(cypher: string): Promise<T> =>
  store.read(async (tx) => (await tx.run(cypher)).records[0].get(0) as T);

/** A graph as an older extractor left it: every article at version 0, and (that extractor's gap) no statements. */
async function olderGraph(): Promise<void> {
  await resetGraph(store);
  const inputs = Array.from({ length: ARTICLES }, (_, i) => ({ text: makeArticle(i), source: i % 2 ? 'NTB' : 'NRK' }));
  for (let i = 0; i < inputs.length; i += 20) await ingestBatch(store, inputs.slice(i, i + 20));
  await store.write(async (tx) => {
    await tx.run("MATCH (a:Article) SET a.extractorVersion = 0, a.origin = '/archive/' + a.id");
    await tx.run('MATCH (s:Statement) DETACH DELETE s');
  });
}

async function snapshot() {
  return store.read(async (tx) => {
    const ids = await tx.run('MATCH (n:Node) RETURN n.id AS id ORDER BY id');
    const rels = await tx.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t');
    const versions = await tx.run('MATCH (a:Article) RETURN collect(DISTINCT a.extractorVersion) AS v');
    return {
      ids: ids.records.map((r) => r.get('id') as string),
      relationships: rels.records.map((r) => `${r.get('t')} ${r.get('n')}`),
      versions: versions.records[0].get('v') as number[],
    };
  });
}

const articleFacts = () =>
  store.read(async (tx) => {
    const res = await tx.run('MATCH (a:Article) RETURN a.id AS id, toString(a.loadedAt) AS loadedAt, a.origin AS origin, a.source AS source ORDER BY id');
    return res.records.map((r) => r.toObject());
  });

beforeAll(() => {
  store = testStore();
});
afterAll(() => store.close());

describe('kg reextract', () => {
  let uninterrupted: Awaited<ReturnType<typeof snapshot>>;

  it('replaces every older extraction, keeping each article’s id, text, loadedAt, origin and source', async () => {
    await olderGraph();
    const before = await articleFacts();
    expect(await one<number>('MATCH (s:Statement) RETURN count(s)')).toBe(0);
    const r = await runKg(['reextract']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(new RegExp(`re-extracted 0 new, 0 unchanged, ${ARTICLES} replaced, 0 failed of ${ARTICLES} articles`));
    expect(r.output).toMatch(/slowest stage: /);
    uninterrupted = await snapshot();
    expect(uninterrupted.versions).toEqual([EXTRACTOR_VERSION]);
    expect(await one<number>('MATCH (s:Statement) RETURN count(s)')).toBeGreaterThanOrEqual(ARTICLES);
    expect(await articleFacts()).toEqual(before);

    const again = await runKg(['reextract']);
    expect(again.output).toMatch(/re-extracted 0 new, 0 unchanged, 0 replaced, 0 failed of 0 articles/);
    expect(await snapshot()).toEqual(uninterrupted);
  }, 240_000);

  it('killed half-way, the next run finishes the rest, to the same graph as a run left alone', async () => {
    await olderGraph();
    const kg = startKg(['reextract']);
    const done = () => one<number>(`MATCH (a:Article {extractorVersion: ${EXTRACTOR_VERSION}}) RETURN count(a)`);
    const deadline = Date.now() + 120_000;
    let exited = false;
    void kg.exit.then(() => (exited = true));
    while (!exited && (await done()) < 3) {
      if (Date.now() > deadline) throw new Error(`no progress:\n${kg.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    kg.child.kill('SIGKILL');
    expect(await kg.exit).toEqual({ code: null, signal: 'SIGKILL' });
    const doneAtKill = await done();
    expect(doneAtKill).toBeGreaterThanOrEqual(3);
    expect(doneAtKill).toBeLessThan(ARTICLES);

    const rest = await runKg(['reextract']);
    expect(rest.code, rest.output).toBe(0);
    expect(rest.output).toMatch(new RegExp(`${ARTICLES - doneAtKill} replaced, 0 failed of ${ARTICLES - doneAtKill} articles`));
    expect(await snapshot()).toEqual(uninterrupted);
  }, 240_000);

  it('--all marks every article, and a plain run after a kill goes on with them', async () => {
    const r = await runKg(['reextract', '--all']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(new RegExp(`${ARTICLES} replaced`));
    expect(await snapshot()).toEqual(uninterrupted);
    expect(await one<number>('MATCH (a:Article) WHERE a.reextractPending IS NOT NULL RETURN count(a)')).toBe(0);
    const bad = await runKg(['reextract', '--older-than', String(EXTRACTOR_VERSION + 1)]);
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/--older-than must be an extractor version from 1 to/);
  }, 240_000);
});
