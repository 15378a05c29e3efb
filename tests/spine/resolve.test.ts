import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeView, idsOfView, withCurrentIds } from '../../client/src/core/url/codec.ts';
import type { Running } from '../../server/app.ts';
import { ingest } from '../../server/ingest.ts';
import { gql, startTestServer, useCleanGraph } from '../support/graph.ts';

// Resolution across articles, against what is already in the graph.

const store = useCleanGraph();

async function people(): Promise<{ id: string; name: string; aliases: string[] }[]> {
  const r = await store.read((tx) => tx.run('MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY id'));
  return r.records.map((x) => x.toObject() as { id: string; name: string; aliases: string[] });
}

it('keeps two people with one surname apart, and joins a bare surname to the one it names', async () => {
  await ingest(store, 'Fagrådgiver Ivar Dale i Den norske Helsingforskomité sier at situasjonen er alvorlig.');
  await ingest(store, 'Ordfører Anne Dale sier at kommunen vil bygge ny skole i Bergen.');
  const two = await people();
  expect(two.map((p) => p.name).sort()).toEqual(['Anne Dale', 'Ivar Dale']);
  await ingest(store, 'Ivar Dale sa onsdag at han venter flere demonstrasjoner. Dale sier at regimet er presset.');
  expect((await people()).length).toBe(2);
});

it('keeps a bare surname apart from full names in other articles, joining only other bare mentions of it', async () => {
  await ingest(store, 'Nazarbajev sier at han trekker seg fra rådet.');
  const before = (await people()).find((p) => /Nazarbajev/.test(p.name));
  expect(before).toMatchObject({ id: 'person:nazarbajev', name: 'Nazarbajev' });
  // The full name in a later article is not joined to the bare surname of an earlier one (nor the other way).
  await ingest(store, 'Tidligere president Nursultan Nazarbayev sier at han støtter regjeringen.');
  await ingest(store, 'Nazarbayev sier at partiet står samlet.');
  const after = (await people()).filter((p) => /Nazarba/.test(p.name));
  expect(after).toEqual([
    { id: 'person:nazarbajev', name: 'Nazarbajev', aliases: ['Nazarbayev'] },
    { id: 'person:nursultan-nazarbayev', name: 'Nursultan Nazarbayev', aliases: [] },
  ]);
});

it('merges the nodes an article shows to be one person, under the fullest name, and keeps the old id as a redirect', async () => {
  await ingest(store, 'Den terrordømte Fjotolf Hansen sier at han vil klage dommen inn for Høyesterett.');
  await ingest(store, 'I retten sa Fjotolf Hansen, tidligere kjent som Anders Behring Breivik, at han vil løslates.');
  const p = (await people()).filter((x) => /Hansen|Breivik/.test(x.name));
  expect(p).toEqual([{ id: 'person:anders-behring-breivik', name: 'Anders Behring Breivik', aliases: ['Fjotolf Hansen'] }]);
  const r = await store.read((tx) =>
    tx.run(`MATCH (r:Redirect {from: 'person:fjotolf-hansen'}) RETURN r.to AS to, r:Node AS node`),
  );
  expect(r.records.map((x) => x.toObject())).toEqual([{ to: 'person:anders-behring-breivik', node: false }]);
  // Both articles' mentions and statements are on the one node.
  const m = await store.read((tx) =>
    tx.run(`MATCH (:Person {id: 'person:anders-behring-breivik'})<-[m:MENTIONS]-(a:Article) RETURN count(a) AS n, sum(m.count) AS c`),
  );
  expect(m.records[0].get('n')).toBe(2);
});

it('stores no duplicate aliases when a full name arrives after its surname', async () => {
  await ingest(store, 'Solberg sier at Høyre vil vinne valget.');
  await ingest(store, 'Statsminister Erna Solberg (H) sier at valget blir jevnt. Solberg vil fortsette.');
  await ingest(store, 'Erna Solberg sier at Høyre er klar. Solberg smiler.');
  for (const p of await people()) expect(new Set(p.aliases).size, p.id).toBe(p.aliases.length);
  const erna = (await people()).find((p) => p.id === 'person:erna-solberg');
  expect(erna).toEqual({ id: 'person:erna-solberg', name: 'Erna Solberg', aliases: ['Solberg'] });
});

describe('old ids after a merge', () => {
  let app: Running;
  beforeAll(async () => {
    app = await startTestServer({ seed: false });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers entity(old id) with the entity it is now, and resolveIds maps links to current ids', async () => {
    const load = (t: string) => gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t });
    await load('Den terrordømte Fjotolf Hansen sier at han vil klage dommen inn for Høyesterett.');
    const before = await gql(app.url, 'query { entity(id: "person:fjotolf-hansen") { id name redirectedFrom } }');
    expect(before.data.entity).toEqual({ id: 'person:fjotolf-hansen', name: 'Fjotolf Hansen', redirectedFrom: null });
    const both = await load('I retten sa Fjotolf Hansen, tidligere kjent som Anders Behring Breivik, at han vil løslates.');

    const e = await gql(app.url, 'query { entity(id: "person:fjotolf-hansen") { id name aliases redirectedFrom statements { text } } }');
    expect(e.errors).toBeUndefined();
    expect(e.data.entity).toMatchObject({
      id: 'person:anders-behring-breivik',
      name: 'Anders Behring Breivik',
      aliases: ['Fjotolf Hansen'],
      redirectedFrom: 'person:fjotolf-hansen',
    });
    expect(e.data.entity.statements.length).toBeGreaterThan(0);
    const ids = await gql(app.url, 'query { resolveIds(ids: ["person:fjotolf-hansen", "org:hoyesterett", "person:nobody"]) }');
    expect(ids.data.resolveIds).toEqual(['person:anders-behring-breivik', 'org:hoyesterett', null]);
    // Redirects are not :Node: the graph's counts do not see them.
    const stats = await gql(app.url, 'query { stats { nodes } }');
    const nodes = await app.store.read((tx) => tx.run('MATCH (n:Node) RETURN count(n) AS n'));
    expect(stats.data.stats.nodes).toBe(nodes.records[0].get('n'));

    // The old link opens the entity it is now.
    const view = decodeView('ids=person:fjotolf-hansen,org:hoyesterett&sel=person:fjotolf-hansen');
    const wanted = idsOfView(view);
    const now = await gql(app.url, 'query($ids: [ID!]!) { resolveIds(ids: $ids) }', { ids: wanted });
    const current = withCurrentIds(view, new Map(wanted.map((id, i) => [id, now.data.resolveIds[i]])));
    expect(current.ids).toEqual(['person:anders-behring-breivik', 'org:hoyesterett']);
    expect(current.selected).toBe('person:anders-behring-breivik');

    // Redirects are identity, not facts: deleting the article that merged them keeps them.
    await gql(app.url, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: both.data.ingestArticle.article.id });
    const kept = await gql(app.url, 'query { entity(id: "person:fjotolf-hansen") { id name aliases } }');
    expect(kept.data.entity).toEqual({ id: 'person:anders-behring-breivik', name: 'Fjotolf Hansen', aliases: [] });
  });
});
