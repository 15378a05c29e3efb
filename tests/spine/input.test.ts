import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { counts, gql, startTestServer } from '../support/graph.ts';

// Bad and hostile input: a clear error, and the graph exactly as it was.

let app: Running;
let before: { nodes: number; relationships: number };
beforeAll(async () => {
  app = await startTestServer({ seed: true });
  before = await counts(app.store);
});
afterAll(async () => {
  await app?.close();
});

const INGEST = 'mutation($t: String!, $d: String) { ingestArticle(text: $t, date: $d) { created } }';

describe('ingestArticle refuses bad articles and writes nothing', () => {
  it.each([
    ['empty text', '', null, /empty/i],
    ['whitespace only', ' \n\t  ', null, /empty/i],
    ['10 MB of text', 'ord '.repeat(2_500_000), null, /over the limit of 200000 bytes \(set by KG_MAX_ARTICLE_BYTES\)/],
    ['binary', 'GIF89a\u0000\u0001\u0002\u0003', null, /binary/i],
    ['HTML', '<!doctype html><html><body><p>Hei</p></body></html>', null, /HTML/],
    ['a malformed date', 'Statsministeren talte i Oslo.', '7. januar', /Malformed date/],
    ['an impossible date', 'Statsministeren talte i Oslo.', '2022-02-30', /Impossible date/],
  ])('%s', async (_, text, date, message) => {
    const r = await gql(app.url, INGEST, { t: text, d: date });
    expect(r.data).toBeNull();
    expect(r.errors?.[0].message).toMatch(message);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts(app.store)).toEqual(before);
  });
});

describe('hostile queries are refused before they reach Neo4j', () => {
  it('refuses a query nested 50 deep', async () => {
    let inner = 'id';
    for (let i = 0; i < 25; i++) inner = `article { statements { ${inner} } }`;
    const r = await gql(app.url, `query { statements { edges { node { ${inner} } } } }`);
    // Depth or cost, whichever limit sees it first: either way it never reaches a resolver.
    expect(r.errors?.[0].message).toMatch(/depth|cost/i);
    expect(r.data).toBeUndefined();
  });

  it('refuses 1,000 aliases', async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    const r = await gql(app.url, `query { ${fields} }`);
    expect(r.errors?.[0].message).toMatch(/alias|token|cost/i);
  });

  it('refuses a batch of 100 operations', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ stats { nodes } }' }))),
    });
    const body = await res.json();
    expect(JSON.stringify(body)).toMatch(/[Bb]atch/);
  });

  it.each([
    ['search first', 'query { search(text: "CSTO", first: 1000000) { id } }', /at most 100\b/],
    ['neighbourhood limit', 'query { neighbourhood(ids: ["org:csto"], limit: 1000000) { nodes { id } } }', /at most 5000/],
    ['neighbourhood depth', 'query { neighbourhood(ids: ["org:csto"], depth: 9) { nodes { id } } }', /at most 3/],
    ['articles first', 'query { articles(first: 1000000) { totalCount } }', /at most 500/],
  ])('names the maximum for %s', async (_, query, message) => {
    const r = await gql(app.url, query);
    expect(r.errors?.[0].message).toMatch(message);
  });

  it.each(['*', '~', 'AND', 'OR NOT', '"unbalanced', 'Tok*jev~', '(((', '\\', '/regex.*/', 'a:b', '[1 TO 2]'])(
    'treats search syntax %s as plain text',
    async (text) => {
      const r = await gql(app.url, 'query($t: String!) { search(text: $t) { id } }', { t: text });
      expect(r.errors).toBeUndefined();
      expect(Array.isArray(r.data.search)).toBe(true);
    },
  );

  it('treats Cypher-looking text in every string argument as data', async () => {
    const evil = "x'}) MATCH (n) DETACH DELETE n //";
    const queries = [
      ['query($v: String!) { search(text: $v) { id } }', {}],
      ['query($v: ID!) { entity(id: $v) { id } }', {}],
      ['query($v: ID!) { neighbourhood(ids: [$v]) { nodes { id } } }', {}],
      ['query($v: ID!) { paths(from: $v, to: $v) { nodes { id } } }', {}],
      ['query($v: ID!) { article(id: $v) { id } }', {}],
      ['query($v: ID!) { statements(speaker: $v, about: $v) { totalCount } }', {}],
      ['query($v: ID!) { relation(id: $v) { id } }', {}],
      ['query($v: String!) { entities(where: { nameContains: $v, category: $v, country: $v }) { totalCount } }', {}],
      ['query($v: ID!) { relations(where: { involving: [$v], source: { ids: [$v] } }) { totalCount } }', {}],
      ['query($v: String!) { articles(where: { source: $v, section: $v, text: $v }) { totalCount } }', {}],
      ['query($v: String!) { statements(where: { text: $v, speaker: $v }) { totalCount } }', {}],
      ['mutation($v: ID!) { deleteArticle(id: $v) { deleted } }', {}],
    ] as const;
    for (const [q] of queries) await gql(app.url, q, { v: evil });
    const r = await gql(app.url, 'mutation($v: String!) { ingestArticle(text: $v, source: $v, title: $v) { created } }', { v: 'MATCH (n) DETACH DELETE n' });
    expect(r.errors).toBeUndefined();
    // The one write that was allowed added an article; nothing was deleted.
    const after = await counts(app.store);
    expect(after.nodes).toBeGreaterThan(before.nodes);
  });
});
