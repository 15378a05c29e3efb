import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, startTestServer } from '../support/graph.ts';
import { ARTICLES, load, page, walkBackward, walkForward } from './fixtures.ts';

// Each filter and order of the four lists on the real Neo4j, paged both ways.

let app: Running;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestServer({ seed: true });
  ids.stoltenberg = await load(app, ARTICLES.stoltenberg);
  ids.polen = await load(app, ARTICLES.polen);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

type E = { id: string; name: string; type: string; articleCount: number; mentionCount: number; firstSeen: string | null; lastSeen: string | null; category: string | null; country: string | null };
const ENTITY = 'id name type articleCount mentionCount firstSeen lastSeen category country';
const entities = (where: string, orderBy = '[ARTICLES_DESC]') => page<E>(app, 'entities', `where: { ${where} }, orderBy: ${orderBy}, first: 500`, ENTITY);
const names = (c: { edges: { node: { name: string } }[] }) => c.edges.map((e) => e.node.name).sort();

async function cypher<T = unknown>(q: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await app.store.read((tx) => tx.run(q, params));
  return res.records.map((r) => r.toObject() as T);
}

describe('entities', () => {
  it('keeps exact figures: articles, first and last seen, as the MENTIONS say', async () => {
    const all = await entities('minArticles: 1');
    const truth = await cypher<{ id: string; n: number; first: string; last: string }>(
      'MATCH (a:Article)-[:MENTIONS]->(e:Entity) RETURN e.id AS id, count(a) AS n, min(a.dateFrom) AS first, max(a.dateTo) AS last',
    );
    expect(all.totalCount).toBe(truth.length);
    const byId = new Map(all.edges.map((e) => [e.node.id, e.node]));
    for (const t of truth) expect([t.id, byId.get(t.id)?.articleCount, byId.get(t.id)?.firstSeen, byId.get(t.id)?.lastSeen]).toEqual([t.id, t.n, t.first, t.last]);
    const nato = byId.get('org:nato')!;
    expect([nato.category, nato.lastSeen]).toEqual(['alliance', '2022-02-20']);
  });

  it('filters by type, name (folded), category and country, article, dates and support', async () => {
    const people = await entities('types: [PERSON]');
    expect(people.edges.every((e) => e.node.type === 'PERSON')).toBe(true);
    expect(names(people)).toEqual(expect.arrayContaining(['Erna Solberg', 'Ivar Dale', 'Jens Stoltenberg', 'Jonas Gahr Støre']));
    expect(names(await entities('nameContains: "GAHR STORE"'))).toEqual(['Jonas Gahr Støre']);
    expect(names(await entities('nameContains: "stoltenb"'))).toEqual(['Jens Stoltenberg']);
    expect(names(await entities('category: "party", country: "NO", minArticles: 1'))).toEqual(['Arbeiderpartiet', 'Høyre']);
    const parties = await entities('category: "party", country: "NO"');
    expect(parties.totalCount).toBeGreaterThan(10); // reference data knows them, named or not
    const inPolen = await cypher<{ id: string }>('MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN e.id AS id', { id: ids.polen });
    const mentioned = await entities(`mentionedIn: ["${ids.polen}"]`);
    expect(mentioned.edges.map((e) => e.node.id).sort()).toEqual(inPolen.map((r) => r.id).sort());
    expect((await entities('from: "2022-02-01"')).edges.map((e) => e.node.id).sort()).toEqual(inPolen.map((r) => r.id).sort());
    const january = await entities('from: "2022-01", to: "2022-01", types: [PERSON]');
    const inJanuary = await cypher<{ name: string }>(
      `MATCH (a:Article)-[:MENTIONS]->(e:Person) WHERE a.dateFrom <= '2022-01-31' AND a.dateTo >= '2022-01-01' RETURN DISTINCT e.name AS name`,
    );
    expect(names(january)).toEqual(inJanuary.map((r) => r.name).sort());
    expect(names(january)).toContain('Jens Stoltenberg');
    expect(names(january)).not.toContain('Jonas Gahr Støre'); // named in February only
  });

  it('sorts by each order, ties by id', async () => {
    const checks: [string, (a: E, b: E) => number][] = [
      ['[ARTICLES_DESC]', (a, b) => b.articleCount - a.articleCount],
      ['[MENTIONS_DESC]', (a, b) => b.mentionCount - a.mentionCount],
      ['[NAME_ASC]', (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)],
      ['[FIRST_SEEN_DESC]', (a, b) => (b.firstSeen ?? '').localeCompare(a.firstSeen ?? '')],
      ['[LAST_SEEN_DESC, NAME_ASC]', (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)],
    ];
    for (const [order, cmp] of checks) {
      const got = (await entities('minArticles: 1', order)).edges.map((e) => e.node);
      const sorted = [...got].sort((a, b) => cmp(a, b) || (a.id < b.id ? -1 : 1));
      expect(got.map((e) => e.id), order).toEqual(sorted.map((e) => e.id));
    }
  });

  it('pages forward and backward to the same list', async () => {
    for (const order of ['[ARTICLES_DESC]', '[NAME_ASC]', '[FIRST_SEEN_DESC]']) {
      const args = `where: { minArticles: 1 }, orderBy: ${order}`;
      const whole = (await page<E>(app, 'entities', `${args}, first: 500`, 'id')).edges.map((e) => e.node.id);
      expect(whole.length).toBeGreaterThan(10);
      expect((await walkForward<E>(app, 'entities', args, 'id', 4)).map((e) => e.id)).toEqual(whole);
      expect((await walkBackward<E>(app, 'entities', args, 'id', 3)).map((e) => e.id)).toEqual(whole);
    }
  });

  it('says where a page lies', async () => {
    const first = await page<E>(app, 'entities', 'where: { minArticles: 1 }, first: 2', 'id');
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[1].cursor });
    const last = await page<E>(app, 'entities', 'where: { minArticles: 1 }, last: 2', 'id');
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const middle = await page<E>(app, 'entities', `where: { minArticles: 1 }, first: 1, after: "${first.edges[0].cursor}"`, 'id');
    expect(middle.edges[0].node.id).toBe(first.edges[1].node.id);
    expect(middle.pageInfo.hasPreviousPage).toBe(true);
  });

  it('refuses a cursor of another order, a made-up cursor, and first with last', async () => {
    const p = await page<E>(app, 'entities', 'orderBy: [NAME_ASC], first: 1', 'id');
    for (const q of [
      `{ entities(orderBy: [ARTICLES_DESC], after: "${p.pageInfo.endCursor}") { totalCount } }`,
      '{ entities(after: "bm90IGEgY3Vyc29y") { totalCount } }',
      '{ entities(first: 2, last: 2) { totalCount } }',
      '{ relations(after: "x") { totalCount } }',
      '{ articles(where: { from: "2022-13" }) { totalCount } }',
    ]) {
      const r = await gql(app.url, q);
      expect(r.errors?.[0].extensions?.code, q).toBe('BAD_USER_INPUT');
    }
  });
});

type R = { id: string; type: string; articleCount: number; confidence: number | null; reference: boolean; source: { id: string }; target: { id: string } };
const RELATION = 'id type articleCount confidence reference source { id } target { id }';
const relations = (where: string, orderBy = '[ARTICLES_DESC]') => page<R>(app, 'relations', `where: { ${where} }, orderBy: ${orderBy}, first: 500`, RELATION);
const pairs = (c: { edges: { node: R }[] }) => c.edges.map((e) => `${e.node.source.id}>${e.node.target.id}`).sort();

describe('relations', () => {
  it('filters by type, ends, involving, support, confidence, reference and dates', async () => {
    const troops = await relations('types: [SENDS_TROOPS_TO]');
    expect(pairs(troops)).toEqual(['country:BY>country:KZ', 'country:KG>country:KZ', 'country:PL>country:LT', 'country:RU>country:KZ', 'country:TJ>country:KZ']);
    expect(troops.totalCount).toBe(5);
    expect(pairs(await relations('types: [SENDS_TROOPS_TO], target: { ids: ["country:LT"] }'))).toEqual(['country:PL>country:LT']);
    expect(pairs(await relations('types: [SENDS_TROOPS_TO], source: { nameContains: "russland" }'))).toEqual(['country:BY>country:KZ', 'country:RU>country:KZ']); // Hviterussland
    expect(pairs(await relations('types: [SENDS_TROOPS_TO], minArticles: 2'))).toEqual(['country:BY>country:KZ', 'country:RU>country:KZ']);
    expect(pairs(await relations('types: [SENDS_TROOPS_TO], from: "2022-02-01"'))).toEqual(['country:PL>country:LT']);
    expect(pairs(await relations('types: [SENDS_TROOPS_TO], to: "2021-12-31"'))).toEqual([]);
    const involving = await relations('involving: ["country:PL"]');
    expect(involving.edges.every((e) => [e.node.source.id, e.node.target.id].includes('country:PL'))).toBe(true);
    expect(involving.edges.map((e) => e.node.type)).toEqual(expect.arrayContaining(['SENDS_TROOPS_TO', 'MEMBER_OF']));
    const reference = await relations('reference: true, types: [MEMBER_OF], target: { ids: ["org:csto"] }');
    expect(pairs(reference)).toHaveLength(6);
    expect(reference.edges.every((e) => e.node.reference && e.node.confidence === 1)).toBe(true);
    const sure = await relations('types: [SENDS_TROOPS_TO, HAS_ROLE], minConfidence: 0.9');
    const all = await relations('types: [SENDS_TROOPS_TO, HAS_ROLE]');
    expect(sure.edges.every((e) => (e.node.confidence ?? 0) >= 0.9)).toBe(true);
    expect(sure.totalCount).toBe(all.edges.filter((e) => (e.node.confidence ?? 0) >= 0.9).length);
  });

  it('sorts by support, confidence and id, and pages both ways', async () => {
    const bySupport = (await relations('types: [SENDS_TROOPS_TO, HAS_ROLE]')).edges.map((e) => e.node);
    expect(bySupport.map((r) => r.articleCount)).toEqual([...bySupport.map((r) => r.articleCount)].sort((a, b) => b - a));
    const byConfidence = (await relations('types: [SENDS_TROOPS_TO, HAS_ROLE]', '[CONFIDENCE_DESC]')).edges.map((e) => e.node.confidence ?? 0);
    expect(byConfidence).toEqual([...byConfidence].sort((a, b) => b - a));
    const byId = (await relations('types: [SENDS_TROOPS_TO, HAS_ROLE]', '[ID_ASC]')).edges.map((e) => e.node.id);
    expect(byId).toEqual([...byId].sort());
    const args = 'where: { types: [SENDS_TROOPS_TO, HAS_ROLE, MEMBER_OF] }, orderBy: [ARTICLES_DESC]';
    const whole = (await page<R>(app, 'relations', `${args}, first: 500`, 'id')).edges.map((e) => e.node.id);
    expect((await walkForward<R>(app, 'relations', args, 'id', 7)).map((r) => r.id)).toEqual(whole);
    expect((await walkBackward<R>(app, 'relations', args, 'id', 9)).map((r) => r.id)).toEqual(whole);
  });

  it('pages an edge’s evidence, newest article first', async () => {
    const q = `query($after: String) { relations(where: { types: [SENDS_TROOPS_TO], source: { ids: ["country:RU"] } }) { edges { node {
      evidenceConnection(first: 1, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { sentence article { id date } } } } } } } }`;
    const one = (await gql(app.url, q)).data.relations.edges[0].node.evidenceConnection;
    expect(one.totalCount).toBe(2);
    expect(one.edges[0].node.article.id).toBe(ids.stoltenberg); // 2022-01-06, after the seed's 2022-01
    expect(one.edges[0].node.sentence).toMatch(/Russland og Hviterussland sender soldater/);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await gql(app.url, q, { after: one.pageInfo.endCursor })).data.relations.edges[0].node.evidenceConnection;
    expect(two.edges.map((e: { node: { article: { date: string } } }) => e.node.article.date)).toEqual(['2022-01']);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });
});

describe('articles and statements', () => {
  it('filters articles by source, section, dates, mentions and text, in each order', async () => {
    const list = async (args: string) =>
      (await page<{ id: string }>(app, 'articles', args, 'id')).edges.map((e) => e.node.id);
    expect(await list('where: { source: "ntb" }')).toEqual([ids.stoltenberg]);
    expect(await list('where: { section: "Utenriks" }')).toEqual([ids.stoltenberg]);
    expect(await list('where: { from: "2022-02" }')).toEqual([ids.polen]);
    expect(await list('where: { mentions: ["country:PL", "org:nato"] }')).toEqual([ids.polen]);
    expect(await list('where: { text: "Helsingforskomite samlet" }')).toEqual([ids.polen]); // accents folded
    expect(await list('where: { text: "soldater Kasakhstan" }')).toHaveLength(2);
    // Lucene's operators are taken as text: "-Kasakhstan" asks for the word, it does not exclude it.
    expect((await list('where: { text: "soldater -Kasakhstan" }')).sort()).toEqual((await list('where: { text: "soldater Kasakhstan" }')).sort());
    expect(await list('where: { text: "soldater -Kasakhstan" }')).not.toContain(ids.polen);
    const newest = await list('orderBy: DATE_DESC');
    expect(newest[0]).toBe(ids.polen);
    expect(await list('orderBy: DATE_ASC')).toEqual([...newest].reverse());
    expect((await list('orderBy: LOADED_DESC'))[0]).toBe(ids.polen);
    expect(await list('from: "2022-02"')).toEqual([ids.polen]); // the deprecated argument still works
  });

  it('filters statements by speaker, about, dates and text, and pages them both ways', async () => {
    const rows = async (args: string) =>
      (await page<{ text: string; speaker: { id: string } | null; article: { id: string } }>(app, 'statements', args, 'text speaker { id } article { id }')).edges.map((e) => e.node);
    const byStoltenberg = await rows('where: { speaker: "person:jens-stoltenberg" }');
    expect(byStoltenberg.map((s) => s.text)).toEqual([expect.stringMatching(/^Vi følger situasjonen/)]);
    expect((await rows('speaker: "person:jens-stoltenberg"')).length).toBe(1);
    const aboutUkraina = await rows('where: { about: "country:UA" }');
    expect(aboutUkraina.length).toBeGreaterThanOrEqual(2);
    expect((await rows('where: { from: "2022-02-01" }')).every((s) => s.article.id === ids.polen)).toBe(true);
    expect((await rows('where: { text: "stå samlet" }')).map((s) => s.speaker?.id)).toEqual(['person:ivar-dale']);
    const args = 'orderBy: DATE_ASC';
    const whole = (await rows(`${args}, first: 500`)).map((s) => s.text);
    expect((await walkForward<{ text: string }>(app, 'statements', args, 'text', 2)).map((s) => s.text)).toEqual(whole);
    expect((await walkBackward<{ text: string }>(app, 'statements', args, 'text', 3)).map((s) => s.text)).toEqual(whole);
  });
});
