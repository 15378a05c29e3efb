// Token attributes for the NER features: each token's word, shape, affixes, word-list and gazetteer marks, genitive
// stem, head noun and word classes, hashed once per token (features.ts combines them over a window).
import { readFileSync } from 'node:fs';
import { hashStr, mix, IntMap } from './hash.ts';
import { type Lexicon, foldKey, matchGazetteers } from './lexicon.ts';

/** Word classes learnt from running text: lower-cased form hash -> row; ids[row * levels + g]. */
export interface Clusters {
  map: IntMap;
  ids: Int32Array;
  levels: number;
}

export function emptyClusters(): Clusters {
  return { map: new IntMap(16), ids: new Int32Array(0), levels: 0 };
}

const NONE = hashStr('<none>');

/** The shape of a word: X for upper, x for lower, d for digit, other characters kept; runs collapsed. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export const F_BITS = {
  initCap: 1,
  allCaps: 2,
  digit: 4,
  hyphen: 8,
  first: 16,
  common: 32,
  proper: 64,
  last: 128,
  commonWord: 256,
};

export interface TokenAttrs {
  W: Int32Array;
  L: Int32Array;
  shape: Int32Array;
  flags: Int32Array;
  pre: Int32Array[]; // prefixes of length 1..4
  suf: Int32Array[]; // suffixes of length 1..5
  gaz: Int32Array;
  stem: Int32Array; // the form without a genitive s, or NONE when there is none
  stemFlags: Int32Array;
  cl: Int32Array[]; // cluster id hash per level
  seed: Uint8Array[]; // marks (0 none, 1 first, 2 inside) of the reference gazetteers
  zipf: Int32Array; // wordfreq band of the lower-case form (0: below the lowest band or unknown)
  head: Int32Array; // head word the token ends with, or NONE
  runHead: Int32Array; // for a token in a run of capitalised tokens: head of the word after the run
  runLast: Int32Array; // and of the run's last token, when the run is longer than this token
}

/**
 * The gazetteers built from data packages (seeds/gazetteer/, see lexicon-build.ts) get features of
 * their own: evidence that a token or span is a known place of some kind, a given name, a surname
 * or an organisation, weighed by the model against everything else it sees.
 */
export const REFERENCE_GAZETTEERS = ['gz-country', 'gz-admin', 'gz-city-big', 'gz-city', 'gz-airport', 'gz-place-no', 'gz-given', 'gz-surname', 'gz-org'] as const;
export const REF_GAZETTEER_NAMES: readonly string[] = REFERENCE_GAZETTEERS;
/** Lower bounds of the Zipf frequency bands (wordfreq, Bokmål) a form falls in: rare words are more often names. */
export const ZIPF_BANDS = [3, 4, 5];

/** A name's genitive ("Kinas", "Chiles", "Mulligan's") hides the name itself from the lists. */
function genitiveStem(w: string, l: string): string | null {
  if (l.length < 4 || w[0] === l[0]) return null;
  if (l.endsWith("'s") || l.endsWith('’s')) return l.slice(0, -2);
  if (l.endsWith('s')) return l.slice(0, -1);
  if (l.endsWith("'")) return l.slice(0, -1);
  return null;
}

/**
 * Words that end the names of organisations and places ("Justisdepartementet", "Oslo kommune",
 * "Haukeland universitetssjukehus", "Nordre gate"), matched as the end of a lower-cased token. The
 * head of a name decides its type, so tokens before a head learn from it.
 */
const HEADS: string[] = JSON.parse(readFileSync(new URL('../../../seeds/lexicon.json', import.meta.url), 'utf8')).nameHeads;
/** Heads by their last two letters, longest first, so that a token is checked against a few. */
const HEAD_BY_END = new Map<string, [string, number][]>();
for (const h of new Set(HEADS)) {
  const end = h.slice(-2);
  if (!HEAD_BY_END.has(end)) HEAD_BY_END.set(end, []);
  HEAD_BY_END.get(end)!.push([h, hashStr(`head:${h}`)]);
}
for (const list of HEAD_BY_END.values()) list.sort((a, b) => b[0].length - a[0].length);
/** Tokens that close a company or club name ("Equinor ASA", "Brann SK"), matched as written. */
const NAME_TAGS = new Map(
  ['AS', 'ASA', 'AB', 'Ltd', 'Ltd.', 'Inc', 'Inc.', 'GmbH', 'SA', 'BA', 'FK', 'IL', 'IF', 'BK', 'SK', 'FC', 'AFC', 'IK', 'HK', 'TIL'].map(
    (t) => [t, hashStr(`tag:${t}`)],
  ),
);

/** The longest head the token ends with, as a hash, or NONE. */
function headOf(w: string, l: string): number {
  const t = NAME_TAGS.get(w);
  if (t !== undefined) return t;
  if (l.length < 2) return NONE;
  const list = HEAD_BY_END.get(l.slice(-2));
  if (!list) return NONE;
  for (const [head, h] of list) if (l.endsWith(head)) return head.length === l.length ? h : mix(h, 1);
  return NONE;
}

/** Shape, position and word-list bits of one token. */
function flagsOf(w: string, l: string, lh: number, i: number, n: number, lex: Lexicon): number {
  let f = 0;
  if (w[0] !== l[0]) f |= F_BITS.initCap;
  if (w.length > 1 && w === w.toUpperCase() && w !== l) f |= F_BITS.allCaps;
  if (/\d/.test(w)) f |= F_BITS.digit;
  if (w.length > 1 && w.includes('-')) f |= F_BITS.hyphen;
  if (i === 0) f |= F_BITS.first;
  if (i === n - 1) f |= F_BITS.last;
  if (lex.common.has(lh)) f |= F_BITS.common;
  if (lex.proper.has(lh)) f |= F_BITS.proper;
  if (lex.commonWords?.has(lh)) f |= F_BITS.commonWord;
  return f;
}

/** 1 + the Zipf band the lower-case form falls in, 0 when it is rarer than every band or unknown. */
function zipfBand(lh: number, lex: Lexicon): number {
  const bands = lex.zipfBands ?? [];
  for (let k = bands.length - 1; k >= 0; k--) if (bands[k].has(lh)) return k + 1;
  return 0;
}

export const N_PRE = 4;
export const N_SUF = 5;

/**
 * Marks of each reference gazetteer (seedGaz order; all zero for one the lexicon lacks). A genitive still names
 * the entity: where a token has a stem, a mark on the stem counts when the token itself has none.
 */
function seedMarks(keys: string[], stemKeys: string[], hasStem: boolean, lex: Lexicon, n: number): Uint8Array[] {
  const seedGaz = REF_GAZETTEER_NAMES.map((name) => lex.gazetteers.find((g) => g.name === name));
  const present = seedGaz.filter((g) => g !== undefined);
  const plain = matchGazetteers(keys, present);
  const stemmed = hasStem ? matchGazetteers(stemKeys, present) : plain;
  let gi = 0;
  return seedGaz.map((g) => {
    if (!g) return new Uint8Array(n);
    const m = plain[gi];
    const st = stemmed[gi++];
    for (let i = 0; i < n; i++) if (!m[i]) m[i] = st[i];
    return m;
  });
}

/** Each token's head, and for a run of capitalised tokens the head after the run and the head of its last token. */
function headsAndRuns(tokens: string[], lower: string[], a: TokenAttrs): void {
  const n = tokens.length;
  a.head = new Int32Array(n);
  a.runHead = new Int32Array(n).fill(NONE);
  a.runLast = new Int32Array(n).fill(NONE);
  for (let i = 0; i < n; i++) a.head[i] = headOf(tokens[i], lower[i]);
  for (let i = 0; i < n; ) {
    if (tokens[i][0] === lower[i][0]) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && tokens[j][0] !== lower[j][0]) j++;
    const after = j < n ? a.head[j] : NONE;
    const last = a.head[j - 1];
    for (let k = i; k < j; k++) {
      a.runHead[k] = after;
      if (k < j - 1) a.runLast[k] = last;
    }
    i = j;
  }
}

/** Prefix and suffix hashes of token i, incrementally: FNV forwards for prefixes, backwards for suffixes. */
function affixes(l: string, i: number, a: TokenAttrs): void {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < N_PRE; k++) {
    if (k < l.length) h = Math.imul(h ^ l.charCodeAt(k), 0x01000193);
    a.pre[k][i] = mix(h, k);
  }
  h = 0x050c5d1f | 0;
  for (let k = 0; k < N_SUF; k++) {
    if (k < l.length) h = Math.imul(h ^ l.charCodeAt(l.length - 1 - k), 0x01000193);
    a.suf[k][i] = mix(h, k + 16);
  }
}

/** Token i's genitive stem and its gazetteer and word-list bits (NONE and -1 when it has no stem). */
function stemAttrs(stem: string | null, smarks: Uint8Array[], i: number, lex: Lexicon, a: TokenAttrs): void {
  if (stem === null) {
    a.stem[i] = NONE;
    a.stemFlags[i] = -1;
    return;
  }
  const sh = hashStr(stem);
  a.stem[i] = sh;
  let sf = 0;
  for (let k = 0; k < smarks.length; k++) sf |= smarks[k][i] << (2 * k);
  sf <<= 2;
  if (lex.common.has(sh)) sf |= 1;
  if (lex.proper.has(sh)) sf |= 2;
  a.stemFlags[i] = sf;
}

function emptyAttrs(n: number, clusterLevels: number): TokenAttrs {
  return {
    W: new Int32Array(n),
    L: new Int32Array(n),
    shape: new Int32Array(n),
    flags: new Int32Array(n),
    pre: Array.from({ length: N_PRE }, () => new Int32Array(n)),
    suf: Array.from({ length: N_SUF }, () => new Int32Array(n)),
    gaz: new Int32Array(n),
    stem: new Int32Array(n),
    stemFlags: new Int32Array(n),
    cl: Array.from({ length: clusterLevels }, () => new Int32Array(n)),
    seed: [],
    zipf: new Int32Array(n),
    head: new Int32Array(0),
    runHead: new Int32Array(0),
    runLast: new Int32Array(0),
  };
}

export function attributes(tokens: string[], lex: Lexicon, clusters: Clusters): TokenAttrs {
  const n = tokens.length;
  const lower = tokens.map((t) => t.toLowerCase());
  const a = emptyAttrs(n, clusters.levels);
  const stems = tokens.map((w, i) => genitiveStem(w, lower[i]));
  // Gazetteer phrases are kept as look-up keys (diacritics folded), so tokens are matched as keys too.
  const keys = lower.map(foldKey);
  const hasStem = stems.some((x) => x !== null);
  const stemKeys = hasStem ? keys.map((k, i) => (stems[i] === null ? k : foldKey(stems[i]!))) : keys;
  const baseGaz = lex.gazetteers.filter((g) => !REF_GAZETTEER_NAMES.includes(g.name));
  const gmarks = matchGazetteers(keys, baseGaz);
  const smarks = hasStem ? matchGazetteers(stemKeys, baseGaz) : gmarks;
  a.seed = seedMarks(keys, stemKeys, hasStem, lex, n);
  headsAndRuns(tokens, lower, a);
  for (let i = 0; i < n; i++) {
    const w = tokens[i];
    const l = lower[i];
    const lh = hashStr(l);
    a.W[i] = hashStr(w);
    a.L[i] = lh;
    a.shape[i] = hashStr(wordShape(w));
    affixes(l, i, a);
    a.flags[i] = flagsOf(w, l, lh, i, n, lex);
    a.zipf[i] = zipfBand(lh, lex);
    let g = 0;
    for (let k = 0; k < gmarks.length; k++) g |= gmarks[k][i] << (2 * k);
    a.gaz[i] = g;
    stemAttrs(stems[i], smarks, i, lex, a);
    const row = clusters.levels ? clusters.map.get(lh) : -1;
    for (let k = 0; k < clusters.levels; k++) {
      a.cl[k][i] = row < 0 ? NONE : mix(clusters.ids[row * clusters.levels + k], k);
    }
  }
  return a;
}

