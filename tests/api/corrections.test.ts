import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { extract } from '../../server/extract/index.ts';
import { readStoredArticle, replaceExtraction } from '../../server/ingest-replace.ts';
import { gql, resetGraph, startTestServer } from '../support/graph.ts';
import { ARTICLES } from './fixtures.ts';

// Corrections on the real Neo4j: each kind survives its article read again (deleted and loaded, re-extracted),
// a revert gives back what the articles say, and refused requests write nothing.

const TOKEN = 'rettelse-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };

// Shares Jonas Gahr Støre, Ivar Dale and Den norske Helsingforskomité with the `polen` article.
const STORE_TEXT = ` date 2022-03-02

Statsminister Jonas Gahr Støre (Ap) sier at Norge sender soldater til Litauen.

– Vi står sammen med Litauen, sier Jonas Gahr Støre til NTB.

Ivar Dale i Den norske Helsingforskomité er enig.`;

const TEXTS = { stoltenberg: ARTICLES.stoltenberg.text, polen: ARTICLES.polen.text, store: STORE_TEXT };
type Name = keyof typeof TEXTS;

let app: Running;
const ids = {} as Record<Name, string>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes
async function write(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await gql(app.url, query, variables, AUTH);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

async function load(name: Name): Promise<string> {
  const d = await write('mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t: TEXTS[name] });
  return d.ingestArticle.article.id;
}

/** The article read again: deleted and loaded through the API, or re-extracted as `kg reextract` does. */
async function readAgain(name: Name, how: 'reload' | 'reextract'): Promise<void> {
  if (how === 'reload') {
    await write('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: ids[name] });
    expect(await load(name)).toBe(ids[name]);
    return;
  }
  const stored = (await app.store.read((tx) => readStoredArticle(tx, ids[name])))!;
  const out = await app.store.write((tx) => replaceExtraction(tx, stored, extract(stored.article.body)));
  expect(out?.created).toBe(true);
}

async function rows(q: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const res = await app.store.read((tx) => tx.run(q, params));
  return res.records.map((r) => JSON.stringify(r.toObject())).sort();
}

/** The extracted graph as text: nodes with labels, names and figures, relationships with their figures, evidence. */
async function snapshot(): Promise<string[]> {
  return [
    ...(await rows(
      `MATCH (n:Node) RETURN labels(n) AS l, n.id AS id, n.name AS name, n.aliases AS aliases, n.mentionCount AS mentions,
              n.articleCount AS articles, n.firstSeen AS first, n.lastSeen AS last, n.nameFolded AS folded, n.keys AS keys`,
    )),
    ...(await rows(
      `MATCH (s:Node)-[x]->(t:Node) RETURN type(x) AS type, s.id AS s, t.id AS t, x.title AS title, x.key AS key,
              x.articleCount AS articles, x.weight AS weight, x.confidence AS confidence, x.count AS count, x.forms AS forms`,
    )),
    ...(await rows('MATCH (ev:Evidence)-[:IN]->(a:Article) RETURN ev.key AS key, a.id AS article, ev.sentence AS sentence, ev.weight AS weight')),
  ];
}

const correction = 'id kind parameters targets articleIds createdAt via note reverted revertedAt revertNote';

async function revert(id: string) {
  return (await write(`mutation($id: ID!) { revertCorrection(id: $id, note: "angret") { ${correction} } }`, { id })).revertCorrection;
}

async function entity(id: string) {
  const d = await write(
    `query($id: ID!) { entity(id: $id) { id type name aliases articleCount mentions { article { id } } relations(types: [CO_OCCURS, HAS_ROLE]) { id articleCount } } }`,
    { id },
  );
  return d.entity;
}

/** Each way of reading the article again leaves the corrected graph as it was; `check` says what the correction did. */
async function survives(names: Name[], check: () => Promise<void>): Promise<void> {
  await check();
  const corrected = await snapshot();
  for (const how of ['reload', 'reextract'] as const) {
    for (const name of names) await readAgain(name, how);
    await check();
    expect(await snapshot(), `after ${how}`).toEqual(corrected);
  }
  // All read again, in another order, after every one was gone.
  for (const name of names) await write('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: ids[name] });
  for (const name of [...names].reverse()) await load(name);
  await check();
  expect(await snapshot(), 'after delete and reload').toEqual(corrected);
}

const STATS = '{ stats { nodes relationships evidence articles redirects savedViews corrections byLabel { label count } byRelationType { label count } } }';
type Stats = Record<string, unknown>;
const extracted = ({ nodes, relationships, evidence, articles, byLabel, byRelationType }: Stats) => ({ nodes, relationships, evidence, articles, byLabel, byRelationType });
let referenceStats: Stats;

beforeAll(async () => {
  app = await startTestServer({ seed: false, env: { KG_WRITE_TOKEN: TOKEN } });
  referenceStats = (await write(STATS)).stats;
}, 120_000);
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  await resetGraph(app.store);
  for (const name of Object.keys(TEXTS) as Name[]) ids[name] = await load(name);
});

describe('each correction survives its articles read again, and a revert gives back what they say', () => {
  it('renameEntity', async () => {
    const before = await snapshot();
    const d = await write(`mutation { renameEntity(id: "person:ivar-dale", name: "Ivar Dale (Helsingforskomiteen)", note: "fullt navn") { ${correction} } }`);
    expect(d.renameEntity).toMatchObject({ kind: 'RENAME_ENTITY', via: 'graphql', note: 'fullt navn', reverted: false });
    expect(JSON.parse(d.renameEntity.parameters)).toMatchObject({ id: 'person:ivar-dale', name: 'Ivar Dale (Helsingforskomiteen)' });
    await survives(['polen', 'store'], async () => {
      const e = await entity('person:ivar-dale');
      expect([e.name, e.type, e.articleCount]).toEqual(['Ivar Dale (Helsingforskomiteen)', 'PERSON', 2]);
      expect(e.aliases).toContain('Ivar Dale');
    });
    await revert(d.renameEntity.id);
    expect((await entity('person:ivar-dale')).name).toBe('Ivar Dale');
    expect(await snapshot()).toEqual(before);
  });

  it('retypeEntity', async () => {
    const before = await snapshot();
    const d = await write(`mutation { retypeEntity(id: "org:den-norske-helsingforskomite", type: LOCATION) { ${correction} } }`);
    expect(JSON.parse(d.retypeEntity.parameters)).toMatchObject({ type: 'Location', from: 'Organisation' });
    await survives(['polen', 'store'], async () => {
      const e = await entity('org:den-norske-helsingforskomite');
      expect([e.type, e.articleCount]).toEqual(['LOCATION', 2]);
      const listed = await write('{ entities(where: { types: [ORGANISATION], nameContains: "helsingfors" }) { totalCount } }');
      expect(listed.entities.totalCount).toBe(0);
    });
    await revert(d.retypeEntity.id);
    expect((await entity('org:den-norske-helsingforskomite')).type).toBe('ORGANISATION');
    expect(await snapshot()).toEqual(before);
  });

  it('mergeEntities', async () => {
    const before = await snapshot();
    const d = await write(`mutation { mergeEntities(ids: ["person:ivar-dale"], into: "person:jonas-gahr-store") { ${correction} } }`);
    expect(d.mergeEntities.articleIds.sort()).toEqual([ids.polen, ids.store].sort());
    await survives(['polen', 'store'], async () => {
      const e = await entity('person:ivar-dale');
      expect([e.id, e.name, e.articleCount]).toEqual(['person:jonas-gahr-store', 'Jonas Gahr Støre', 2]);
      // One person is known as Ivar Dale: Støre, who has the name as an alias now.
      const people = await write('{ entities(where: { types: [PERSON], nameContains: "ivar dale" }) { edges { node { id aliases } } } }');
      expect(people.entities.edges).toEqual([{ node: { id: 'person:jonas-gahr-store', aliases: ['Ivar Dale'] } }]);
      // The merged entity's relations came along: its co-occurrence with the committee is Støre's now.
      expect(e.relations.map((r: { id: string }) => r.id)).toContain('CO_OCCURS|org:den-norske-helsingforskomite|person:jonas-gahr-store');
    });
    await revert(d.mergeEntities.id);
    expect((await entity('person:ivar-dale')).id).toBe('person:ivar-dale');
    expect(await snapshot()).toEqual(before);
  });

  it('splitEntity', async () => {
    const before = await snapshot();
    const d = await write(`mutation($a: [ID!]!) { splitEntity(id: "person:ivar-dale", articleIds: $a, name: "Ivar Dale (2)") { ${correction} } }`, { a: [ids.store] });
    expect(JSON.parse(d.splitEntity.parameters)).toMatchObject({ id: 'person:ivar-dale', newId: 'person:ivar-dale-2', articleIds: [ids.store] });
    await survives(['polen', 'store'], async () => {
      const old = await entity('person:ivar-dale');
      const split = await entity('person:ivar-dale-2');
      expect(old.mentions.map((m: { article: { id: string } }) => m.article.id)).toEqual([ids.polen]);
      expect(split.mentions.map((m: { article: { id: string } }) => m.article.id)).toEqual([ids.store]);
      expect(split.name).toBe('Ivar Dale (2)');
      // Its evidence went with it: the committee co-occurs with each of them in one article.
      expect(split.relations).toContainEqual({ id: 'CO_OCCURS|org:den-norske-helsingforskomite|person:ivar-dale-2', articleCount: 1 });
      expect(old.relations).toContainEqual({ id: 'CO_OCCURS|org:den-norske-helsingforskomite|person:ivar-dale', articleCount: 1 });
    });
    await revert(d.splitEntity.id);
    expect(await entity('person:ivar-dale-2')).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('retractRelation', async () => {
    const before = await snapshot();
    const id = 'SENDS_TROOPS_TO|country:NO|country:LT';
    const d = await write(`mutation($id: ID!) { retractRelation(id: $id, note: "Norge sender ikke soldater") { ${correction} } }`, { id });
    expect(d.retractRelation.articleIds).toEqual([ids.store]);
    await survives(['store'], async () => {
      const r = await write(`query($id: ID!) { relation(id: $id) { id } relations(where: { types: [SENDS_TROOPS_TO], involving: ["country:NO"] }) { totalCount }
        neighbourhood(ids: ["country:NO"], relationTypes: [SENDS_TROOPS_TO]) { edges { id } } }`, { id });
      expect([r.relation, r.relations.totalCount, r.neighbourhood.edges]).toEqual([null, 0, []]);
    });
    await revert(d.retractRelation.id);
    expect((await write('query($id: ID!) { relation(id: $id) { articleCount } }', { id })).relation).toEqual({ articleCount: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('retractStatement', async () => {
    const before = await snapshot();
    const statements = async () =>
      (await write('query($id: ID!) { article(id: $id) { statements { id text } } }', { id: ids.store })).article.statements as { id: string; text: string }[];
    const all = await statements();
    const quote = all.find((s) => s.text.startsWith('Vi står sammen'))!;
    const d = await write(`mutation($id: ID!) { retractStatement(id: $id) { ${correction} } }`, { id: quote.id });
    await survives(['store'], async () => {
      expect((await statements()).map((s) => s.id)).toEqual(all.filter((s) => s !== quote).map((s) => s.id));
      const listed = await write('{ statements(where: { speaker: "person:jonas-gahr-store" }) { edges { node { id } } } }');
      expect(listed.statements.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(quote.id);
    });
    await revert(d.retractStatement.id);
    expect((await statements()).map((s) => s.id)).toEqual(all.map((s) => s.id));
    expect(await snapshot()).toEqual(before);
  });
});

describe('corrections as user data', () => {
  it('a new article follows the corrections in force: it joins the merged entity and does not restate a retracted fact', async () => {
    await write('mutation { mergeEntities(ids: ["person:ivar-dale"], into: "person:jonas-gahr-store") { id } }');
    await write('mutation { retractRelation(id: "SENDS_TROOPS_TO|country:NO|country:LT") { id } }');
    const text = ` date 2022-04-01\n\nNorge sender soldater til Litauen, melder NTB.\n\nIvar Dale i Den norske Helsingforskomité sier at han er glad for det.`;
    // The text does state it: the extractor reads a troop relation from it.
    expect(extract(text).relations.map((r) => r.type)).toContain('SENDS_TROOPS_TO');
    const d = await write('mutation($t: String!) { ingestArticle(text: $t) { article { id entities { id } } } }', { t: text });
    const named = d.ingestArticle.article.entities.map((e: { id: string }) => e.id);
    expect(named).toContain('person:jonas-gahr-store');
    expect(named).not.toContain('person:ivar-dale');
    expect((await write('{ relation(id: "SENDS_TROOPS_TO|country:NO|country:LT") { id } }')).relation).toBeNull();
  });

  it('deleting every article restores the reference-only graph, keeps the corrections, and applies them on reload', async () => {
    await write('mutation { renameEntity(id: "person:ivar-dale", name: "Ivar Dale (Helsingforskomiteen)") { id } }');
    await write('mutation { mergeEntities(ids: ["person:erna-solberg"], into: "person:jonas-gahr-store") { id } }');
    await write('mutation { retractRelation(id: "SENDS_TROOPS_TO|country:NO|country:LT") { id } }');
    const corrected = await snapshot();
    for (const id of Object.values(ids)) await write('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id });
    const emptied = (await write(STATS)).stats;
    // The extracted graph is the reference-only one; the user data is counted apart, and kept.
    expect(extracted(emptied)).toEqual(extracted(referenceStats));
    expect([emptied.corrections, referenceStats.corrections]).toEqual([3, 0]);
    expect(emptied.redirects).toBeGreaterThan(0);
    for (const name of Object.keys(TEXTS) as Name[]) await load(name);
    expect(await snapshot()).toEqual(corrected);
    expect((await entity('person:erna-solberg')).id).toBe('person:jonas-gahr-store');
  });

  it('lists corrections newest first, filtered, paged both ways', async () => {
    await write('mutation { renameEntity(id: "person:ivar-dale", name: "I. Dale", note: "kortere") { id } }');
    await write('mutation { retypeEntity(id: "person:erna-solberg", type: ORGANISATION) { id } }');
    const r = await write('mutation { retractRelation(id: "SENDS_TROOPS_TO|country:NO|country:LT") { id } }');
    await revert(r.retractRelation.id);
    const q = `query($w: CorrectionWhere, $first: Int, $after: String, $last: Int, $before: String) {
      corrections(where: $w, first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id kind note reverted revertNote via } } } }`;
    const all = (await write(q)).corrections;
    expect(all.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['RETRACT_RELATION', 'RETYPE_ENTITY', 'RENAME_ENTITY']);
    expect(all.edges[0].node).toMatchObject({ reverted: true, revertNote: 'angret', via: 'graphql' });
    expect(all.edges[2].node.note).toBe('kortere');
    expect((await write(q, { w: { reverted: false } })).corrections.totalCount).toBe(2);
    expect((await write(q, { w: { kinds: ['RENAME_ENTITY'] } })).corrections.totalCount).toBe(1);
    expect((await write(q, { w: { involving: 'person:erna-solberg' } })).corrections.edges[0].node.kind).toBe('RETYPE_ENTITY');
    const first = (await write(q, { first: 2 })).corrections;
    const rest = (await write(q, { first: 2, after: first.pageInfo.endCursor })).corrections;
    expect([...first.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect([first.pageInfo.hasNextPage, rest.pageInfo.hasNextPage, rest.pageInfo.hasPreviousPage]).toEqual([true, false, true]);
    const back = (await write(q, { last: 2 })).corrections;
    expect(back.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(all.edges.slice(1).map((e: { node: { id: string } }) => e.node.id));
    expect(back.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('refused corrections write nothing', () => {
  const refused = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const before = await snapshot();
    const r = await gql(app.url, query, variables, headers);
    expect(r.data?.[Object.keys(r.data ?? {})[0]] ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
    expect((await write('{ stats { corrections } }')).stats.corrections).toBe(0);
    return r.errors?.[0];
  };

  it('without the token', async () => {
    for (const auth of [{}, { authorization: 'Bearer feil' }] as Record<string, string>[]) {
      const e = await refused('mutation { renameEntity(id: "person:ivar-dale", name: "Dale") { id } }', {}, auth);
      expect(e?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('bad input gets a clear error', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['mutation { renameEntity(id: "person:ingen", name: "X") { id } }', {}, /No entity with id "person:ingen"/],
      ['mutation { renameEntity(id: "person:ivar-dale", name: "  ") { id } }', {}, /name must hold 1 to 200/],
      ['mutation { renameEntity(id: "person:ivar-dale", name: "\\u0000") { id } }', {}, /a letter or digit and no control characters/],
      ['mutation { renameEntity(id: "person:ivar-dale", name: "~ *") { id } }', {}, /a letter or digit/],
      ['mutation { mergeEntities(ids: [], into: "person:ivar-dale") { id } }', {}, /at least one entity/],
      ['mutation { mergeEntities(ids: ["person:ivar-dale"], into: "person:ivar-dale") { id } }', {}, /into itself/],
      ['mutation { mergeEntities(ids: ["person:ivar-dale", "person:ingen"], into: "person:jonas-gahr-store") { id } }', {}, /No entity with id "person:ingen"/],
      ['mutation { mergeEntities(ids: ["country:NO"], into: "person:jonas-gahr-store") { id } }', {}, /reference data/],
      ['mutation { splitEntity(id: "person:ivar-dale", articleIds: []) { id } }', {}, /at least one article/],
      ['mutation($a: [ID!]!) { splitEntity(id: "person:ivar-dale", articleIds: $a) { id } }', { a: ['artikkel:ingen'] }, /not mentioned in article/],
      ['mutation { retypeEntity(id: "person:ivar-dale", type: PERSON) { id } }', {}, /already of that type/],
      ['mutation { retypeEntity(id: "person:ivar-dale", type: STATEMENT) { id } }', {}, /PERSON, ORGANISATION, COUNTRY or LOCATION/],
      ['mutation { retractRelation(id: "SENDS_TROOPS_TO|country:SE|country:LT") { id } }', {}, /No relation with id/],
      ['mutation { retractRelation(id: "MENTIONS|a|b") { id } }', {}, /TYPE\|sourceId\|targetId/],
      ['mutation { retractStatement(id: "statement:ingen") { id } }', {}, /No statement with id/],
      ['mutation { revertCorrection(id: "correction:ingen") { id } }', {}, /No correction with id/],
      [`mutation { renameEntity(id: "person:ivar-dale", name: "Dale", note: "${'x'.repeat(1001)}") { id } }`, {}, /note must be at most 1000/],
    ];
    for (const [query, variables, message] of cases) {
      const e = await refused(query, variables, AUTH);
      expect(e?.message, query).toMatch(message);
    }
  });

  it('a correction reverted twice is refused the second time', async () => {
    const d = await write('mutation { renameEntity(id: "person:ivar-dale", name: "Dale") { id } }');
    await revert(d.renameEntity.id);
    const again = await gql(app.url, 'mutation($id: ID!) { revertCorrection(id: $id) { id } }', { id: d.renameEntity.id }, AUTH);
    expect(again.errors?.[0].message).toMatch(/reverted already/);
  });
});
