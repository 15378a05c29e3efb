// Scoring and Viterbi decoding over the label set, with invalid IOB2 transitions forbidden.
import type { IntMap } from './hash.ts';

/**
 * Emission scores: em[i * L + y] = sum of the weights of token i's features for label y.
 * Features unknown to the model contribute nothing.
 */
export function emissions(
  feats: Int32Array,
  n: number,
  F: number,
  index: IntMap,
  weights: Float32Array | Float64Array,
  L: number,
): Float64Array {
  const em = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = i * F, end = k + F; k < end; k++) {
      const row = index.get(feats[k]);
      if (row < 0) continue;
      const w = row * L;
      for (let y = 0; y < L; y++) em[base + y] += weights[w + y];
    }
  }
  return em;
}

/**
 * Best label sequence. trans[p * L + y] scores label p followed by y; row L is the sentence start.
 * allowed has the same layout, 0 where the transition is forbidden.
 */
export function viterbi(
  em: Float64Array,
  n: number,
  L: number,
  trans: Float32Array | Float64Array,
  allowed: Uint8Array,
): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  const NEG = -Infinity;
  for (let y = 0; y < L; y++) {
    score[y] = allowed[L * L + y] ? em[y] + trans[L * L + y] : NEG;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let y = 0; y < L; y++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + y]) continue;
        const s = score[prev + p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cur + y] = best + em[cur + y];
      back[cur + y] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (score[last + y] > best) {
      best = score[last + y];
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
  return out;
}
