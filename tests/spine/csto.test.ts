import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { counts, gql, startTestServer } from '../support/graph.ts';

// The founding question: which CSTO members send troops to Kazakhstan, and where does it say so?

const SEED = fs.readFileSync('seeds/articles/tv2-2022-01-kasakhstan-uro.txt', 'utf8');
let app: Running;

beforeAll(async () => {
  app = await startTestServer({ seed: true });
});
afterAll(async () => {
  await app?.close();
});

describe('the seed article in a real Neo4j', () => {
  it('answers the CSTO question in two queries, with evidence from the article', async () => {
    const s = await gql(app.url, 'query { search(text: "CSTO") { id type name } }');
    const csto = s.data.search.find((n: { type: string }) => n.type === 'ORGANISATION');
    expect(csto?.name).toBe('CSTO');

    const q = await gql(
      app.url,
      `query($id: ID!) { neighbourhood(ids: [$id], depth: 2, relationTypes: [MEMBER_OF, SENDS_TROOPS_TO]) {
         nodes { id type name code } edges { id type source target reference articleIds } } }`,
      { id: csto.id },
    );
    expect(q.errors).toBeUndefined();
    const { nodes, edges } = q.data.neighbourhood;
    const code = (id: string) => nodes.find((n: { id: string }) => n.id === id)?.code;
    const kz = nodes.find((n: { code: string }) => n.code === 'KZ');
    expect(kz).toBeTruthy();
    for (const c of ['RU', 'BY', 'TJ', 'KG']) {
      const member = edges.find((e: { type: string; source: string; target: string }) => e.type === 'MEMBER_OF' && code(e.source) === c && e.target === csto.id);
      expect(member, `${c} MEMBER_OF CSTO`).toBeTruthy();
      expect(member.reference).toBe(true);
      const troops = edges.find((e: { type: string; source: string; target: string }) => e.type === 'SENDS_TROOPS_TO' && code(e.source) === c && e.target === kz.id);
      expect(troops, `${c} SENDS_TROOPS_TO KZ`).toBeTruthy();
      expect(troops.articleIds).toHaveLength(1);
    }

    const ev = await gql(
      app.url,
      `query($id: ID!) { relation(id: $id) { type reference evidence { sentence article { id date source } } } }`,
      { id: `SENDS_TROOPS_TO|country:RU|${kz.id}` },
    );
    const evidence = ev.data.relation.evidence;
    expect(evidence).toHaveLength(1);
    expect(evidence[0].sentence).toMatch(/Russland/);
    expect(evidence[0].article.date).toBe('2022-01');

    const e = await gql(
      app.url,
      `query { entity(id: "country:RU") { name relations(types: [SENDS_TROOPS_TO]) { target { name } evidence { sentence } } } }`,
    );
    expect(e.data.entity.relations[0].target.name).toBe('Kasakhstan');
    expect(e.data.entity.relations[0].evidence[0].sentence).toMatch(/styrkene fra Russland/);
  });

  it('finds Tokayev when asked for Tokajev, as one person with both spellings', async () => {
    const r = await gql(app.url, 'query { search(text: "Tokayev", types: [PERSON]) { id name aliases } }');
    expect(r.data.search).toHaveLength(1);
    const person = r.data.search[0];
    expect([person.name, ...person.aliases]).toEqual(expect.arrayContaining(['Kassym-Jomart Tokajev', 'Kassym-Jomart Tokayev']));
    const roles = await gql(app.url, 'query($id: ID!) { entity(id: $id) { roles { title target { name } } statements { text } } }', { id: person.id });
    expect(roles.data.entity.roles).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'president', target: { name: 'Kasakhstan' } })]));
    expect(roles.data.entity.statements.length).toBeGreaterThan(0);
  });

  it('changes nothing when the seed is loaded again', async () => {
    const before = await counts(app.store);
    const r = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { created article { id } } }', { t: SEED });
    expect(r.data.ingestArticle.created).toBe(false);
    expect(await counts(app.store)).toEqual(before);
  });

  it('keeps a later article that says only Tokajev apart from the full name, and search finds both', async () => {
    // A bare surname joins no full-name person of another article: the graph must not depend on load order,
    // and a surname alone does not say which person of that name a story means.
    const text = ' date 2022-01-11 utenriks\n\nTokajev sier at de utenlandske styrkene skal trekkes ut av landet innen to dager.';
    const r = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t, source: "NTB") { created entities { id type } } }', { t: text });
    expect(r.errors).toBeUndefined();
    const people = r.data.ingestArticle.entities.filter((e: { type: string }) => e.type === 'PERSON');
    expect(people.map((p: { id: string }) => p.id)).toEqual(['person:tokajev']);
    const after = await gql(app.url, 'query { search(text: "Tokajev", types: [PERSON]) { id } }');
    expect(after.data.search.map((p: { id: string }) => p.id).sort()).toEqual(['person:kassym-jomart-tokajev', 'person:tokajev']);
  });
});

describe('search ranking', () => {
  it('puts the entity named exactly by the text first', async () => {
    const r = await gql(app.url, 'query { search(text: "Russland") { id name } }');
    expect(r.data.search[0].id).toBe('country:RU');
    // A spelling no article used falls back to terms within one edit.
    const misspelt = await gql(app.url, 'query { search(text: "Tokaiev") { id } }');
    expect(misspelt.data.search[0].id).toBe('person:kassym-jomart-tokajev');
    const csto = await gql(app.url, 'query { search(text: "den kollektive sikkerhetspakten") { id } }');
    expect(csto.data.search[0].id).toBe('org:csto');
  });
});

describe('edges without evidence of their own', () => {
  it('carry the article they belong to, so a date filter can place them', async () => {
    const r = await gql(app.url, 'query { neighbourhood(ids: ["person:ivar-dale"], relationTypes: [MENTIONS, SAID]) { nodes { id type } edges { type source articleIds } } }');
    const article = r.data.neighbourhood.nodes.find((n: { type: string }) => n.type === 'ARTICLE');
    const edges = r.data.neighbourhood.edges as { type: string; source: string; articleIds: string[] }[];
    expect(edges.some((e) => e.type === 'SAID')).toBe(true);
    for (const e of edges) expect(e.articleIds, e.type).toContain(e.type === 'MENTIONS' ? e.source : article.id);
  });
});

describe('neighbourhood caps', () => {
  it('counts a neighbour reached by two relationships once, and says when the limit cut the answer', async () => {
    const q = 'query($limit: Int) { neighbourhood(ids: ["country:KG"], relationTypes: [SENDS_TROOPS_TO, CO_OCCURS], limit: $limit) { nodes { id } truncated } }';
    const all = await gql(app.url, q, { limit: 50 });
    const ids = all.data.neighbourhood.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain('country:KZ');
    expect(new Set(ids).size).toBe(ids.length);
    expect(all.data.neighbourhood.truncated).toBe(false);
    const cut = await gql(app.url, q, { limit: 2 });
    expect(cut.data.neighbourhood.nodes).toHaveLength(2);
    expect(cut.data.neighbourhood.truncated).toBe(ids.length > 2);
  });
});
