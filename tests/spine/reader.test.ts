import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { extract } from '../../server/extract/index.ts';
import { readStoredArticle, replaceExtraction } from '../../server/ingest-replace.ts';
import type { Store } from '../../server/store/store.ts';
import { gql, startTestServer, testStore } from '../support/graph.ts';

// The article reader's data: each mention's and quote's offsets, stored with the article and read back through
// GraphQL, slice the article's text to the mention and to the quote.

let app: Running;
let store: Store;
beforeAll(async () => {
  app = await startTestServer({ seed: false });
  store = testStore();
});
afterAll(async () => {
  await store?.close();
  await app?.close();
});

// Written for this test.
const TEXT = [
  ' date 2022-01-08 Russiske soldater har landet i Kasakhstan, melder NTB.',
  '– Det er en svært alvorlig situasjon over hele landet, sier fagrådgiver Ivar Dale i Den norske Helsingforskomité til NRK.',
  'Dale forteller at Russland sender flere soldater til Kasakhstan denne uken.',
].join('\n\n');

const READ = `query($id: ID!) { article(id: $id) { text
  mentions { start end type entity { id name aliases type } }
  quotes { start end speaker { id name } statement { id text speaker { id } } } } }`;

interface Read {
  text: string;
  mentions: { start: number; end: number; type: string; entity: { id: string; name: string; aliases: string[]; type: string } }[];
  quotes: { start: number; end: number; speaker: { id: string; name: string } | null; statement: { id: string; text: string; speaker: { id: string } | null } }[];
}

async function load(text: string): Promise<{ id: string; created: boolean }> {
  const r = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { created article { id } } }', { t: text });
  expect(r.errors).toBeUndefined();
  return { id: r.data.ingestArticle.article.id, created: r.data.ingestArticle.created };
}

async function read(id: string): Promise<Read> {
  const r = await gql<{ article: Read }>(app.url, READ, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.article;
}

const storedSpans = (id: string) =>
  store.read(async (tx) => (await tx.run('MATCH (a:Article {id: $id}) RETURN a.spans AS s', { id })).records[0]?.get('s') as string | null);

describe('the article reader through GraphQL', () => {
  it('gives offsets that slice the text to each mention and each quote, in text order', async () => {
    const { id } = await load(TEXT);
    const a = await read(id);
    expect(a.mentions.length).toBeGreaterThan(5);
    for (const m of a.mentions) {
      const written = a.text.slice(m.start, m.end).toLowerCase();
      // the name as written: a form of the entity, or the adjective that names a country ("Russiske")
      const forms = [m.entity.name, ...m.entity.aliases].map((f) => f.toLowerCase());
      expect(forms.some((f) => written.startsWith(f)) || m.entity.type === 'COUNTRY', `${written} → ${m.entity.name}`).toBe(true);
      expect(m.type).toBe(m.entity.type);
    }
    const starts = a.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((p, q) => p - q));
    const named = (s: string) => a.mentions.filter((m) => a.text.slice(m.start, m.end) === s).map((m) => m.entity.id);
    expect(named('Ivar Dale')).toEqual(['person:ivar-dale']);
    expect(named('Dale')).toEqual(['person:ivar-dale']);
    expect(named('Kasakhstan')).toEqual(['country:KZ', 'country:KZ']);
    expect(named('Russiske')).toEqual(['country:RU']);

    expect(a.quotes.length).toBeGreaterThanOrEqual(1);
    for (const q of a.quotes) expect(a.text.slice(q.start, q.end)).toBe(q.statement.text);
    const direct = a.quotes.find((q) => q.statement.text.startsWith('Det er en svært alvorlig'))!;
    expect(a.text.slice(direct.start, direct.end)).toBe('Det er en svært alvorlig situasjon over hele landet');
    expect(direct.speaker).toEqual({ id: 'person:ivar-dale', name: 'Ivar Dale' });
  });

  it('loading the same article again changes nothing, offsets included', async () => {
    const { id } = await load(TEXT);
    const before = await storedSpans(id);
    expect(before).toBeTruthy();
    const again = await load(TEXT);
    expect(again).toEqual({ id, created: false });
    expect(await storedSpans(id)).toBe(before);
  });

  it('follows an entity merged since the article was read to the node it is now', async () => {
    const { id } = await load('Den terrordømte Fjotolf Hansen sier at han vil klage dommen inn for Høyesterett.');
    await load('I retten sa Fjotolf Hansen, tidligere kjent som Anders Behring Breivik, at han vil løslates.');
    const a = await read(id);
    const hansen = a.mentions.find((m) => a.text.slice(m.start, m.end) === 'Fjotolf Hansen');
    expect(hansen?.entity.id).toBe('person:anders-behring-breivik');
  });

  it('gives an article stored before offsets were kept no mentions, and re-extraction fills them', async () => {
    const { id } = await load(TEXT);
    const fresh = await read(id);
    await store.write((tx) => tx.run('MATCH (a:Article {id: $id}) REMOVE a.spans SET a.extractorVersion = 0', { id }));
    const old = await read(id);
    expect(old.mentions).toEqual([]);
    expect(old.quotes).toEqual([]);
    // As kg reextract does it: the stored text read again, its facts (and offsets) replaced in one transaction.
    await store.write(async (tx) => {
      const stored = (await readStoredArticle(tx, id))!;
      await replaceExtraction(tx, stored, extract(stored.article.body));
    });
    const again = await read(id);
    expect(again.mentions).toEqual(fresh.mentions);
    expect(again.quotes.map((q) => [q.start, q.end, q.statement.text])).toEqual(fresh.quotes.map((q) => [q.start, q.end, q.statement.text]));
  });

  it('re-extraction writes the new reading\'s offsets, not the ones stored before', async () => {
    const { id } = await load(TEXT);
    const right = await storedSpans(id);
    await store.write((tx) => tx.run(`MATCH (a:Article {id: $id}) SET a.spans = '{"mentions":[[0,3,"country:SE","Country"]],"quotes":[]}'`, { id }));
    await store.write(async (tx) => {
      const stored = (await readStoredArticle(tx, id))!;
      await replaceExtraction(tx, stored, extract(stored.article.body));
    });
    expect(await storedSpans(id)).toBe(right);
  });
});
