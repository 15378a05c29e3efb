import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { backfillEntityStats } from '../../server/write/entity-stats.ts';
import { makeArticle } from '../support/articles.ts';
import { gql, startTestServer } from '../support/graph.ts';
import { ARTICLES, load, walkForward } from './fixtures.ts';

// Keyset cursors while articles load between pages, and entity figures kept exact through deletion and start-up.

let app: Running;
let loaded = 0;

beforeAll(async () => {
  app = await startTestServer({ seed: true });
  await load(app, ARTICLES.stoltenberg);
  for (; loaded < 4; loaded++) await load(app, { text: makeArticle(loaded), source: 'NTB' });
}, 180_000);
afterAll(async () => {
  await app?.close();
});

const loadOne = () => load(app, { text: makeArticle(100 + loaded++), source: 'NTB' });

async function ids(field: string, args: string): Promise<string[]> {
  const r = await gql(app.url, `{ ${field}(${args}, first: 500) { edges { node { id } } } }`);
  return r.data[field].edges.map((e: { node: { id: string } }) => e.node.id);
}

/** Walks a list with articles loaded between pages: nothing there before is lost, nothing repeats, order holds. */
async function walkWhileLoading(field: string, args: string, size: number) {
  const before = await ids(field, args);
  const walked = (await walkForward<{ id: string }>(app, field, args, 'id', size, () => loadOne().then(() => undefined))).map((n) => n.id);
  const after = await ids(field, args);
  expect(new Set(walked).size, `${field} repeats nothing`).toBe(walked.length);
  const stillThere = before.filter((id) => after.includes(id));
  expect(stillThere.filter((id) => !walked.includes(id)), `${field} loses nothing`).toEqual([]);
  // What was walked is in the order of the final list.
  expect(walked.filter((id) => after.includes(id))).toEqual(after.filter((id) => walked.includes(id)));
  expect(after.length).toBeGreaterThan(before.length);
}

describe('nothing lost or repeated while articles load', () => {
  it('entities by name and by first seen', async () => {
    await walkWhileLoading('entities', 'where: { minArticles: 1 }, orderBy: [NAME_ASC]', 4);
    await walkWhileLoading('entities', 'where: { minArticles: 1 }, orderBy: [FIRST_SEEN_DESC]', 5);
  }, 180_000);
  it('articles by date', () => walkWhileLoading('articles', 'orderBy: DATE_DESC', 3), 180_000);
  it('relations by id', () => walkWhileLoading('relations', 'where: { types: [SENDS_TROOPS_TO, HAS_ROLE] }, orderBy: [ID_ASC]', 4), 180_000);
  it('statements by date', () => walkWhileLoading('statements', 'orderBy: DATE_ASC', 4), 180_000);
});

type Figures = { id: string; articleCount: number; firstSeen: string | null; lastSeen: string | null };

async function figures(): Promise<Figures[]> {
  return (await walkForward<Figures>(app, 'entities', '', 'id articleCount firstSeen lastSeen', 500)).sort(byId);
}

const byId = (a: Figures, b: Figures) => (a.id < b.id ? -1 : 1);

async function truth(): Promise<Figures[]> {
  const res = await app.store.read((tx) =>
    tx.run(`MATCH (e:Entity) OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
            RETURN e.id AS id, count(a) AS articleCount, min(a.dateFrom) AS firstSeen, max(a.dateTo) AS lastSeen`),
  );
  return res.records.map((r) => r.toObject() as Figures).sort(byId);
}

describe('entity figures', () => {
  it('stay exact when an article is deleted', async () => {
    const first = await gql(app.url, '{ articles(orderBy: DATE_DESC, first: 1) { edges { node { id date entities { id } } } } }');
    const article = first.data.articles.edges[0].node;
    const del = await gql(app.url, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: article.id });
    expect(del.data.deleteArticle.deleted).toBe(true);
    const now = await figures();
    expect(now).toEqual(await truth());
    // Something it named lost one article, or its lastSeen moved back.
    expect(now.filter((f) => article.entities.some((e: { id: string }) => e.id === f.id)).length).toBeGreaterThan(0);
  });

  it('stay exact when an article shows two nodes to be one entity', async () => {
    await load(app, { text: 'Den terrordømte Fjotolf Hansen sier at han vil klage dommen inn for Høyesterett.', date: '2019-01-10' });
    // Two nodes, each with its own articles, until the third article joins them: the survivor is recounted.
    await load(app, { text: 'Anders Behring Breivik sier at han vil løslates, opplyser advokaten.', date: '2019-03-02' });
    await load(app, { text: 'I retten sa Fjotolf Hansen, tidligere kjent som Anders Behring Breivik, at han vil løslates.', date: '2019-06' });
    const r = await gql(app.url, '{ entities(where: { nameContains: "breivik" }) { edges { node { id articleCount firstSeen lastSeen } } } }');
    expect(r.data.entities.edges.map((e: { node: Figures }) => e.node)).toEqual([
      { id: 'person:anders-behring-breivik', articleCount: 3, firstSeen: '2019-01-10', lastSeen: '2019-06-30' },
    ]);
    expect(await figures()).toEqual(await truth());
  });

  it('are filled in at start-up for a graph without them, once', async () => {
    const expected = await truth();
    await app.store.write((tx) => tx.run('MATCH (e:Entity) WITH e LIMIT 50 REMOVE e.articleCount, e.firstSeen, e.lastSeen, e.nameFolded'));
    expect(await backfillEntityStats(app.store)).toBe(50);
    expect(await backfillEntityStats(app.store)).toBe(0);
    expect(await figures()).toEqual(expected);
  });
});
