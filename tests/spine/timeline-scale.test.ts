import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, startTestServer, testStore } from '../support/graph.ts';

// The time axis at 100,000 articles: months are counted in Neo4j and the range is judged per edge inside the
// query, so neither the answer nor the query carries article ids.

const ARTICLES = 100_000;
let app: Running;

beforeAll(async () => {
  app = await startTestServer({ seed: false });
  const store = testStore();
  const session = store.driver.session({ database: store.database });
  try {
    // Articles over ten years; each mentions Kazakhstan, and Russia's troop edge cites all of them.
    await session.run(
      `UNWIND range(0, $n - 1) AS i
       WITH i, 2015 + (i % 120) / 12 AS y, 1 + i % 12 AS m
       WITH i, toString(y) + '-' + right('0' + toString(m), 2) AS month
       CALL { WITH i, month
         MATCH (kz:Country {code: 'KZ'})
         CREATE (a:Article:Node {id: 'article:' + i, title: 'Sak ' + i, date: month, dateFrom: month + '-01', dateTo: month + '-28'})
         CREATE (a)-[:MENTIONS {count: 1}]->(kz)
       } IN TRANSACTIONS OF 10000 ROWS`,
      { n: ARTICLES },
    );
    // Russia's troop edge and one Evidence record per article behind it, as the writer files them.
    const key = 'SENDS_TROOPS_TO|country:RU|country:KZ';
    await session.run(
      `MATCH (ru:Country {code: 'RU'}), (kz:Country {code: 'KZ'})
       MERGE (ru)-[x:SENDS_TROOPS_TO]->(kz)
       SET x.key = $key, x.articleCount = $n, x.confidence = 0.9, x.reference = false`,
      { n: ARTICLES, key },
    );
    await session.run(
      `MATCH (a:Article)
       CALL { WITH a
         CREATE (ev:Evidence {key: $key, type: 'SENDS_TROOPS_TO', articleId: a.id, sentence: a.title, confidence: 0.5,
                              date: a.date, dateFrom: a.dateFrom, dateTo: a.dateTo})-[:IN]->(a)
       } IN TRANSACTIONS OF 10000 ROWS`,
      { key },
    );
  } finally {
    await session.close();
    await store.close();
  }
}, 600_000);
afterAll(async () => {
  await app?.close();
});

const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await run();
  return [out, Math.round(performance.now() - t0)];
};

it('counts 100,000 articles per month and filters a neighbourhood by date without listing them', async () => {
  await gql(app.url, '{ articleMonths { month } }'); // warm-up
  const [months, monthsMs] = await timed(() => gql(app.url, '{ articleMonths { month count } }'));
  expect(months.errors).toBeUndefined();
  expect(months.data.articleMonths).toHaveLength(120);
  expect(months.data.articleMonths.reduce((s: number, m: { count: number }) => s + m.count, 0)).toBe(ARTICLES);

  const q = `query($from: String, $to: String) { neighbourhood(ids: ["country:RU"], depth: 1, relationTypes: [SENDS_TROOPS_TO], from: $from, to: $to) { edges { id } } }`;
  await gql(app.url, q, { from: '2024-12', to: '2024-12' });
  // The last month: an index seek on the edge's Evidence (key, dateFrom), never a walk over its articles.
  const [late, lateMs] = await timed(() => gql(app.url, q, { from: '2024-12', to: '2024-12' }));
  expect(late.errors).toBeUndefined();
  expect(late.data.neighbourhood.edges.map((e: { id: string }) => e.id)).toEqual(['SENDS_TROOPS_TO|country:RU|country:KZ']);
  const [none, noneMs] = await timed(() => gql(app.url, q, { from: '2030-01', to: '2030-12' }));
  expect(none.data.neighbourhood.edges).toEqual([]);
  console.log(`100k articles: articleMonths ${monthsMs} ms, neighbourhood in the last month ${lateMs} ms, outside every month ${noneMs} ms`);
  expect(monthsMs).toBeLessThan(5000);
  expect(noneMs).toBeLessThan(15000);
}, 600_000);
