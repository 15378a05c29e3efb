import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, startTestServer } from '../support/graph.ts';
import { ARTICLES, load } from './fixtures.ts';

// The analysts' questions, each answered by one query (the README gives the same queries).

let app: Running;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestServer({ seed: true });
  ids.stoltenberg = await load(app, ARTICLES.stoltenberg);
  ids.polen = await load(app, ARTICLES.polen);
  ids.seed = (await gql(app.url, '{ articles(where: { source: "TV 2" }) { edges { node { id } } } }')).data.articles.edges[0].node.id;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

type Node = { id: string; name: string; code: string | null };
type Page<N> = { totalCount: number; edges: { node: N }[] };
type Troops = { source: Node; target: Node; articleCount: number; evidenceConnection: Page<{ sentence: string; article: { id: string } }> };
type Said = { id: string; text: string; speaker: Node | null; article: { id: string; date: string } };

async function ask<T>(query: string): Promise<T> {
  const r = await gql<T>(app.url, query);
  expect(r.errors).toBeUndefined();
  return r.data as T;
}

describe('one query per question', () => {
  it('1: which countries send troops where, according to which articles', async () => {
    const d = await ask<{ relations: Page<Troops> }>(`{ relations(where: { types: [SENDS_TROOPS_TO], source: { types: [COUNTRY] } }, first: 100) {
      totalCount edges { node { source { code } target { code } articleCount
        evidenceConnection(first: 10) { edges { node { sentence article { id title date source } } } } } } } }`);
    const rows = d.relations.edges.map((e) => ({
      pair: `${e.node.source.code}>${e.node.target.code}`,
      articles: e.node.evidenceConnection.edges.map((x) => x.node.article.id).sort(),
      count: e.node.articleCount,
    }));
    const by = Object.fromEntries(rows.map((r) => [r.pair, r]));
    expect(Object.keys(by).sort()).toEqual(['BY>KZ', 'KG>KZ', 'PL>LT', 'RU>KZ', 'TJ>KZ']);
    expect(by['RU>KZ'].articles).toEqual([ids.seed, ids.stoltenberg].sort());
    expect(by['RU>KZ'].count).toBe(2);
    expect(by['PL>LT'].articles).toEqual([ids.polen]);
    // Most supported first.
    expect(rows[0].count).toBe(2);
    expect(rows.at(-1)?.count).toBe(1);
  });

  it('2: which people hold roles in Norwegian parties', async () => {
    const d = await ask<{ relations: Page<{ source: Node; target: Node }> }>(`{ relations(where: { types: [HAS_ROLE], source: { types: [PERSON] }, target: { category: "party", country: "NO" } }) {
      edges { node { title source { name } target { name } } } } }`);
    const roles = d.relations.edges.map((e) => `${e.node.source.name} @ ${e.node.target.name}`).sort();
    expect(roles).toEqual(['Erna Solberg @ Høyre', 'Jonas Gahr Støre @ Arbeiderpartiet']);
  });

  it('3: which entities appear in the most articles', async () => {
    const d = await ask<{ entities: Page<{ id: string; articleCount: number }> }>('{ entities(orderBy: [ARTICLES_DESC], first: 5) { edges { node { id name articleCount } } } }');
    const top = d.entities.edges.map((e) => e.node);
    // Ukraina and Nato are named in both new articles; Kasakhstan and Russia in the seed and one more.
    const counts = await app.store.read(async (tx) => {
      const r = await tx.run('MATCH (a:Article)-[:MENTIONS]->(e:Entity) RETURN e.id AS id, count(a) AS n ORDER BY n DESC, id LIMIT 5');
      return r.records.map((x) => ({ id: x.get('id'), articleCount: x.get('n') }));
    });
    expect(top.map((e) => ({ id: e.id, articleCount: e.articleCount }))).toEqual(counts);
    expect(top[0].articleCount).toBeGreaterThanOrEqual(2);
  });

  it('4: NTB articles mentioning Ukraina', async () => {
    const d = await ask<{ articles: Page<{ id: string }> }>('{ articles(where: { source: "NTB", mentions: ["country:UA"] }) { totalCount edges { node { id source } } } }');
    expect(d.articles.edges.map((e) => e.node.id)).toEqual([ids.stoltenberg]);
    expect(d.articles.totalCount).toBe(1);
  });

  it('5: statements about Nato, newest first', async () => {
    const d = await ask<{ statements: Page<Said> }>('{ statements(where: { about: "org:nato" }, orderBy: DATE_DESC) { edges { node { text speaker { name } article { date } } } } }');
    const rows = d.statements.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const dates = rows.map((r) => r.article.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(rows[0].article.date).toBe('2022-02-20');
    expect(rows.map((r) => r.speaker?.name)).toEqual(expect.arrayContaining(['Ivar Dale', 'Erna Solberg']));
  });

  it('6: all statements of January 2022', async () => {
    const d = await ask<{ statements: Page<Said> }>('{ statements(where: { from: "2022-01", to: "2022-01" }, first: 500) { totalCount edges { node { id article { id date } } } } }');
    const articles = new Set(d.statements.edges.map((e) => e.node.article.id));
    expect(articles).toEqual(new Set([ids.seed, ids.stoltenberg]));
    const all = await app.store.read((tx) =>
      tx.run('MATCH (s:Statement)-[:IN]->(a:Article) WHERE a.id IN $ids RETURN count(s) AS n', { ids: [ids.seed, ids.stoltenberg] }),
    );
    expect(d.statements.totalCount).toBe(all.records[0].get('n'));
    expect(d.statements.edges.length).toBe(all.records[0].get('n'));
  });

  it('7: the README asks pathsBetween for Stoltenberg to Russia over stated relations', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/pathsBetween\(\s*from: "person:jens-stoltenberg",\s*to: "country:RU"/);
  });
});
