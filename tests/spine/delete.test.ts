import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { counts, gql, startTestServer } from '../support/graph.ts';

let app: Running;
beforeAll(async () => {
  app = await startTestServer({ seed: false });
});
afterAll(async () => {
  await app?.close();
});

const SEED = fs.readFileSync('seeds/articles/tv2-2022-01-kasakhstan-uro.txt', 'utf8');
const OTHER = ` date 2022-01-08\n\nRussiske styrker har kommet til Kasakhstan, sier Ivar Dale i Den norske Helsingforskomité. Det skriver NTB.`;

it('deleting an article leaves exactly what other articles and reference data support', async () => {
  const reference = await counts(app.store);
  const a = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t: SEED });
  const seeded = await counts(app.store);
  expect(seeded.nodes).toBeGreaterThan(reference.nodes);

  const b = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t: OTHER });
  const bId = b.data.ingestArticle.article.id;
  // Russia → Kazakhstan is now said by two articles.
  const two = await gql(app.url, 'query { relation(id: "SENDS_TROOPS_TO|country:RU|country:KZ") { evidence { article { id } } } }');
  expect(two.data.relation.evidence).toHaveLength(2);

  const del = await gql(app.url, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted removedNodes } }', { id: bId });
  expect(del.data.deleteArticle.deleted).toBe(true);
  expect(await counts(app.store)).toEqual(seeded);
  const one = await gql(app.url, 'query { relation(id: "SENDS_TROOPS_TO|country:RU|country:KZ") { evidence { article { id } } } }');
  expect(one.data.relation.evidence).toHaveLength(1);

  await gql(app.url, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: a.data.ingestArticle.article.id });
  expect(await counts(app.store)).toEqual(reference);
  const left = await gql(app.url, 'query { search(text: "Ivar Dale") { id } }');
  expect(left.data.search).toEqual([]);
  const ru = await gql(app.url, 'query { entity(id: "country:RU") { aliases } }');
  expect(ru.data.entity.aliases).not.toContain('russiske');
});

it('answers an unknown article id with a clear error', async () => {
  const r = await gql(app.url, 'mutation { deleteArticle(id: "article:nope") { deleted } }');
  expect(r.errors?.[0].message).toMatch(/No article with id/);
});
