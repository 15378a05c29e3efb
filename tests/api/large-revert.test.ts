import { expect, it } from 'vitest';
import { makeCorrection } from '../../server/correct/make.ts';
import { revertCorrection } from '../../server/correct/revert.ts';
import { ingestPipeline } from '../../server/ingest.ts';
import { makeArticle } from '../support/articles.ts';
import { useCleanGraph } from '../support/graph.ts';

// A revert that reads more articles again than the server's extraction queue holds (32): a merge of 30 people
// named in 150 articles, reverted, gives back the graph as it was.

const store = useCleanGraph();

/** The extracted graph's size: nodes, relationships and evidence (corrections are user data, kept apart). */
async function graph(): Promise<number[]> {
  return store.read(async (tx) => {
    const res = await tx.run(
      'CALL { MATCH (n:Node) RETURN count(n) AS nodes } CALL { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS rels } CALL { MATCH (e:Evidence) RETURN count(e) AS evidence } RETURN nodes, rels, evidence',
    );
    return ['nodes', 'rels', 'evidence'].map((k) => res.records[0].get(k) as number);
  });
}

const people = async () => (await store.read((tx) => tx.run('MATCH (p:Person) RETURN p.id AS id ORDER BY id'))).records.map((r) => r.get('id') as string);

it('reverts a merge whose articles are more than the extraction queue takes', { timeout: 300_000 }, async () => {
  const loaded = await ingestPipeline(store, Array.from({ length: 150 }, (_, i) => makeArticle(i)));
  expect(loaded.filter((o) => o instanceof Error)).toEqual([]);
  const before = { people: await people(), graph: await graph() };
  const [into, ...others] = before.people;

  const c = await makeCorrection(store, { kind: 'MERGE_ENTITIES', ids: others.slice(0, 30), into }, 'test');
  expect(c.articleIds.length).toBeGreaterThan(32);
  expect((await people()).length).toBe(before.people.length - 30);

  const reverted = await revertCorrection(store, c.id);
  expect(reverted.reverted).toBe(true);
  expect(await people()).toEqual(before.people);
  expect(await graph()).toEqual(before.graph);
});
