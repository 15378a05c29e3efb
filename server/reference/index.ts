// Reference data: countries and organisations a Norwegian news text names, and the word lists the extract stage
// reads. Everything comes from seeds/*.json; this module only loads and indexes it. Places come from the gazetteers
// built from data packages (gazetteer.ts), as evidence rather than as a list of names to match.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refKey } from '../text/fold.ts';

export interface Country {
  code: string; // ISO 3166-1 alpha-2 (or a reserved code for a former state: SU, YU, CS, DD)
  name: string; // Bokmål
  nameNn: string; // Nynorsk
  aliases: string[];
  adjectives: string[]; // all inflections: russisk, russiske
  demonyms: string[]; // all inflections: russer, russere, russerne
}

export interface Organisation {
  id: string;
  name: string;
  aliases: string[];
  category: string;
  members?: string[]; // ISO codes or organisation ids
  country?: string; // where it is based
}

export interface Lexicon {
  speechVerbs: string[];
  speechVerbsDirect: string[];
  indirectVerbs: string[];
  clauseVerbs: string[]; // report a clause without "at": "Han sier Nato vil ..."
  namingVerbs: string[]; // "kaller det en god dag"
  mediaReportVerbs: string[];
  pronounsPerson: string[];
  genericSpeakers: string[];
  titles: string[];
  titleSuffixes: string[];
  titleNormalise: Record<string, string>;
  orgHeads: string[];
  orgFirstWords: string[];
  nameParticles: string[];
  troopNouns: string[];
  troopVerbs: string[];
  invasionNouns: string[];
  invasionVerbs: string[];
  membershipWords: string[];
  photoCredit: string[];
  reporterQuestionMarkers: string[];
  lowercaseOrgs: string[];
  departmentSuffixes: string[];
  placeNouns: string[];
  placeNameHeads: string[];
  placeNameHeadsWeak: string[];
  foreignPlaceWords: string[];
  foreignOrgWords: string[];
  eventNouns: string[];
  eventNameHeads: string[];
  foreignEventWords: string[];
  indefiniteArticles: string[];
  locPrepositions: string[];
  locPrepositionsStrong: string[];
  compassPoints: string[];
  placeOfNouns: string[];
  orgOfNouns: string[];
  // read by relations.ts and roles.ts
  stateTitles: string[];
  membershipNouns: string[];
  membershipOrgHeads: string[];
  joinPhrases: string[];
  leavePhrases: string[];
  troopTargetBlockers: string[];
  territoryNouns: string[];
  negations: string[];
  directionWords: string[];
  liesVerbs: string[];
  placeHeads: string[];
  capitalNouns: string[];
  withdrawVerbs: string[];
  armedForces: string[];
  hedges: string[];
  militaryActionNouns: string[];
  decisionVerbs: string[]; // "har bestemt at 3000 soldater skal sendes": the decider is the subject
  arrivalVerbs: string[]; // "styrker ankom Kasakhstan": the object is the destination
  entryPhrases: string[];
}

export type RefHit =
  | { kind: 'country'; country: Country; via: 'name' | 'adjective' | 'demonym' }
  | { kind: 'organisation'; organisation: Organisation };

export interface Reference {
  countries: Country[];
  organisations: Organisation[];
  lexicon: Lexicon;
  givenNames: Set<string>;
  commonWords: Set<string>;
  /** Longest name in tokens, so a spotter knows how far to look ahead. */
  maxNameWords: number;
  /** The most words of any name that starts with this word (0 when none does): keeps look-ahead short. */
  prefixWords(word: string): number;
  /** Every record a written name can denote (case-insensitive; a final genitive s tried as well). */
  lookup(name: string): RefHit[];
  /** A country or organisation by exact name or alias, written as in running text. */
  lookupExact(name: string): RefHit[];
  /** A country named through an adjective or demonym in any inflection: russiske → RU. */
  countryByAdjective(word: string): Country | undefined;
  countryByCode(code: string): Country | undefined;
  /** A party by the code written after a member's name: "H", "Ap", "Frp". */
  partyByCode(code: string): Organisation | undefined;
  organisationById(id: string): Organisation | undefined;
}

const here = dirname(fileURLToPath(import.meta.url));
export const SEEDS_DIR = resolve(here, '..', '..', 'seeds');

function readSeed<T>(file: string): T {
  return JSON.parse(readFileSync(join(SEEDS_DIR, file), 'utf8')) as T;
}

let cached: Reference | undefined;

export function loadReference(): Reference {
  if (cached) return cached;
  const countries = readSeed<{ countries: Country[] }>('countries.json').countries;
  const organisations = readSeed<{ organisations: Organisation[] }>('organisations.json').organisations;
  const lexicon = readSeed<Lexicon>('lexicon.json');
  const givenNames = new Set(readSeed<{ names: string[] }>('given-names.json').names);
  const commonWords = new Set(readSeed<{ words: string[] }>('common-words.json').words);

  const byKey = new Map<string, RefHit[]>();
  const exact = new Map<string, RefHit[]>();
  const adjectives = new Map<string, Country>();
  let maxNameWords = 1;
  const prefix = new Map<string, number>();
  const add = (name: string, hit: RefHit) => {
    // a single letter (a party code such as H) is read only in a parenthesis after a name, never alone
    if (name.length < 2) return;
    const k = refKey(name);
    const list = byKey.get(k) ?? [];
    if (!list.some((h) => sameRecord(h, hit))) list.push(hit);
    byKey.set(k, list);
    const e = name.normalize('NFC');
    const el = exact.get(e) ?? [];
    if (!el.some((h) => sameRecord(h, hit))) el.push(hit);
    exact.set(e, el);
    const ws = name.split(/\s+/);
    maxNameWords = Math.max(maxNameWords, ws.length);
    const first = refKey(ws[0]);
    prefix.set(first, Math.max(prefix.get(first) ?? 0, ws.length));
  };
  for (const c of countries) {
    for (const n of [c.name, c.nameNn, ...c.aliases]) add(n, { kind: 'country', country: c, via: 'name' });
    for (const a of c.adjectives) if (!adjectives.has(a)) adjectives.set(a, c);
    for (const d of c.demonyms) if (!adjectives.has(d)) adjectives.set(d, c);
  }
  for (const o of organisations) for (const n of [o.name, ...o.aliases]) add(n, { kind: 'organisation', organisation: o });

  const codes = new Map(countries.map((c) => [c.code, c]));
  const orgIds = new Map(organisations.map((o) => [o.id, o]));

  const lookupKey = (name: string): RefHit[] => {
    const k = refKey(name);
    const direct = byKey.get(k);
    if (direct) return direct;
    // genitive: Kasakhstans, Natos, NATOs, USAs, KrFs
    if (k.length > 2 && k.endsWith('s')) return byKey.get(k.slice(0, -1)) ?? [];
    return [];
  };

  cached = {
    countries,
    organisations,
    lexicon,
    givenNames,
    commonWords,
    maxNameWords,
    prefixWords(word) {
      const k = refKey(word);
      return Math.max(prefix.get(k) ?? 0, k.endsWith('s') && (prefix.get(k.slice(0, -1)) ?? 0) >= 1 ? 1 : 0);
    },
    lookup: lookupKey,
    lookupExact(name) {
      const e = name.normalize('NFC');
      const d = exact.get(e);
      if (d) return d;
      if (e.length > 2 && e.endsWith('s')) return exact.get(e.slice(0, -1)) ?? [];
      return [];
    },
    countryByAdjective(word) {
      return adjectives.get(word.normalize('NFC').toLowerCase());
    },
    countryByCode: (code) => codes.get(code.toUpperCase()),
    partyByCode: (code) => organisations.find((o) => o.category === 'party' && !o.members && (o.aliases.includes(code) || o.name === code)),
    organisationById: (id) => orgIds.get(id),
  };
  return cached;
}

function sameRecord(a: RefHit, b: RefHit): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'country' && b.kind === 'country') return a.country.code === b.country.code;
  if (a.kind === 'organisation' && b.kind === 'organisation') return a.organisation.id === b.organisation.id;
  return false;
}
