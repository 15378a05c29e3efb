import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../server/serve/resolvers/graph.ts';
import { migrateEvidence } from '../../server/store/migrate-evidence.ts';
import { evidenceOf, evidencePage } from '../../server/store/queries/evidence.ts';
import { counts, useCleanGraph } from '../support/graph.ts';

// Evidence nodes: a graph from before them is migrated once and exactly; evidence is paged newest first; the
// date range filter reads it.

const store = useCleanGraph();

const TROOPS = 'SENDS_TROOPS_TO|country:RU|country:KZ';
const CO = 'CO_OCCURS|country:KZ|country:RU';
const ROLE = 'HAS_ROLE|person:test-tokajev|country:KZ|president';

/** Three articles and edges as the writer kept them before Evidence nodes: parallel lists on the edge. */
async function writeOldGraph(): Promise<void> {
  await store.write(async (tx) => {
    await tx.run(
      `UNWIND [['article:a', '2022-01', '2022-01-01', '2022-01-31'], ['article:b', '2022-01-07', '2022-01-07', '2022-01-07'],
               ['article:c', '2021-05-02', '2021-05-02', '2021-05-02']] AS r
       CREATE (:Node:Article {id: r[0], date: r[1], dateFrom: r[2], dateTo: r[3], title: r[0]})`,
    );
    await tx.run(`CREATE (:Node:Entity:Person {id: 'person:test-tokajev', name: 'Test Tokajev', mentionCount: 1})`);
    await tx.run(
      `MATCH (ru:Node {id: 'country:RU'}), (kz:Node {id: 'country:KZ'}), (p:Node {id: 'person:test-tokajev'})
       CREATE (ru)-[:SENDS_TROOPS_TO {reference: false, articleIds: ['article:a', 'article:b', 'article:c'],
               sentences: ['sa', 'sb', 'sc'], confidences: [0.8, 0.5, 0.6], confidence: 0.96}]->(kz)
       CREATE (kz)-[:CO_OCCURS {reference: false, articleIds: ['article:a', 'article:c'], sentences: ['ca', 'cc'],
               weights: [2, 3], weight: 5}]->(ru)
       CREATE (p)-[:HAS_ROLE {title: 'president', reference: false, articleIds: ['article:b'], sentences: ['rb']}]->(kz)`,
    );
  });
}

describe('evidence', () => {
  it('migrates list properties to Evidence nodes once, with the same counts, weights and confidences', async () => {
    await writeOldGraph();
    expect(await migrateEvidence(store)).toBeGreaterThanOrEqual(3);
    const after = await counts(store);
    expect(await migrateEvidence(store)).toBe(0);
    expect(await counts(store)).toEqual(after);
    expect(after.evidence).toBe(6);

    const edges = await store.read((tx) =>
      tx.run(
        `MATCH ()-[x]->() WHERE x.key IN $keys
         RETURN x.key AS key, x.articleCount AS n, x.confidence AS c, x.weight AS w, x.articleIds IS NULL AND x.sentences IS NULL AS clean`,
        { keys: [TROOPS, CO, ROLE] },
      ),
    );
    const byKey = new Map(edges.records.map((r) => [r.get('key'), r]));
    expect(byKey.get(TROOPS)!.get('n')).toBe(3);
    expect(byKey.get(TROOPS)!.get('c')).toBeCloseTo(1 - 0.2 * 0.5 * 0.4, 12);
    expect(byKey.get(CO)!.get('w')).toBe(5);
    expect(byKey.get(CO)!.get('c')).toBeNull();
    // an article written before confidences were kept counts 0.5
    expect(byKey.get(ROLE)!.get('c')).toBeCloseTo(0.5, 12);
    for (const r of edges.records) expect(r.get('clean'), r.get('key')).toBe(true);
    // the reference memberships got their keys too
    const unkeyed = await store.read((tx) => tx.run('MATCH ()-[x:MEMBER_OF]->() WHERE x.key IS NULL RETURN count(x) AS n'));
    expect(unkeyed.records[0].get('n')).toBe(0);
  });

  it('pages an edge\'s evidence newest first by cursor, and reads many edges at once', async () => {
    const first = await store.read((tx) => evidencePage(tx, TROOPS, 2));
    expect(first.totalCount).toBe(3);
    expect(first.hasNextPage).toBe(true);
    // 2022-01-07 sorts after 2022-01 (a month-dated article is placed at the month's start)
    expect(first.rows.map((r) => [r.articleId, r.sentence, r.confidence, r.date])).toEqual([
      ['article:b', 'sb', 0.5, '2022-01-07'],
      ['article:a', 'sa', 0.8, '2022-01'],
    ]);
    const rest = await store.read((tx) => evidencePage(tx, TROOPS, 2, first.endCursor));
    expect(rest.rows.map((r) => r.articleId)).toEqual(['article:c']);
    expect(rest.hasNextPage).toBe(false);
    await expect(store.read((tx) => evidencePage(tx, TROOPS, 2, 'not-a-cursor'))).rejects.toThrow(/cursor/);

    const many = await store.read((tx) => evidenceOf(tx, [TROOPS, CO, 'MEMBER_OF|x|y'], 1));
    expect(many.get(TROOPS)!.map((r) => r.articleId)).toEqual(['article:b']);
    expect(many.get(CO)!.map((r) => [r.articleId, r.weight])).toEqual([['article:a', 2]]);
    expect(many.get('MEMBER_OF|x|y')).toEqual([]);
  });

  it('keeps an edge under a date range when one of its articles is in it', async () => {
    const edgesIn = async (from: string, to: string) =>
      (await neighbourhood(store, { ids: ['country:RU'], relationTypes: ['SENDS_TROOPS_TO', 'CO_OCCURS'], from, to })).edges
        .map((e) => e.id)
        .sort();
    expect(await edgesIn('2021-05-01', '2021-05-31')).toEqual([CO, TROOPS].sort());
    expect(await edgesIn('2022-01-05', '2022-01-10')).toEqual([CO, TROOPS].sort()); // a month-dated article covers its days
    expect(await edgesIn('2022-01-07', '2022-01-07')).toEqual([CO, TROOPS].sort());
    expect(await edgesIn('2023-01-01', '2023-12-31')).toEqual([]);
    const hood = await neighbourhood(store, { ids: ['country:RU'], relationTypes: ['SENDS_TROOPS_TO'] });
    const troops = hood.edges.find((e) => e.id === TROOPS)!;
    expect(troops.articleCount).toBe(3);
    expect(troops.articleIds).toEqual(['article:b', 'article:a', 'article:c']);
  });
});
