import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, startTestServer } from '../support/graph.ts';

// articleMonths counts dated articles per month in Neo4j; neighbourhood's from/to filter in the query itself.

let app: Running;
beforeAll(async () => {
  app = await startTestServer({ seed: false });
  // Two February articles and one from March (written for this test).
  for (const text of [
    ` date 2022-02-07\n\nTyskland sender 350 soldater til Litauen, opplyser forsvarsdepartementet i Berlin.`,
    ` date 2022-02-20\n\nPolen sender soldater til Litauen, melder NTB.`,
    ` date 2022-03-02\n\nSverige sender soldater til Litauen, melder NTB.`,
  ]) {
    const r = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t: text });
    expect(r.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await app?.close();
});

const MONTHS = 'query($from: String, $to: String) { articleMonths(from: $from, to: $to) { month count } }';

it('counts articles per month, bounded by whole months', async () => {
  const all = await gql(app.url, MONTHS);
  expect(all.errors).toBeUndefined();
  expect(all.data.articleMonths).toEqual([{ month: '2022-02', count: 2 }, { month: '2022-03', count: 1 }]);
  const march = await gql(app.url, MONTHS, { from: '2022-03-15', to: '2022-12' });
  expect(march.data.articleMonths).toEqual([{ month: '2022-03', count: 1 }]);
  const bad = await gql(app.url, MONTHS, { from: '2022-13' });
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const reversed = await gql(app.url, MONTHS, { from: '2022-04', to: '2022-01' });
  expect(reversed.errors?.[0].message).toMatch(/from must not be after to/);
});

it('keeps only edges and documents inside the range, and reference facts always', async () => {
  const q = `query($from: String, $to: String) { neighbourhood(ids: ["country:LT"], depth: 1, from: $from, to: $to,
    relationTypes: [SENDS_TROOPS_TO, MENTIONS, MEMBER_OF]) { nodes { id type articleCount } edges { id type reference } } }`;
  const feb = await gql(app.url, q, { from: '2022-02', to: '2022-02' });
  expect(feb.errors).toBeUndefined();
  const troops = (r: typeof feb) => r.data.neighbourhood.edges.filter((e: { type: string }) => e.type === 'SENDS_TROOPS_TO').map((e: { id: string }) => e.id).sort();
  expect(troops(feb)).toEqual(['SENDS_TROOPS_TO|country:DE|country:LT', 'SENDS_TROOPS_TO|country:PL|country:LT']);
  const articles = feb.data.neighbourhood.nodes.filter((n: { type: string }) => n.type === 'ARTICLE');
  expect(articles).toHaveLength(2);
  expect(feb.data.neighbourhood.edges.some((e: { reference: boolean }) => e.reference)).toBe(true);
  const all = await gql(app.url, q, {});
  expect(troops(all)).toHaveLength(3);
  const lt = all.data.neighbourhood.nodes.find((n: { id: string }) => n.id === 'country:LT');
  expect(lt.articleCount).toBe(3);
});
