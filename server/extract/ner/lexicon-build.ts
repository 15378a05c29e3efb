// Builds the lexicon at training time from sources outside the training data: the Debian word
// lists for Bokmål and Nynorsk (package wnorwegian, when installed), country names in Norwegian
// and English (i18n-iso-countries, Intl.DisplayNames) and city names from the time-zone database.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { HashList, type Lexicon, makeGazetteer } from './lexicon.ts';

const NAME_LISTS: { countryShortForms: string[]; towns: string[] } = JSON.parse(
  readFileSync(new URL('../../../seeds/ner-names.json', import.meta.url), 'utf8'),
);

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
  // Short forms that news text uses and neither source lists.
  for (const n of NAME_LISTS.countryShortForms) out.add(n);
  return [...out];
}

/** City names from the IANA time-zone ids that Node knows ("Europe/Oslo" -> "Oslo"). */
export function cityNames(): string[] {
  const out = new Set<string>();
  for (const tz of Intl.supportedValuesOf('timeZone')) {
    const city = tz.split('/').pop()!.replace(/_/g, ' ');
    if (/^[A-Z]/.test(city) && !/^(GMT|UTC|Etc)/.test(city)) out.add(city);
  }
  // Norwegian spellings and Norwegian towns the time-zone database does not name.
  for (const n of NAME_LISTS.towns) out.add(n);
  return [...out];
}

/** Norwegian counties and regions, as a separate gazetteer from towns. */
export function regionNames(): string[] {
  return [
    'Østlandet', 'Vestlandet', 'Sørlandet', 'Nord-Norge', 'Trøndelag', 'Finnmark', 'Troms', 'Nordland',
    'Møre og Romsdal', 'Vestland', 'Rogaland', 'Agder', 'Telemark', 'Vestfold', 'Viken', 'Innlandet',
    'Hedmark', 'Oppland', 'Buskerud', 'Akershus', 'Østfold', 'Hordaland', 'Sogn og Fjordane',
    'Aust-Agder', 'Vest-Agder', 'Sør-Trøndelag', 'Nord-Trøndelag', 'Svalbard', 'Lofoten', 'Vesterålen',
    'Hallingdal', 'Gudbrandsdalen', 'Valdres', 'Romerike', 'Jæren', 'Hardanger', 'Sunnmøre', 'Nordmøre',
    'Europa', 'Afrika', 'Asia', 'Amerika', 'Nord-Amerika', 'Sør-Amerika', 'Midtøsten', 'Skandinavia',
    'Norden', 'Balkan', 'Sibir', 'Arktis', 'Antarktis', 'Nordsjøen', 'Middelhavet', 'Østersjøen',
  ];
}

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

function readSeed<T>(name: string): T | undefined {
  const path = SEEDS + name;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/**
 * Names from the repository's own reference lists (seeds/): organisations, places split into
 * towns and counties (mostly GPE in NorNE) and regions and other places (mostly LOC), and the
 * country adjectives and demonyms. Lists that are missing come back empty.
 */
export function seedNames(): { org: string[]; gpe: string[]; loc: string[]; adj: string[] } {
  const org: string[] = [];
  const gpe: string[] = [];
  const loc: string[] = [];
  const adj: string[] = [];
  const orgs = readSeed<{ organisations: { name: string; aliases?: string[] }[] }>('organisations.json');
  for (const o of orgs?.organisations ?? []) {
    // Single letters are party codes, only meaningful in a parenthesis.
    for (const n of [o.name, ...(o.aliases ?? [])]) if (n.length > 1) org.push(n);
  }
  const locs = readSeed<{ locations: { name: string; aliases?: string[]; kind: string }[] }>('locations.json');
  for (const l of locs?.locations ?? []) {
    const to = l.kind === 'city' || l.kind === 'county' ? gpe : loc;
    to.push(l.name, ...(l.aliases ?? []));
  }
  const countries = readSeed<{ countries: { name: string; nameNn?: string; aliases?: string[]; adjectives?: string[]; demonyms?: string[] }[] }>('countries.json');
  for (const c of countries?.countries ?? []) {
    gpe.push(c.name, ...(c.nameNn ? [c.nameNn] : []), ...(c.aliases ?? []));
    adj.push(...(c.adjectives ?? []), ...(c.demonyms ?? []));
  }
  return { org, gpe, loc, adj };
}

export interface LexiconReport {
  lexicon: Lexicon;
  notes: string[];
}

export function buildLexicon(dictFiles = DICT_FILES, withSeeds = true): LexiconReport {
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
  const gazetteers = [
    makeGazetteer('country', countryNames()),
    makeGazetteer('city', cityNames()),
    makeGazetteer('region', regionNames()),
  ];
  const seeds = withSeeds ? seedNames() : { org: [], gpe: [], loc: [], adj: [] };
  if (withSeeds) gazetteers.push(
    makeGazetteer('seed-org', seeds.org),
    makeGazetteer('seed-gpe', seeds.gpe),
    makeGazetteer('seed-loc', seeds.loc),
    makeGazetteer('seed-adj', seeds.adj),
  );
  notes.push(`seeds: ${seeds.org.length} organisation, ${seeds.gpe.length} town/country, ${seeds.loc.length} region, ${seeds.adj.length} adjective names`);
  notes.push(`${common.size} common forms, ${proper.size} name forms`);
  return {
    lexicon: { common: HashList.from(common), proper: HashList.from(proper), gazetteers },
    notes,
  };
}
