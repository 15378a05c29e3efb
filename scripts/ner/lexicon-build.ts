// Builds the lexicon at training time from sources outside the training data: the Debian word
// lists for Bokmål and Nynorsk (package wnorwegian, when installed), country names in Norwegian
// and English (i18n-iso-countries, Intl.DisplayNames), city names from the time-zone database, and
// the gazetteers `npm run build:reference` writes into seeds/gazetteer/ (places by kind, Norwegian
// exonyms, given names, surnames, organisations, common words and word-frequency bands).
// Nothing here is a hand-made list: every name comes from a named data package.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GAZETTEER_DIR, GAZETTEER_FILES, loadGazetteer } from '../../server/reference/gazetteer.ts';
import { HashList, type Lexicon, makeGazetteer } from '../../server/extract/ner/lexicon.ts';
import { REFERENCE_GAZETTEERS, ZIPF_BANDS } from '../../server/extract/ner/attributes.ts';

const require = createRequire(import.meta.url);

export const DICT_FILES = ['/usr/share/dict/bokmaal', '/usr/share/dict/nynorsk'];

/** The word lists are Latin-1; each line is one form, possibly with a trailing flag after '/'. */
function readDict(path: string): string[] {
  return readFileSync(path)
    .toString('latin1')
    .split('\n')
    .map((l) => l.split('/')[0].trim())
    .filter(Boolean);
}

export function countryNames(): string[] {
  const countries = require('i18n-iso-countries');
  const out = new Set<string>();
  for (const lang of ['nb', 'nn', 'en']) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const list of Object.values(names)) for (const n of list) out.add(n);
  }
  const codes = Object.keys(countries.getAlpha2Codes() as Record<string, string>);
  for (const lang of ['nb', 'nn', 'en']) {
    const dn = new Intl.DisplayNames([lang], { type: 'region' });
    for (const c of codes) {
      const n = dn.of(c);
      if (n && n !== c) out.add(n);
    }
  }
  return [...out];
}

/** City names from the IANA time-zone ids that Node knows ("Europe/Oslo" -> "Oslo"). */
export function cityNames(): string[] {
  const out = new Set<string>();
  for (const tz of Intl.supportedValuesOf('timeZone')) {
    const city = tz.split('/').pop()!.replace(/_/g, ' ');
    if (/^[A-Z]/.test(city) && !/^(GMT|UTC|Etc)/.test(city)) out.add(city);
  }
  return [...out];
}

/** A city this large (or a capital) is a name a reader knows; smaller ones are often also words. */
const BIG_CITY = 100_000;

type RefName = (typeof REFERENCE_GAZETTEERS)[number];

/** Place rows are `id, kind, name, country, parent, population, aliases|…, detail`, tab-separated. */
function placeBucket(kind: string, population: number): RefName | null {
  if (kind === 'country' || kind === 'continent') return 'gz-country';
  if (kind === 'admin1' || kind === 'admin2' || kind === 'subdivision') return 'gz-admin';
  if (kind === 'city') return population >= BIG_CITY ? 'gz-city-big' : 'gz-city';
  if (kind === 'airport' || kind === 'airbase') return 'gz-airport';
  return null;
}

function readGaz<T>(file: string, dir: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

/** Names per reference gazetteer, from the files in seeds/gazetteer/. */
export function referenceNames(dir = GAZETTEER_DIR): Record<RefName, string[]> {
  const out = Object.fromEntries(REFERENCE_GAZETTEERS.map((n) => [n, [] as string[]])) as Record<RefName, string[]>;
  const F = GAZETTEER_FILES;
  const rows = [
    ...readGaz<{ places: string[] }>(F.places, dir).places,
    ...readGaz<{ airports: string[] }>(F.airports, dir).airports,
    ...readGaz<{ subdivisions: string[] }>(F.subdivisions, dir).subdivisions,
  ];
  for (const row of rows) {
    const r = row.split('\t');
    const bucket = placeBucket(r[1], Number(r[5] || 0));
    if (!bucket) continue;
    out[bucket].push(r[2], ...(r[6] ? r[6].split('|') : []));
  }
  // apertium's Norwegian place names and forms (Tyrkia, Noreg, Filippinene): name, varieties, forms.
  for (const row of readGaz<{ places: string[] }>(F.apertiumPlaces, dir).places) {
    const r = row.split('\t');
    out['gz-place-no'].push(r[0], ...(r[2] ? r[2].split('|') : []));
  }
  const names = readGaz<{ male: string[]; female: string[]; surnames: string[]; organisations: string[] }>(F.apertiumNames, dir);
  const given = readGaz<{ male: string[]; female: string[] }>(F.givenNames, dir);
  out['gz-given'].push(...names.male, ...names.female, ...given.male, ...given.female);
  out['gz-surname'].push(...names.surnames);
  out['gz-org'].push(...names.organisations);
  return out;
}

/**
 * Forms per common-word evidence: whether the gazetteer's isCommonWord says so (stop words,
 * closed-class words, frequent open-class words), and wordfreq's Zipf band of the form.
 */
export function commonWordLists(dir = GAZETTEER_DIR): { common: string[]; bands: string[][] } {
  const g = loadGazetteer(dir);
  const F = GAZETTEER_FILES;
  const freq = readGaz<{ words: Record<string, number> }>(F.wordFrequencies, dir).words;
  const lex = readGaz<{ closed: string[]; open: string[] }>(F.apertiumLexicon, dir);
  const stop = readGaz<{ words: string[] }>(F.stopWords, dir).words;
  const forms = new Set([...Object.keys(freq), ...lex.closed, ...lex.open, ...stop]);
  const common = [...forms].filter((w) => g.isCommonWord(w));
  const bands = ZIPF_BANDS.map(() => [] as string[]);
  for (const [w, z] of Object.entries(freq)) {
    let b = -1;
    for (let k = 0; k < ZIPF_BANDS.length; k++) if (z >= ZIPF_BANDS[k]) b = k;
    if (b >= 0) bands[b].push(w);
  }
  return { common, bands };
}

export interface LexiconReport {
  lexicon: Lexicon;
  notes: string[];
}

export function buildLexicon(dictFiles = DICT_FILES, withReference = true): LexiconReport {
  const notes: string[] = [];
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const f of dictFiles) {
    if (!existsSync(f)) {
      notes.push(`word list ${f} missing (apt-get install wnorwegian): trained without it`);
      continue;
    }
    for (const w of readDict(f)) {
      if (w[0] !== w[0].toLowerCase()) proper.add(w.toLowerCase());
      else common.add(w);
    }
    notes.push(`word list ${f}`);
  }
  const gazetteers = [makeGazetteer('country', countryNames()), makeGazetteer('city', cityNames())];
  const lexicon: Lexicon = { common: HashList.from(common), proper: HashList.from(proper), gazetteers };
  if (withReference) {
    const ref = referenceNames();
    for (const name of REFERENCE_GAZETTEERS) gazetteers.push(makeGazetteer(name, ref[name]));
    notes.push(`reference gazetteers: ${REFERENCE_GAZETTEERS.map((n) => `${n} ${ref[n].length}`).join(', ')}`);
    const cw = commonWordLists();
    lexicon.commonWords = HashList.from(cw.common);
    lexicon.zipfBands = cw.bands.map((b) => HashList.from(b));
    notes.push(`common words ${cw.common.length}; Zipf bands ${cw.bands.map((b) => b.length).join('/')}`);
  }
  notes.push(`${common.size} common forms, ${proper.size} name forms`);
  return { lexicon, notes };
}
