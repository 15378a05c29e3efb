import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../server/ingest.ts';
import type { Store } from '../../server/store/store.ts';
import { resetGraph, testStore } from '../support/graph.ts';

// The graph, ids included, does not depend on the order in which the same articles were loaded.

let store: Store;
beforeAll(async () => {
  store = testStore();
});
afterAll(async () => {
  await store?.close();
});

interface Snapshot {
  nodes: string[];
  relationships: string[];
  details: string[];
  counts: { nodes: number; relationships: number; byLabel: Record<string, number> };
}

/** Every node's id, labels, name and aliases; every relationship's type, ends and title; the counts. */
async function snapshot(): Promise<Snapshot> {
  return store.read(async (tx) => {
    const n = await tx.run(
      `MATCH (n:Node)
       RETURN n.id AS id, labels(n) AS labels, coalesce(n.name, '') AS name, coalesce(n.aliases, []) AS aliases`,
    );
    const nodes = n.records
      .map((r) => `${r.get('id')} ${[...(r.get('labels') as string[])].sort().join(':')} «${r.get('name')}» [${(r.get('aliases') as string[]).join(' | ')}]`)
      .sort();
    const x = await tx.run(
      `MATCH (s:Node)-[x]->(t:Node) RETURN type(x) AS type, s.id AS s, t.id AS t, coalesce(x.title, '') AS title`,
    );
    const relationships = x.records.map((r) => `${r.get('type')} ${r.get('s')} -> ${r.get('t')} ${r.get('title')}`).sort();
    // Beyond ids: counts and weights, confidences to the last bit, evidence per article, forms per mention; and no
    // evidence that no edge files.
    const me = await tx.run('MATCH (e:Entity) RETURN e.id AS id, e.mentionCount AS c');
    const d = await tx.run(
      `MATCH (s:Node)-[x]->(t:Node)
       RETURN type(x) AS type, s.id AS s, t.id AS t, properties(x) AS p,
              COLLECT { MATCH (ev:Evidence {key: x.key})-[:IN]->(a:Article) RETURN a.id + ':' + coalesce(toString(ev.weight), '') + ':'
                        + coalesce(toString(ev.confidence), '') + ':' + ev.sentence } AS evidence`,
    );
    const details = [
      ...me.records.map((r) => `${r.get('id')} mentionCount=${r.get('c')}`),
      ...d.records.map((r) => {
        const p = r.get('p') as Record<string, unknown>;
        const evidence = [...(r.get('evidence') as string[])].sort();
        return `${r.get('type')} ${r.get('s')} -> ${r.get('t')} ${p.title ?? ''} key=${p.key ?? ''} count=${p.count ?? ''} articles=${p.articleCount ?? ''} weight=${p.weight ?? ''} confidence=${p.confidence ?? ''} reference=${p.reference ?? ''} forms=${JSON.stringify(p.forms ?? null)} evidence=${JSON.stringify(evidence)}`;
      }),
    ].sort();
    const stray = await tx.run('MATCH (ev:Evidence) WHERE NOT EXISTS { MATCH ()-[x]->() WHERE x.key = ev.key } RETURN count(ev) AS n');
    details.push(`stray evidence=${stray.records[0].get('n')}`);
    const byLabel: Record<string, number> = {};
    for (const line of nodes) for (const l of line.split(' ')[1].split(':')) byLabel[l] = (byLabel[l] ?? 0) + 1;
    return { nodes, relationships, details, counts: { nodes: nodes.length, relationships: relationships.length, byLabel } };
  });
}

async function loadInOrder(texts: string[]): Promise<Snapshot> {
  await resetGraph(store);
  for (const t of texts) await ingest(store, t);
  return snapshot();
}

function differences(a: string[], b: string[]): { onlyA: string[]; onlyB: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { onlyA: a.filter((x) => !sb.has(x)), onlyB: b.filter((x) => !sa.has(x)) };
}

const ids = (s: Snapshot) => s.nodes.map((line) => line.split(' ')[0]);

// Hand-written articles, each provoking one case of cross-article resolution.
const ARTICLES = {
  // a bare surname, then the full name (and the other way round in the reversed order)
  bareNazarbajev: ' date 2019-03-19 utenriks\n\nNazarbajev sier at han trekker seg fra rådet.',
  fullNazarbajev: ' date 2019-03-20 utenriks\n\nTidligere president Nursultan Nazarbajev sier at han støtter regjeringen.',
  // the full name first, then a bare surname
  fullTokajev: ' date 2022-01-05 utenriks\n\nPresident Kassym-Jomart Tokajev sier at regjeringen går av. Tokajev ber om hjelp fra CSTO.',
  bareTokajev: ' date 2022-01-20 utenriks\n\nTokajev sier at de utenlandske styrkene skal forlate landet.',
  // two nodes, later joined by an article naming both forms
  breivik: ' date 2011-07-24 innenriks\n\nAnders Behring Breivik sier i retten at han handlet alene.',
  hansen: ' date 2017-06-09 innenriks\n\nDen terrordømte Fjotolf Hansen sier at han vil klage dommen inn for Høyesterett.',
  both: ' date 2022-01-18 innenriks\n\nI retten sa Fjotolf Hansen, tidligere kjent som Anders Behring Breivik, at han vil løslates.',
  // a bare surname shared by two different people named in full elsewhere
  bareBerg: ' date 2018-03-02 innenriks\n\nBerg sier at han ikke visste at opplysningene ble sendt til Russland.',
  rogerBerg: ' date 2022-05-02 innenriks\n\nOrdfører Roger Berg sier at kommunen vil bygge ny skole i Bodø.',
  kariBerg: ' date 2022-06-02 utenriks\n\nForsker Kari Berg ved Universitetet i Oslo sier at Russland er presset.',
  bareBergAgain: ' date 2018-03-09 innenriks\n\nBerg forteller at han ble avhørt i flere timer.',
  // spellings that one key joins (transliteration) and a surname alias that once came twice
  solberg: ' date 2021-08-01 innenriks\n\nSolberg sier at Høyre vil vinne valget.',
  ernaSolberg: ' date 2021-08-02 innenriks\n\nStatsminister Erna Solberg (H) sier at valget blir jevnt. Solberg vil fortsette.',
  nazarbayev: ' date 2019-03-21 utenriks\n\nNursultan Nazarbayev sier at Kasakhstan står sammen.',
  // one article keeps two forms apart, in one sentence; another shows them to be one; a third has the shorter
  storeApart: ' date 2021-10-19 innenriks\n\nStatsminister Jonas Gahr Støre besøkte Stortinget tirsdag, og Jonas Støre sa til NTB at landet skal bygges.',
  storeOne: ' date 2021-10-20 innenriks\n\nI Stortinget sa Jonas Gahr Støre, også kjent som Jonas Støre, at budsjettet er klart.',
  storeShort: ' date 2021-09-14 innenriks\n\nJonas Støre sier at Arbeiderpartiet er klar for å styre landet.',
};

describe('load order', () => {
  it('gives the same graph whatever the order of hand-written articles', { timeout: 120_000 }, async () => {
    const texts = Object.values(ARTICLES);
    const orders = [texts, [...texts].reverse(), [...texts.slice(7), ...texts.slice(0, 7)]];
    const snaps: Snapshot[] = [];
    for (const order of orders) snaps.push(await loadInOrder(order));
    for (const s of snaps.slice(1)) {
      expect(differences(snaps[0].nodes, s.nodes)).toEqual({ onlyA: [], onlyB: [] });
      expect(differences(snaps[0].relationships, s.relationships)).toEqual({ onlyA: [], onlyB: [] });
      expect(s.counts).toEqual(snaps[0].counts);
      expect(differences(snaps[0].details, s.details)).toEqual({ onlyA: [], onlyB: [] });
    }
    // Every evidence node belongs to an edge, also after the merges these articles cause.
    expect(snaps[0].details).toContain('stray evidence=0');
    const people = snaps[0].nodes.filter((l) => l.includes(':Person'));
    const personIds = ids({ ...snaps[0], nodes: people });
    // A bare surname is its own person, shared only with other bare mentions of it.
    expect(personIds).toEqual(
      expect.arrayContaining([
        'person:nazarbajev',
        'person:nursultan-nazarbajev',
        'person:kassym-jomart-tokajev',
        'person:tokajev',
        'person:anders-behring-breivik',
        'person:berg',
        'person:roger-berg',
        'person:kari-berg',
        'person:erna-solberg',
        'person:solberg',
      ]),
    );
    expect(personIds).not.toContain('person:fjotolf-hansen');
    expect(personIds).toContain('person:jonas-gahr-store');
    expect(personIds).not.toContain('person:jonas-store');
    expect(personIds).not.toContain('person:nursultan-nazarbayev');
    // Two spellings of one full name: the name and id follow the fullest form (ties: the smaller slug).
    expect(people.find((l) => l.startsWith('person:nursultan-nazarbajev '))).toMatch(/«Nursultan Nazarbajev» \[Nursultan Nazarbayev\]/);
    expect(people.find((l) => l.startsWith('person:anders-behring-breivik '))).toMatch(/\[Fjotolf Hansen\]/);
  });

  it('never stores a duplicate alias, nor the name among the aliases', async () => {
    await loadInOrder([ARTICLES.solberg, ARTICLES.ernaSolberg, ARTICLES.ernaSolberg.replace('2021-08-02', '2021-08-03'), ARTICLES.solberg.replace('vinne', 'tape')]);
    const r = await store.read((tx) =>
      tx.run('MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases, EXISTS { (:Article)-[:MENTIONS]->(e) } AS mentioned'),
    );
    expect(r.records.filter((x) => x.get('mentioned')).length).toBeGreaterThan(0);
    for (const x of r.records) {
      const aliases = x.get('aliases') as string[];
      expect(new Set(aliases).size, `${x.get('id')} ${JSON.stringify(aliases)}`).toBe(aliases.length);
      expect(aliases, x.get('id')).not.toContain(x.get('name'));
      // Sorted once an article has named it (reference data lists its own aliases in its own order).
      if (x.get('mentioned')) expect(aliases, x.get('id')).toEqual([...aliases].sort());
    }
    const erna = r.records.find((x) => x.get('id') === 'person:erna-solberg');
    expect(erna?.get('aliases')).toEqual(['Solberg']);
  });

  const DEV = path.resolve(process.env.KG_DEV_CORPUS ?? '../shared/corpus/dev');
  it.skipIf(!fs.existsSync(DEV))(
    'gives identical ids and counts for the dev corpus loaded in file order and in reverse',
    { timeout: 300_000 },
    async () => {
      const files = fs
        .readdirSync(DEV)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      expect(files.length).toBeGreaterThan(0);
      const texts = files.map((f) => fs.readFileSync(path.join(DEV, f), 'utf8'));
      const forward = await loadInOrder(texts);
      const reversed = await loadInOrder([...texts].reverse());
      const idDiff = differences(ids(forward), ids(reversed));
      expect(idDiff, `${idDiff.onlyA.length + idDiff.onlyB.length} ids differ`).toEqual({ onlyA: [], onlyB: [] });
      expect(differences(forward.nodes, reversed.nodes)).toEqual({ onlyA: [], onlyB: [] });
      expect(differences(forward.relationships, reversed.relationships)).toEqual({ onlyA: [], onlyB: [] });
      expect(reversed.counts).toEqual(forward.counts);
      expect(differences(forward.details, reversed.details)).toEqual({ onlyA: [], onlyB: [] });
    },
  );
});
