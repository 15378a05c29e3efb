// Feature extraction: every token gets the same number of features (FEATURES_PER_TOKEN), each a
// 32-bit hash of a template id and a value. Token attributes are hashed once per token and the
// window features combine those hashes, so no strings are built per feature.
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

/** Bumped whenever the features change: a model is only valid with the features it was trained on. */
export const FEATURE_VERSION = 4;

const T = (name: string) => hashStr(`tpl:${name}`);
const PAD = [hashStr('<s-2>'), hashStr('<s-1>'), hashStr('</s+1>'), hashStr('</s+2>')];
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

const F_BITS = {
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

interface TokenAttrs {
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
const REF_GAZETTEER_NAMES: readonly string[] = REFERENCE_GAZETTEERS;
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

const N_PRE = 4;
const N_SUF = 5;

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

function attributes(tokens: string[], lex: Lexicon, clusters: Clusters): TokenAttrs {
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

const TPL = {
  bias: T('bias'),
  W: T('W'),
  L: T('L'),
  Lm1: T('L-1'),
  Lp1: T('L+1'),
  Lm2: T('L-2'),
  Lp2: T('L+2'),
  Lm1L: T('L-1|L'),
  LLp1: T('L|L+1'),
  pre: Array.from({ length: N_PRE }, (_, k) => T(`pre${k}`)),
  suf: Array.from({ length: N_SUF }, (_, k) => T(`suf${k}`)),
  sh: T('sh'),
  shm1: T('sh-1'),
  shp1: T('sh+1'),
  sh3: T('sh-1|sh|sh+1'),
  fl: T('fl'),
  flm1: T('fl-1'),
  flp1: T('fl+1'),
  flsh: T('fl|sh'),
  gz: T('gz'),
  gzm1: T('gz-1'),
  gzp1: T('gz+1'),
  Lm1sh: T('L-1|sh'),
  shLp1: T('sh|L+1'),
  sufm1: T('suf3-1'),
  sufp1: T('suf3+1'),
  stem: T('stem'),
  stemFl: T('stemfl'),
  Wm1: T('W-1'),
  Wp1: T('W+1'),
  seed: REF_GAZETTEER_NAMES.map((g) => T(`seed:${g}`)),
  seedAll: T('seed:all'),
  seedFl: T('seed:all|cap|first|common'),
  zipf: T('zipf|cap|first'),
  head: T('head'),
  headm1: T('head-1'),
  headp1: T('head+1'),
  headp2: T('head+2'),
  runHead: T('runhead'),
  runLast: T('runlast'),
  cl: Array.from({ length: 8 }, (_, k) => T(`cl${k}`)),
  clm1: Array.from({ length: 8 }, (_, k) => T(`cl${k}-1`)),
  clp1: Array.from({ length: 8 }, (_, k) => T(`cl${k}+1`)),
};

const EXTRA = REF_GAZETTEER_NAMES.length + 3 + 6;

export function featuresPerToken(clusterLevels: number): number {
  return 37 + EXTRA + 3 * clusterLevels;
}

/** Features of every token, flat: feats[i * F + k] with F = featuresPerToken(clusters.levels). */
export function extractFeatures(tokens: string[], lex: Lexicon, clusters: Clusters): Int32Array {
  const n = tokens.length;
  const F = featuresPerToken(clusters.levels);
  const out = new Int32Array(n * F);
  if (n === 0) return out;
  const a = attributes(tokens, lex, clusters);
  const at = (arr: Int32Array, i: number) =>
    i < 0 ? PAD[i < -1 ? 0 : 1] : i >= n ? PAD[i > n ? 3 : 2] : arr[i];
  for (let i = 0; i < n; i++) {
    let o = i * F;
    const L = a.L[i];
    const sh = a.shape[i];
    out[o++] = TPL.bias;
    out[o++] = mix(TPL.W, a.W[i]);
    out[o++] = mix(TPL.L, L);
    out[o++] = mix(TPL.Lm1, at(a.L, i - 1));
    out[o++] = mix(TPL.Lp1, at(a.L, i + 1));
    out[o++] = mix(TPL.Lm2, at(a.L, i - 2));
    out[o++] = mix(TPL.Lp2, at(a.L, i + 2));
    out[o++] = mix(TPL.Lm1L, mix(at(a.L, i - 1), L));
    out[o++] = mix(TPL.LLp1, mix(L, at(a.L, i + 1)));
    for (let k = 0; k < N_PRE; k++) out[o++] = mix(TPL.pre[k], a.pre[k][i]);
    for (let k = 0; k < N_SUF; k++) out[o++] = mix(TPL.suf[k], a.suf[k][i]);
    out[o++] = mix(TPL.sh, sh);
    out[o++] = mix(TPL.shm1, at(a.shape, i - 1));
    out[o++] = mix(TPL.shp1, at(a.shape, i + 1));
    out[o++] = mix(TPL.sh3, mix(mix(at(a.shape, i - 1), sh), at(a.shape, i + 1)));
    out[o++] = mix(TPL.fl, a.flags[i]);
    out[o++] = mix(TPL.flm1, i > 0 ? a.flags[i - 1] : -1);
    out[o++] = mix(TPL.flp1, i < n - 1 ? a.flags[i + 1] : -1);
    out[o++] = mix(TPL.flsh, mix(a.flags[i], sh));
    out[o++] = mix(TPL.gz, a.gaz[i]);
    out[o++] = mix(TPL.gzm1, i > 0 ? a.gaz[i - 1] : -1);
    out[o++] = mix(TPL.gzp1, i < n - 1 ? a.gaz[i + 1] : -1);
    out[o++] = mix(TPL.Lm1sh, mix(at(a.L, i - 1), sh));
    out[o++] = mix(TPL.shLp1, mix(sh, at(a.L, i + 1)));
    out[o++] = mix(TPL.sufm1, i > 0 ? a.suf[2][i - 1] : -1);
    out[o++] = mix(TPL.sufp1, i < n - 1 ? a.suf[2][i + 1] : -1);
    out[o++] = mix(TPL.stem, a.stem[i]);
    out[o++] = mix(TPL.stemFl, a.stemFlags[i]);
    out[o++] = mix(TPL.Wm1, at(a.W, i - 1));
    out[o++] = mix(TPL.Wp1, at(a.W, i + 1));
    let all = 0;
    for (let g = 0; g < a.seed.length; g++) {
      const m = a.seed[g];
      const ctx = (i > 0 ? m[i - 1] : 3) * 16 + m[i] * 4 + (i < n - 1 ? m[i + 1] : 3);
      out[o++] = mix(TPL.seed[g], ctx);
      all |= m[i] << (2 * g);
    }
    out[o++] = mix(TPL.seedAll, all);
    const f = a.flags[i];
    const capFirst = (f & F_BITS.initCap ? 1 : 0) | (f & F_BITS.first ? 2 : 0);
    out[o++] = mix(TPL.seedFl, all * 8 + capFirst + (f & F_BITS.commonWord ? 4 : 0));
    out[o++] = mix(TPL.zipf, a.zipf[i] * 4 + capFirst);
    out[o++] = mix(TPL.head, a.head[i]);
    out[o++] = mix(TPL.headm1, i > 0 ? a.head[i - 1] : -1);
    out[o++] = mix(TPL.headp1, i < n - 1 ? a.head[i + 1] : -1);
    out[o++] = mix(TPL.headp2, i < n - 2 ? a.head[i + 2] : -1);
    out[o++] = mix(TPL.runHead, a.runHead[i]);
    out[o++] = mix(TPL.runLast, a.runLast[i]);
    for (let k = 0; k < clusters.levels; k++) {
      out[o++] = mix(TPL.cl[k], a.cl[k][i]);
      out[o++] = mix(TPL.clm1[k], i > 0 ? a.cl[k][i - 1] : -1);
      out[o++] = mix(TPL.clp1[k], i < n - 1 ? a.cl[k][i + 1] : -1);
    }
  }
  return out;
}
