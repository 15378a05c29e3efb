import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { deleteArticle } from '../../server/write/delete.ts';
import { gql, startTestServer } from '../support/graph.ts';

// An entity whose indexed figures change and which is then deleted, in one transaction (a revert or a re-read deletes
// several articles together): later queries in that transaction that read those indexes must not find it.
// Neo4j 5.26 did until deletes cleared the node's properties first (server/store/delete-node.ts).

let app: Running;
beforeAll(async () => {
  app = await startTestServer({ seed: false });
});
afterAll(async () => {
  await app?.close();
});

const TEXTS = [
  ` date 2022-01-07\n\nIvar Dale i Den norske Helsingforskomité sier at situasjonen er alvorlig.`,
  ` date 2022-01-08\n\nIvar Dale sier til NTB at Den norske Helsingforskomité følger med.`,
];

// Each reads one index that the figures of a deleted entity are in: articleCount and mentionCount (range), nameFolded (text).
const INDEX_READS = [
  'MATCH (e:Entity) USING INDEX e:Entity(articleCount) WHERE e.articleCount IS NOT NULL RETURN e.id AS id',
  'MATCH (e:Entity) USING INDEX e:Entity(articleCount) WHERE e.articleCount >= 0 RETURN e.id AS id',
  'MATCH (e:Entity) USING INDEX e:Entity(mentionCount) WHERE e.mentionCount > 0 RETURN e.id AS id',
  "MATCH (e:Entity) WHERE e.nameFolded CONTAINS 'dale' RETURN e.id AS id",
];

it('two articles deleted in one transaction leave no deleted entity in the indexes that transaction reads', async () => {
  const ids: string[] = [];
  for (const t of TEXTS) {
    const r = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t });
    ids.push(r.data.ingestArticle.article.id);
  }
  const found = await app.store.write(async (tx) => {
    // The first deletion lowers Ivar Dale's figures, the second deletes him.
    for (const id of ids) expect((await deleteArticle(tx, id)).deleted).toBe(true);
    const out: string[][] = [];
    for (const q of INDEX_READS) out.push((await tx.run(q)).records.map((r) => r.get('id') as string));
    return out;
  });
  for (const ids of found) expect(ids).not.toContain('person:ivar-dale');
  // The committed graph agrees.
  const left = await gql(app.url, '{ entity(id: "person:ivar-dale") { id } }');
  expect(left.data.entity).toBeNull();
});
