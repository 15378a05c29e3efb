// Word and name lists the features consult, held as sorted 32-bit hashes of lower-cased forms so
// that the model file carries them without carrying the words themselves.
import { hashStr } from './hash.ts';

/** A set of int32 hashes kept as a sorted array; membership by binary search. */
export class HashList {
  constructor(readonly items: Int32Array) {}

  static from(values: Iterable<string>): HashList {
    const seen = new Set<number>();
    for (const v of values) seen.add(hashStr(v));
    return new HashList(Int32Array.from(seen).sort());
  }

  has(h: number): boolean {
    const a = this.items;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = a[mid];
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** A gazetteer of multi-token names: phrases are lower-cased tokens joined by single spaces. */
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
}

export function emptyLexicon(): Lexicon {
  return { common: new HashList(new Int32Array(0)), proper: new HashList(new Int32Array(0)), gazetteers: [] };
}

export function makeGazetteer(name: string, phrases: Iterable<string>): Gazetteer {
  const norm: string[] = [];
  let maxTokens = 1;
  for (const p of phrases) {
    const toks = p.toLowerCase().split(/\s+/).filter(Boolean);
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
  const n = lower.length;
  return gazetteers.map((g) => {
    const marks = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let phrase = '';
      let best = 0;
      for (let k = 0; k < g.maxTokens && i + k < n; k++) {
        phrase = k === 0 ? lower[i] : `${phrase} ${lower[i + k]}`;
        if (g.phrases.has(hashStr(phrase))) best = k + 1;
      }
      if (best) {
        if (marks[i] === 0) marks[i] = 1;
        for (let k = 1; k < best; k++) marks[i + k] = 2;
      }
    }
    return marks;
  });
}
