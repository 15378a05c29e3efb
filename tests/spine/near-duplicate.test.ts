import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../server/ingest.ts';
import type { Store } from '../../server/store/store.ts';
import { fingerprint } from '../../server/write/article.ts';
import { resetGraph, testStore } from '../support/graph.ts';

// NEAR_DUPLICATE_OF: the same agency story republished, and nothing else.

let store: Store;
beforeAll(() => {
  store = testStore();
});
beforeEach(async () => {
  await resetGraph(store);
});
afterAll(async () => {
  await store?.close();
});

const edges = async () => {
  const res = await store.read((tx) =>
    tx.run('MATCH (a:Article)-[:NEAR_DUPLICATE_OF]->(b:Article) RETURN a.id AS from, b.id AS to ORDER BY from, to'),
  );
  return res.records.map((r) => [r.get('from') as string, r.get('to') as string]);
};

const AGENCY = [
  'Regjeringen i Kasakhstan har gått av etter flere dager med voldsomme protester mot økte gasspriser i landet.',
  '',
  'President Kassym-Jomart Tokajev godtok onsdag regjeringens avskjed og innførte unntakstilstand i Almaty og Mangistau.',
  '',
  'Demonstrantene stormet flere offentlige bygninger, ifølge nyhetsbyrået Interfax.',
].join('\n');
const ONE = `Uro i Kasakhstan: regjeringen går av\n\n${AGENCY}`;
const TWO = `Kasakhstans regjering trekker seg\n\n${AGENCY}`;

describe('fingerprint', () => {
  it('has none for a text of short words only or with too little after the headline', () => {
    expect(fingerprint('Vi er nå ut av by. Da må vi gå.\n\nOm vi er to, er vi nå en.')).toBeNull();
    expect(fingerprint('Vi er på vei ut av by nå.\n\nDa må vi gå og se om vi får til det.')).toBeNull();
    expect(fingerprint('Regjeringen går av\n\nMer kommer.\n\nNTB')).toBeNull();
    expect(fingerprint('Statsministeren talte i Oslo.')).toBeNull();
  });

  it('has one for a story of some length', () => {
    expect(fingerprint(ONE)).toMatch(/^regjeringen kasakhstan har /);
    expect(fingerprint(ONE)).toBe(fingerprint(TWO));
  });
});

describe('NEAR_DUPLICATE_OF', () => {
  it('does not join articles whose texts are too short to tell apart', async () => {
    // Words of two letters or fewer only: today's fingerprint of these is empty.
    await ingest(store, 'Vi er nå ut av by. Da må vi gå.\n\nOm vi er to, er vi nå en.');
    await ingest(store, 'Nå er vi i by. Så er vi to av en.');
    await ingest(store, 'Vi er på vei ut av by nå.\n\nDa må vi gå og se om vi får til det.');
    await ingest(store, 'Nå er vi i mål, og da er vi to av tre.\n\nEn av to er på vei.');
    await ingest(store, 'Regjeringen går av\n\nMer kommer.\n\nNTB');
    await ingest(store, 'Ny rekord i Oslo\n\nMer kommer.\n\nNTB');
    expect(await edges()).toEqual([]);
  });

  it('joins the same agency story under two headlines, from the greater id to the lesser whichever came first', async () => {
    const a = (await ingest(store, ONE)).article.id;
    const b = (await ingest(store, TWO)).article.id;
    const expected = [a > b ? [a, b] : [b, a]];
    // Load one way round with the greater id first, the other with the lesser first: the same edge both times.
    expect(await edges()).toEqual(expected);
    await resetGraph(store);
    await ingest(store, TWO);
    await ingest(store, ONE);
    expect(await edges()).toEqual(expected);
  });
});
