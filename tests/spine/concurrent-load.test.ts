import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ExtractPool } from '../../server/extract/pool.ts';
import { ingestPipeline } from '../../server/ingest.ts';
import type { Store } from '../../server/store/store.ts';
import { SEED_ARTICLES } from '../../server/seed.ts';
import { resetGraph, testStore } from '../support/graph.ts';

// Three loaders at once against one Neo4j, each with its own driver (its own connections and write queue, as
// separate `kg load` processes have), on overlapping sets of articles: the same graph as one loader gives, with no
// duplicate entity and no article refused (deadlocks are retried).

const DEV = path.resolve(process.env.KG_DEV_CORPUS ?? '../shared/corpus/dev');
const dir = fs.existsSync(DEV) ? DEV : SEED_ARTICLES;
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 12)
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

let store: Store;
const pool = new ExtractPool({ size: 2, maxQueue: 1_000 });
beforeAll(() => {
  store = testStore();
});
afterAll(async () => {
  await pool.close();
  await store?.close();
});

/** Every node with its name and aliases, every edge with what it derives from its evidence, every evidence row. */
async function snapshot(): Promise<string[]> {
  return store.read(async (tx) => {
    const n = await tx.run(
      `MATCH (n:Node) RETURN n.id + ' ' + reduce(s = '', l IN labels(n) | s + ':' + l) + ' ' + coalesce(n.name, '') + ' '
         + reduce(s = '', a IN coalesce(n.aliases, []) | s + '|' + a) + ' ' + coalesce(toString(n.mentionCount), '') AS line`,
    );
    const x = await tx.run(
      `MATCH (s:Node)-[x]->(t:Node)
       RETURN type(x) + ' ' + s.id + ' ' + t.id + ' ' + coalesce(x.title, '') + ' ' + coalesce(x.key, '') + ' '
         + coalesce(toString(x.articleCount), '') + ' ' + coalesce(toString(x.weight), '') + ' ' + coalesce(toString(x.confidence), '')
         + ' ' + coalesce(toString(x.count), '') AS line`,
    );
    const ev = await tx.run(
      `MATCH (ev:Evidence)-[:IN]->(a:Article)
       RETURN 'evidence ' + ev.key + ' ' + a.id + ' ' + coalesce(ev.sentence, '') + ' ' + coalesce(toString(ev.confidence), '')
         + ' ' + coalesce(toString(ev.weight), '') AS line`,
    );
    const r = await tx.run(`MATCH (r:Redirect) RETURN 'redirect ' + r.from + ' ' + r.to AS line`);
    return [...n.records, ...x.records, ...ev.records, ...r.records].map((rec) => rec.get('line') as string).sort();
  });
}

it('gives the same graph from three concurrent loaders on overlapping folders as from one', { timeout: 600_000 }, async () => {
  expect(texts.length).toBeGreaterThan(1);
  await resetGraph(store);
  const one = await ingestPipeline(store, texts, { batch: 3, pool });
  expect(one.filter((o) => o instanceof Error)).toEqual([]);
  const expected = await snapshot();

  await resetGraph(store);
  const third = Math.ceil(texts.length / 3);
  const folders = [
    texts.slice(0, 2 * third),
    texts.slice(third),
    [...texts.slice(2 * third), ...texts.slice(0, third)].reverse(),
  ];
  const stores = folders.map(() => testStore());
  try {
    const results = await Promise.all(folders.map((f, i) => ingestPipeline(stores[i], f, { batch: 3, pool })));
    for (const r of results) expect(r.filter((o) => o instanceof Error)).toEqual([]);
    // every article was created by exactly one of them
    const created = results.flat().filter((o) => !(o instanceof Error) && o.created).length;
    expect(created).toBe(new Set(texts).size);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
  const got = await snapshot();
  const onlyOne = expected.filter((l) => !got.includes(l));
  const onlyThree = got.filter((l) => !expected.includes(l));
  expect({ onlyOne, onlyThree }).toEqual({ onlyOne: [], onlyThree: [] });
  // no two entity nodes from text share a name and type (reference data has its own namesakes: Jomfruøyene)
  const dupes = await store.read((tx) =>
    tx.run('MATCH (e:Entity) WHERE NOT e.reference WITH e.name AS name, labels(e) AS l, count(*) AS n WHERE n > 1 RETURN name, n'),
  );
  expect(dupes.records.map((r) => r.get('name'))).toEqual([]);
  expect(got.filter((l) => l.startsWith('person:')).length).toBeGreaterThan(0);
});

it('refuses a bad article alone: the others of its batch are written, a text given twice once', { timeout: 120_000 }, async () => {
  await resetGraph(store);
  const out = await ingestPipeline(store, [texts[0], '<html><body>Ikke en artikkel</body></html>', texts[1], texts[0]], { batch: 4, pool });
  expect(out[1]).toBeInstanceOf(Error);
  expect((out[1] as Error).message).toMatch(/HTML/i);
  expect(out.map((o) => (o instanceof Error ? 'error' : o.created))).toEqual([true, 'error', true, false]);
  const n = await store.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
  expect(n.records[0].get('n')).toBe(2);
});
