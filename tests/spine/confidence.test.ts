import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, startTestServer } from '../support/graph.ts';
import { combineEvidence } from '../../server/write/evidence.ts';
import { mergeProperties } from '../../server/write/merge.ts';

// An edge's confidence is the noisy-or of its supporting articles' own: 1 − Π(1 − cᵢ). Deleting an article takes
// its share away again; reference facts have 1.

let app: Running;
beforeAll(async () => {
  app = await startTestServer({ seed: false });
});
afterAll(async () => {
  await app?.close();
});

// Two texts that both say Germany sends troops to Lithuania, in different words (written for this test).
const A = ` date 2022-02-07\n\nTyskland sender 350 soldater til Litauen, opplyser forsvarsdepartementet i Berlin.`;
const B = ` date 2022-02-09\n\nTyske soldatar er på veg til Litauen. Dei skal vere der i eitt år, melder NTB.`;
const EDGE = 'SENDS_TROOPS_TO|country:DE|country:LT';

const RELATION = `query($id: ID!) { relation(id: $id) { confidence reference evidence { confidence article { id } } } }`;
const ingest = async (t: string) => {
  const r = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t });
  expect(r.errors).toBeUndefined();
  return r.data.ingestArticle.article.id as string;
};

it('combines the articles that support an edge by noisy-or, and takes a deleted one away again', async () => {
  const a = await ingest(A);
  const one = await gql(app.url, RELATION, { id: EDGE });
  expect(one.errors).toBeUndefined();
  const ca = one.data.relation.evidence[0].confidence as number;
  expect(ca).toBeGreaterThan(0);
  expect(ca).toBeLessThanOrEqual(1);
  expect(one.data.relation.confidence).toBeCloseTo(ca, 6);

  const b = await ingest(B);
  const two = await gql(app.url, RELATION, { id: EDGE });
  const ev = two.data.relation.evidence as { confidence: number; article: { id: string } }[];
  expect(ev.map((e) => e.article.id).sort()).toEqual([a, b].sort());
  const cb = ev.find((e) => e.article.id === b)!.confidence;
  expect(cb).toBeGreaterThan(0);
  expect(two.data.relation.confidence).toBeCloseTo(1 - (1 - ca) * (1 - cb), 6);
  expect(two.data.relation.confidence).toBeGreaterThan(Math.max(ca, cb));

  // the canvas sees the same figure on the edge
  const hood = await gql(app.url, 'query($ids: [ID!]!) { neighbourhood(ids: $ids, relationTypes: [SENDS_TROOPS_TO]) { edges { id confidence } } }', {
    ids: ['country:DE'],
  });
  expect(hood.data.neighbourhood.edges.find((e: { id: string }) => e.id === EDGE).confidence).toBeCloseTo(two.data.relation.confidence, 6);

  // loading the same text again adds nothing
  await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t: B });
  expect((await gql(app.url, RELATION, { id: EDGE })).data.relation.confidence).toBeCloseTo(two.data.relation.confidence, 6);

  const del = await gql(app.url, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: b });
  expect(del.data.deleteArticle.deleted).toBe(true);
  const back = await gql(app.url, RELATION, { id: EDGE });
  expect(back.data.relation.evidence).toHaveLength(1);
  expect(back.data.relation.confidence).toBeCloseTo(ca, 6);

  await gql(app.url, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: a });
  expect((await gql(app.url, RELATION, { id: EDGE })).data.relation).toBeNull();
});

it('gives reference facts confidence 1, also when an article supports them and after it is deleted', async () => {
  const id = 'MEMBER_OF|country:LT|org:nato';
  const ref = await gql(app.url, RELATION, { id });
  expect(ref.data.relation).toMatchObject({ reference: true, confidence: 1 });
  const a = await ingest(` date 2022-02-10\n\nNato-landet Litauen ber om fleire soldatar.`);
  const with_ = await gql(app.url, RELATION, { id });
  expect(with_.data.relation.confidence).toBe(1);
  expect(with_.data.relation.evidence[0].confidence).toBeGreaterThan(0);
  await gql(app.url, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: a });
  const after = await gql(app.url, RELATION, { id });
  expect(after.data.relation).toMatchObject({ reference: true, confidence: 1, evidence: [] });
});

it('has no confidence on edges that are not facts', async () => {
  const a = await ingest(A);
  const hood = await gql(app.url, 'query($ids: [ID!]!) { neighbourhood(ids: $ids, relationTypes: [MENTIONS]) { edges { type confidence } } }', { ids: [a] });
  expect(hood.errors).toBeUndefined();
  expect(hood.data.neighbourhood.edges.length).toBeGreaterThan(0);
  for (const e of hood.data.neighbourhood.edges) expect(e.confidence).toBeNull();
  await gql(app.url, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: a });
});

it('merging two nodes keeps each article\'s evidence once: the smaller sentence, the higher confidence, weights summed', () => {
  expect(
    combineEvidence([
      { articleId: 'a', sentence: 's1', confidence: 0.5, weight: null },
      { articleId: 'a', sentence: 's0', confidence: 0.8, weight: null },
    ]),
  ).toEqual({ articleId: 'a', sentence: 's0', confidence: 0.8, weight: null });
  expect(
    combineEvidence([
      { articleId: 'b', sentence: 'y', confidence: null, weight: 2 },
      { articleId: 'b', sentence: 'x', confidence: null, weight: 3 },
    ]),
  ).toEqual({ articleId: 'b', sentence: 'x', confidence: null, weight: 5 });
  const withRef = mergeProperties('MEMBER_OF', [
    { reference: true, key: 'k', articleCount: 0, confidence: 1 },
    { reference: false, key: 'k2', articleCount: 1, confidence: 0.4 },
  ]);
  expect(withRef).toMatchObject({ reference: true });
});
