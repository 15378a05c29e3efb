import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, ingestBatch, ingestPipeline } from '../../server/ingest.ts';
import { ExtractPool } from '../../server/extract/pool.ts';
import { migrateConfidenceCounts } from '../../server/store/migrate-evidence.ts';
import type { Store } from '../../server/store/store.ts';
import { makeArticle } from '../support/articles.ts';
import { resetGraph, testStore } from '../support/graph.ts';

// The batch writer leaves the graph that writing the same articles one transaction each leaves: every node and
// relationship with every property, merges and redirects, evidence, figures and confidences to the last bit.

let store: Store;
let pool: ExtractPool;
beforeAll(() => {
  store = testStore();
  pool = new ExtractPool({ size: 2, maxQueue: 1_000 });
});
afterAll(async () => {
  await pool?.close();
  await store?.close();
});

const DEV = path.resolve(import.meta.dirname, '../../../shared/corpus/dev');

// Articles that merge nodes a batch wrote moments before, change an id, join spellings, and republish a story.
const HAND_WRITTEN = [
  ' date 2011-07-24 innenriks\n\nAnders Behring Breivik sier i retten at han handlet alene.',
  ' date 2017-06-09 innenriks\n\nDen terrordømte Fjotolf Hansen sier at han vil klage dommen inn for Høyesterett.',
  ' date 2022-01-18 innenriks\n\nI retten sa Fjotolf Hansen, tidligere kjent som Anders Behring Breivik, at han vil løslates.',
  ' date 2021-09-14 innenriks\n\nJonas Støre sier at Arbeiderpartiet er klar for å styre landet.',
  ' date 2021-10-20 innenriks\n\nI Stortinget sa Jonas Gahr Støre, også kjent som Jonas Støre, at budsjettet er klart.',
  ' date 2019-03-20 utenriks\n\nTidligere president Nursultan Nazarbajev sier at han støtter regjeringen.',
  ' date 2019-03-21 utenriks\n\nNursultan Nazarbayev sier at Kasakhstan står sammen.',
  ' date 2022-01-05 utenriks\n\nRussland sender soldater til Kasakhstan. President Kassym-Jomart Tokajev ber om hjelp fra CSTO, melder NTB i dag.\n\nStyrkene fra Russland skal beskytte flyplassen i Almaty, sier talsperson Ola Nordmann i CSTO til NTB.',
  ' date 2022-01-06 NRK\n\nCSTO sender styrker\n\nStyrkene fra Russland skal beskytte flyplassen i Almaty, sier talsperson Ola Nordmann i CSTO til NTB.',
];

function articles(): string[] {
  const dev = fs.existsSync(DEV)
    ? fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort().slice(0, 8).map((f) => fs.readFileSync(path.join(DEV, f), 'utf8'))
    : [];
  const made = Array.from({ length: 12 }, (_, i) => makeArticle(i));
  // the same text twice, in one batch
  return [...HAND_WRITTEN, ...made, ...dev, HAND_WRITTEN[2]];
}

/** Every node and relationship with all its properties but the load time; the lock counter left out. */
async function dump(): Promise<string[]> {
  return store.read(async (tx) => {
    const res = await tx.run(
      `MATCH (n) WHERE NOT n:Meta
       RETURN coalesce(n.id, n.from, n.key + '@' + n.articleId) AS name, labels(n) AS labels, properties(n) AS p`,
    );
    const rels = await tx.run(`MATCH (s)-[r]->(t) RETURN coalesce(s.id, s.from, s.key + '@' + s.articleId) AS s, type(r) AS type,
      coalesce(t.id, t.from, t.key + '@' + t.articleId) AS t, properties(r) AS p`);
    const show = (p: Record<string, unknown>) =>
      JSON.stringify(Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'loadedAt').sort(([a], [b]) => (a < b ? -1 : 1))));
    return [
      ...res.records.map((r) => `${r.get('name')} ${[...(r.get('labels') as string[])].sort().join(':')} ${show(r.get('p'))}`),
      ...rels.records.map((r) => `${r.get('s')} -${r.get('type')}-> ${r.get('t')} ${show(r.get('p'))}`),
    ].sort();
  });
}

function differences(a: string[], b: string[]): { onlyA: string[]; onlyB: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { onlyA: a.filter((x) => !sb.has(x)), onlyB: b.filter((x) => !sa.has(x)) };
}

describe('batch writer', () => {
  it('leaves the graph that one transaction per article leaves, in one batch and in batches of a few', { timeout: 240_000 }, async () => {
    const texts = articles();
    await resetGraph(store);
    for (const t of texts) await ingest(store, t);
    const single = await dump();

    await resetGraph(store);
    const outcomes = await ingestBatch(store, texts);
    expect(outcomes.filter((o) => o.created)).toHaveLength(texts.length - 1);
    expect(differences(single, await dump())).toEqual({ onlyA: [], onlyB: [] });

    await resetGraph(store);
    const piped = await ingestPipeline(store, texts, { batch: 4, pool });
    expect(piped.filter((o) => o instanceof Error)).toEqual([]);
    const batched = await dump();
    expect(differences(single, batched)).toEqual({ onlyA: [], onlyB: [] });
    // the run really merged and redirected
    expect(batched.some((l) => l.split(' ')[1] === 'Redirect')).toBe(true);

    // Loading the batch again changes nothing.
    const again = await ingestPipeline(store, texts, { batch: 7, pool });
    expect(again.filter((o) => !(o instanceof Error) && o.created)).toEqual([]);
    expect(differences(batched, await dump())).toEqual({ onlyA: [], onlyB: [] });
  });

  it('keeps confidences from running counts equal to the noisy-or recomputed from the evidence, to the last bit', { timeout: 120_000 }, async () => {
    await resetGraph(store);
    await ingestPipeline(store, [...HAND_WRITTEN, ...Array.from({ length: 30 }, (_, i) => makeArticle(i))], { batch: 5, pool });
    const kept = await dump();
    const edges = await store.read((tx) =>
      tx.run(`MATCH ()-[x:SENDS_TROOPS_TO]->() WHERE x.articleCount > 1 RETURN count(x) AS n`),
    );
    expect(edges.records[0].get('n')).toBeGreaterThan(0);
    // forget the counts, and let the start-up migration recompute them from the evidence
    await store.write((tx) => tx.run(`MATCH ()-[x]->() WHERE x.confidenceCounts IS NOT NULL REMOVE x.confidenceCounts, x.confidenceValues SET x.confidence = -1.0`));
    expect(await migrateConfidenceCounts(store)).toBeGreaterThan(0);
    expect(differences(kept, await dump())).toEqual({ onlyA: [], onlyB: [] });
  });
});
