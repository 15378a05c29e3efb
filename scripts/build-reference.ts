// Builds the generated reference files in seeds/ from the hand-kept ones and from packaged data:
//   seeds/countries.json     every ISO 3166-1 country: names (nb, nn, en), aliases, adjectives, demonyms
//   seeds/given-names.json   given names seen as the first word of a multi-word person name in NorNE
//   seeds/common-words.json  words NorNE writes in lower case (tells a sentence-initial word from a name)
// Run: npx tsx scripts/build-reference.ts [path/to/norne]
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const countriesLib = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string, opts?: { select: 'all' }): string[] | undefined;
};
for (const l of ['nb', 'nn', 'en']) countriesLib.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = join(root, 'seeds');
const readJson = <T>(f: string): T => JSON.parse(readFileSync(join(seeds, f), 'utf8')) as T;

interface AdjEntry { adj: string[]; dem: string[]; irregular?: string[] }
interface AliasFile {
  names: Record<string, { name: string; nameNn: string }>;
  aliases: Record<string, string[]>;
  historic: { code: string; name: string; nameNn: string; aliases: string[] }[];
  exclude: string[];
}

/** Adjective inflections: base (indefinite singular) and the -e form (definite/plural), e.g. russisk → russiske. */
export function adjectiveForms(base: string): string[] {
  const out = [base];
  if (!base.endsWith('e')) out.push(base + 'e');
  return out;
}

/** Demonym inflections in Bokmål and Nynorsk: russer → russere, russeren, russerne, russar, russarar, russarane. */
export function demonymForms(base: string): string[] {
  const out = new Set<string>([base]);
  if (base.endsWith('mann')) {
    const stem = base.slice(0, -4);
    for (const s of ['mann', 'mannen', 'menn', 'mennene', 'menna']) out.add(stem + s);
  } else if (base.endsWith('er')) {
    const stem = base.slice(0, -2);
    for (const s of ['er', 'ere', 'eren', 'erne', 'ar', 'arar', 'aren', 'arane']) out.add(stem + s);
  } else if (base.endsWith('ar')) {
    const stem = base.slice(0, -2);
    for (const s of ['ar', 'arar', 'aren', 'arane', 'er', 'ere', 'erne']) out.add(stem + s);
  } else if (base.endsWith('e')) {
    const stem = base.slice(0, -1);
    for (const s of ['e', 'er', 'en', 'ene', 'ar', 'ane']) out.add(stem + s);
  } else {
    for (const s of ['', 'er', 'en', 'ene', 'ar', 'ane']) out.add(base + s);
  }
  return [...out];
}

const uniq = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x && x.trim() !== ''))];

function splitName(n: string): string[] {
  // "Myanmar (Burma)" → both; "USA, mindre, utenforliggende øyer" is a description, not a name a text uses
  if (n.includes(',')) return [];
  const m = /^(.*?)\s*\((.*)\)$/.exec(n);
  return m ? [m[1], m[2]] : [n];
}

function buildCountries() {
  const adjs = readJson<Record<string, AdjEntry | string>>('country-adjectives.json');
  const extra = readJson<AliasFile>('country-aliases.json');
  const exclude = new Set(extra.exclude);
  const dnNb = new Intl.DisplayNames(['nb'], { type: 'region' });
  const dnNn = new Intl.DisplayNames(['nn'], { type: 'region' });
  const out: { code: string; name: string; nameNn: string; aliases: string[]; adjectives: string[]; demonyms: string[] }[] = [];
  const codes = Object.keys(countriesLib.getAlpha2Codes()).sort();
  const entries: { code: string; nb: string[]; nn: string[]; en: string[]; intl: string[] }[] = codes.map((code) => ({
    code,
    nb: (countriesLib.getName(code, 'nb', { select: 'all' }) ?? []).flatMap(splitName),
    nn: (countriesLib.getName(code, 'nn', { select: 'all' }) ?? []).flatMap(splitName),
    en: (countriesLib.getName(code, 'en', { select: 'all' }) ?? []).flatMap(splitName),
    intl: [dnNb.of(code), dnNn.of(code)].filter((x): x is string => !!x && !/\bSAR\b/.test(x)).flatMap(splitName),
  }));
  for (const h of extra.historic) entries.push({ code: h.code, nb: [h.name], nn: [h.nameNn], en: [], intl: [] });
  for (const e of entries) {
    const fixed = extra.names[e.code];
    const hist = extra.historic.find((h) => h.code === e.code);
    const name = fixed?.name ?? e.nb[0] ?? e.en[0];
    const nameNn = fixed?.nameNn ?? e.nn[0] ?? name;
    const aliases = uniq([...e.nb, ...e.nn, ...e.intl, ...(extra.aliases[e.code] ?? []), ...(hist?.aliases ?? []), ...e.en])
      .filter((a) => a !== name && !exclude.has(a));
    const a = adjs[e.code];
    const adjEntry = typeof a === 'object' ? a : undefined;
    const adjectives = uniq((adjEntry?.adj ?? []).flatMap(adjectiveForms));
    const demonyms = uniq([...(adjEntry?.dem ?? []).flatMap(demonymForms), ...(adjEntry?.irregular ?? [])]);
    out.push({ code: e.code, name, nameNn, aliases, adjectives, demonyms });
  }
  return out;
}

function buildFromNorne(dir: string) {
  const first = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const f of ['nob-train.tsv', 'nno-train.tsv']) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    let ent: string[] = [];
    const flush = () => {
      if (ent.length >= 2 && /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(ent[0])) first.set(ent[0], (first.get(ent[0]) ?? 0) + 1);
      ent = [];
    };
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line) { flush(); continue; }
      const [tok, tag] = line.split('\t');
      if (/^\p{Ll}[\p{Ll}-]*$/u.test(tok)) lower.set(tok, (lower.get(tok) ?? 0) + 1);
      if (tag === 'B-PER') { flush(); ent = [tok]; } else if (tag === 'I-PER') ent.push(tok); else flush();
    }
    flush();
  }
  if (first.size === 0) return null;
  // a given name must not be a common lower-case word as well ("Per" is a name, "per" a preposition: kept, it is
  // only used when followed by another capitalised word)
  const givenNames = [...first.keys()].sort((a, b) => a.localeCompare(b, 'nb'));
  const commonWords = [...lower.entries()].filter(([, c]) => c >= 2).map(([w]) => w).sort((a, b) => a.localeCompare(b, 'nb'));
  return { givenNames, commonWords };
}

function main() {
  const countries = buildCountries();
  writeFileSync(join(seeds, 'countries.json'), JSON.stringify({ countries }, null, 1) + '\n');
  console.log(`countries.json: ${countries.length} countries, ${countries.filter((c) => c.adjectives.length).length} with adjectives`);
  const norne = resolve(process.argv[2] ?? join(root, '..', 'shared', 'norne'));
  const lex = existsSync(norne) ? buildFromNorne(norne) : null;
  if (lex) {
    writeFileSync(join(seeds, 'given-names.json'), JSON.stringify({ source: 'NorNE training split (CC0 annotations): first words of multi-word PER names', names: lex.givenNames }) + '\n');
    writeFileSync(join(seeds, 'common-words.json'), JSON.stringify({ source: 'NorNE training split: words written in lower case at least twice', words: lex.commonWords }) + '\n');
    console.log(`given-names.json: ${lex.givenNames.length}, common-words.json: ${lex.commonWords.length}`);
  } else {
    console.log(`NorNE not found at ${norne}: given-names.json and common-words.json left as they are`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
