// Word and name lists the features consult, held as sorted 32-bit hashes of lower-cased forms so
// that the model file carries them without carrying the words themselves.
import { finalize, fnv, hashStr } from './hash.ts';
import { gazetteerKey } from '../../text/fold.ts';

const keyCache = new Map<string, string>();
/** The gazetteer look-up key of a lower-cased token (diacritics folded: tromsø -> tromso), cached. */
export function foldKey(lower: string): string {
  let k = keyCache.get(lower);
  if (k === undefined) {
    k = gazetteerKey(lower);
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(lower, k);
  }
  return k;
}

/**
 * A set of int32 hashes, kept (and stored in the model file) as a sorted array. Membership goes through an
 * open-addressing table built on first use: the tagger asks several lists about every token, and a binary search
 * over 100,000s of hashes per question was a tenth of extraction's time.
 */
export class HashList {
  private table: Int32Array | null = null;
  private used: Uint8Array | null = null;
  private mask = 0;

  constructor(readonly items: Int32Array) {}

  static from(values: Iterable<string>): HashList {
    const seen = new Set<number>();
    for (const v of values) seen.add(hashStr(v));
    return new HashList(Int32Array.from(seen).sort());
  }

  has(h: number): boolean {
    if (!this.table) this.build();
    const table = this.table!;
    const used = this.used!;
    for (let i = slot(h, this.mask); used[i]; i = (i + 1) & this.mask) if (table[i] === h) return true;
    return false;
  }

  private build(): void {
    let size = 8;
    while (size < this.items.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size);
    this.used = new Uint8Array(size);
    for (const h of this.items) {
      let i = slot(h, this.mask);
      while (this.used[i]) i = (i + 1) & this.mask;
      this.table[i] = h;
      this.used[i] = 1;
    }
  }
}

/** Where a hash starts probing: its bits mixed (the hashes of similar words share low bits), then masked. */
const slot = (h: number, mask: number) => (Math.imul(h, 0x9e3779b1) >>> 7) & mask;

/** A gazetteer of multi-token names: phrases are look-up keys (foldKey) of tokens joined by single spaces. */
export interface Gazetteer {
  name: string;
  phrases: HashList;
  maxTokens: number;
}

export interface Lexicon {
  /** Forms that a dictionary spells in lower case: ordinary words. */
  common: HashList;
  /** Forms that a dictionary spells with a capital: names. */
  proper: HashList;
  gazetteers: Gazetteer[];
  /** Forms the reference gazetteers call common Norwegian words (stop, closed-class, frequent words). */
  commonWords?: HashList;
  /** Forms per Zipf frequency band (ZIPF_BANDS in features.ts), lowest band first. */
  zipfBands?: HashList[];
}

export function emptyLexicon(): Lexicon {
  return { common: new HashList(new Int32Array(0)), proper: new HashList(new Int32Array(0)), gazetteers: [] };
}

export function makeGazetteer(name: string, phrases: Iterable<string>): Gazetteer {
  const norm: string[] = [];
  let maxTokens = 1;
  for (const p of phrases) {
    const toks = gazetteerKey(p).split(/\s+/).filter(Boolean);
    if (!toks.length) continue;
    maxTokens = Math.max(maxTokens, toks.length);
    norm.push(toks.join(' '));
  }
  return { name, phrases: HashList.from(norm), maxTokens: Math.min(maxTokens, 6) };
}

/**
 * Marks, for every gazetteer, the tokens inside the longest phrase that starts at each position:
 * 1 for the first token of a match, 2 for the rest. Returns one Uint8Array per gazetteer.
 */
export function matchGazetteers(lower: string[], gazetteers: Gazetteer[]): Uint8Array[] {
  // `lower` holds the tokens' look-up keys (foldKey), as the phrases were stored.
  const n = lower.length;
  const out = gazetteers.map(() => new Uint8Array(n));
  if (!gazetteers.length) return out;
  let maxK = 1;
  for (const g of gazetteers) maxK = Math.max(maxK, g.maxTokens);
  // Phrase hashes are built incrementally, as hashStr of the space-joined tokens would give them,
  // once per start position for all gazetteers.
  const hs = new Int32Array(maxK);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5 | 0;
    let K = 0;
    for (let k = 0; k < maxK && i + k < n; k++) {
      if (k > 0) h = Math.imul(h ^ 32, 0x01000193);
      h = fnv(lower[i + k], h);
      hs[k] = finalize(h);
      K = k + 1;
    }
    for (let gi = 0; gi < gazetteers.length; gi++) {
      const g = gazetteers[gi];
      const marks = out[gi];
      let best = 0;
      for (let k = 0, end = Math.min(K, g.maxTokens); k < end; k++) if (g.phrases.has(hs[k])) best = k + 1;
      if (best) {
        if (marks[i] === 0) marks[i] = 1;
        for (let k = 1; k < best; k++) marks[i + k] = 2;
      }
    }
  }
  return out;
}
