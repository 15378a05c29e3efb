// Averaged structured perceptron over first-order label sequences (Collins 2002), with the
// averaging done lazily: avg = w - acc / c, where acc sums each update times the step it was made.
import { IntMap } from '../../server/extract/ner/hash.ts';
import { emissions, viterbi } from '../../server/extract/ner/decode.ts';

export interface Example {
  feats: Int32Array; // n * F feature hashes
  gold: Int32Array; // label index per token
}

/** Deterministic PRNG (mulberry32) so that a seed fixes the training order. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(n: number, rand: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

export class Perceptron {
  readonly index: IntMap;
  readonly rows: number;
  private w: Float64Array;
  private acc: Float64Array;
  private tw: Float64Array;
  private tacc: Float64Array;
  private c = 1;

  /** Features seen fewer than minCount times in the training examples get no weights. */
  constructor(
    examples: Example[],
    readonly L: number,
    readonly F: number,
    readonly allowed: Uint8Array,
    minCount = 1,
  ) {
    const counts = new IntMap(1 << 20);
    for (const ex of examples) for (const f of ex.feats) counts.set(f, counts.get(f, 0) + 1);
    this.index = new IntMap(counts.size);
    let rows = 0;
    counts.forEach((k, v) => {
      if (v >= minCount) this.index.set(k, rows++);
    });
    this.rows = rows;
    this.w = new Float64Array(rows * L);
    this.acc = new Float64Array(rows * L);
    this.tw = new Float64Array((L + 1) * L);
    this.tacc = new Float64Array((L + 1) * L);
  }

  predict(feats: Int32Array, n: number): Int32Array {
    const em = emissions(feats, n, this.F, this.index, this.w, this.L);
    return viterbi(em, n, this.L, this.tw, this.allowed);
  }

  /** One pass over the examples in the given order; returns the number of sentences mispredicted. */
  epoch(examples: Example[], order: Int32Array): number {
    let wrong = 0;
    const { L, F } = this;
    for (const e of order) {
      const ex = examples[e];
      const n = ex.gold.length;
      const pred = this.predict(ex.feats, n);
      let same = true;
      for (let i = 0; i < n; i++) if (pred[i] !== ex.gold[i]) same = false;
      if (!same) {
        wrong++;
        const c = this.c;
        for (let i = 0; i < n; i++) {
          const g = ex.gold[i];
          const p = pred[i];
          if (g !== p) {
            for (let k = i * F, end = k + F; k < end; k++) {
              const row = this.index.get(ex.feats[k]);
              if (row < 0) continue;
              this.w[row * L + g] += 1;
              this.acc[row * L + g] += c;
              this.w[row * L + p] -= 1;
              this.acc[row * L + p] -= c;
            }
          }
          const gp = i > 0 ? ex.gold[i - 1] : L;
          const pp = i > 0 ? pred[i - 1] : L;
          if (gp !== pp || g !== p) {
            this.tw[gp * L + g] += 1;
            this.tacc[gp * L + g] += c;
            this.tw[pp * L + p] -= 1;
            this.tacc[pp * L + p] -= c;
          }
        }
      }
      this.c++;
    }
    return wrong;
  }

  /** The averaged weights, as the model keeps them. */
  averaged(): { weights: Float32Array; trans: Float32Array } {
    const c = this.c;
    const weights = new Float32Array(this.w.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.w[i] - this.acc[i] / c;
    const trans = new Float32Array(this.tw.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.tw[i] - this.tacc[i] / c;
    return { weights, trans };
  }
}

/**
 * Keeps only the features whose averaged weights are not all near zero, re-indexed densely.
 * Returns a compact index and weight matrix.
 */
export function prune(
  index: IntMap,
  weights: Float32Array,
  L: number,
  eps: number,
): { index: IntMap; weights: Float32Array } {
  const keep: [number, number][] = [];
  index.forEach((key, row) => {
    for (let y = 0; y < L; y++) {
      if (Math.abs(weights[row * L + y]) > eps) {
        keep.push([key, row]);
        return;
      }
    }
  });
  keep.sort((a, b) => a[0] - b[0]);
  const out = new IntMap(keep.length);
  const w = new Float32Array(keep.length * L);
  keep.forEach(([key, row], r) => {
    out.set(key, r);
    w.set(weights.subarray(row * L, row * L + L), r * L);
  });
  return { index: out, weights: w };
}
