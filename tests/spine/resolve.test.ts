import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest } from '../../server/ingest.ts';
import type { Store } from '../../server/store/store.ts';
import { resetGraph, testStore } from '../support/graph.ts';

// Resolution across articles, against what is already in the graph.

let store: Store;
beforeAll(async () => {
  store = testStore();
  await resetGraph(store);
});
afterAll(async () => {
  await store?.close();
});

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

it('gives a person known by surname alone the full name when a later article uses it', async () => {
  await ingest(store, 'Nazarbajev sier at han trekker seg fra rådet.');
  const before = (await people()).find((p) => /Nazarbajev/.test(p.name));
  expect(before?.name).toBe('Nazarbajev');
  await ingest(store, 'Tidligere president Nursultan Nazarbayev sier at han støtter regjeringen.');
  const after = (await people()).filter((p) => /Nazarba/.test(p.name));
  expect(after).toHaveLength(1);
  expect(after[0].id).toBe(before!.id);
  expect(after[0].name).toBe('Nursultan Nazarbayev');
  expect(after[0].aliases).toContain('Nazarbajev');
});
