// Distributional word classes from running text: the exchange algorithm (Kneser & Ney 1993;
// Martin, Liermann & Ney 1998) maximising the likelihood of a class bigram model. Run once per
// class count; each run gives one level of the Clusters table the features read.
import { hashStr, IntMap } from '../../server/extract/ner/hash.ts';
import type { Clusters } from '../../server/extract/ner/attributes.ts';
import { rng } from './perceptron.ts';

const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

interface Graph {
  words: string[];
  freq: Float64Array;
  // CSR adjacency: right neighbours (w -> v) and left neighbours (u -> w) with counts.
  rStart: Int32Array;
  rNb: Int32Array;
  rCnt: Float64Array;
  lStart: Int32Array;
  lNb: Int32Array;
  lCnt: Float64Array;
}

function buildGraph(sentences: string[][]): Graph {
  const ids = new Map<string, number>([['<s>', 0]]);
  const words = ['<s>'];
  const pairs = new Map<number, number>();
  const seq: number[] = [];
  for (const s of sentences) {
    seq.length = 0;
    seq.push(0);
    for (const t of s) {
      const l = t.toLowerCase();
      let id = ids.get(l);
      if (id === undefined) {
        id = words.length;
        ids.set(l, id);
        words.push(l);
      }
      seq.push(id);
    }
    seq.push(0);
    for (let i = 1; i < seq.length; i++) {
      const key = seq[i - 1] * 2 ** 21 + seq[i];
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const V = words.length;
  const freq = new Float64Array(V);
  const rDeg = new Int32Array(V + 1);
  const lDeg = new Int32Array(V + 1);
  for (const [key, c] of pairs) {
    const a = Math.floor(key / 2 ** 21);
    const b = key % 2 ** 21;
    freq[b] += c;
    rDeg[a + 1]++;
    lDeg[b + 1]++;
  }
  for (let i = 0; i < V; i++) {
    rDeg[i + 1] += rDeg[i];
    lDeg[i + 1] += lDeg[i];
  }
  const E = pairs.size;
  const g: Graph = {
    words,
    freq,
    rStart: rDeg,
    rNb: new Int32Array(E),
    rCnt: new Float64Array(E),
    lStart: lDeg,
    lNb: new Int32Array(E),
    lCnt: new Float64Array(E),
  };
  const rPos = rDeg.slice(0, V);
  const lPos = lDeg.slice(0, V);
  for (const [key, c] of pairs) {
    const a = Math.floor(key / 2 ** 21);
    const b = key % 2 ** 21;
    g.rNb[rPos[a]] = b;
    g.rCnt[rPos[a]++] = c;
    g.lNb[lPos[b]] = a;
    g.lCnt[lPos[b]++] = c;
  }
  return g;
}

/** Class id per word (index as in g.words); the sentence boundary keeps a class of its own. */
function exchange(g: Graph, K: number, iterations: number, seed: number, log: (s: string) => void): Int32Array {
  const V = g.words.length;
  const byFreq = Array.from({ length: V - 1 }, (_, i) => i + 1).sort((a, b) => g.freq[b] - g.freq[a]);
  const cls = new Int32Array(V);
  byFreq.forEach((w, r) => (cls[w] = 1 + (r % (K - 1))));
  const M = new Float64Array(K * K);
  const NL = new Float64Array(K);
  const NR = new Float64Array(K);
  for (let w = 0; w < V; w++) {
    for (let e = g.rStart[w]; e < g.rStart[w + 1]; e++) {
      const c = g.rCnt[e];
      M[cls[w] * K + cls[g.rNb[e]]] += c;
      NL[cls[w]] += c;
      NR[cls[g.rNb[e]]] += c;
    }
  }
  const r = new Float64Array(K);
  const l = new Float64Array(K);
  const rTouched: number[] = [];
  const lTouched: number[] = [];
  const rand = rng(seed);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    const order = byFreq.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const w of order) {
      const a = cls[w];
      let self = 0;
      let nwL = 0;
      let nwR = 0;
      rTouched.length = 0;
      lTouched.length = 0;
      for (let e = g.rStart[w]; e < g.rStart[w + 1]; e++) {
        const v = g.rNb[e];
        nwL += g.rCnt[e];
        if (v === w) {
          self += g.rCnt[e];
          continue;
        }
        const c = cls[v];
        if (r[c] === 0) rTouched.push(c);
        r[c] += g.rCnt[e];
      }
      for (let e = g.lStart[w]; e < g.lStart[w + 1]; e++) {
        const u = g.lNb[e];
        nwR += g.lCnt[e];
        if (u === w) continue;
        const c = cls[u];
        if (l[c] === 0) lTouched.push(c);
        l[c] += g.lCnt[e];
      }
      // Take w out of its class.
      for (const c of rTouched) M[a * K + c] -= r[c];
      for (const c of lTouched) M[c * K + a] -= l[c];
      M[a * K + a] -= self;
      NL[a] -= nwL;
      NR[a] -= nwR;
      let best = a;
      let bestDelta = -Infinity;
      for (let b = 1; b < K; b++) {
        let d = 0;
        for (const c of rTouched) {
          if (c === b) continue;
          const x = M[b * K + c];
          d += xlogx(x + r[c]) - xlogx(x);
        }
        for (const c of lTouched) {
          if (c === b) continue;
          const x = M[c * K + b];
          d += xlogx(x + l[c]) - xlogx(x);
        }
        const bb = M[b * K + b];
        d += xlogx(bb + self + r[b] + l[b]) - xlogx(bb);
        d -= xlogx(NL[b] + nwL) - xlogx(NL[b]) + xlogx(NR[b] + nwR) - xlogx(NR[b]);
        if (d > bestDelta + 1e-9) {
          bestDelta = d;
          best = b;
        }
      }
      for (const c of rTouched) if (c !== best) M[best * K + c] += r[c];
      for (const c of lTouched) if (c !== best) M[c * K + best] += l[c];
      M[best * K + best] += self + r[best] + l[best];
      NL[best] += nwL;
      NR[best] += nwR;
      if (best !== a) moved++;
      cls[w] = best;
      for (const c of rTouched) r[c] = 0;
      for (const c of lTouched) l[c] = 0;
    }
    log(`  classes ${K}: iteration ${it + 1}, ${moved} words moved`);
    if (moved < V * 0.002) break;
  }
  return cls;
}

/** One level per class count in sizes; words are keyed by the hash of their lower-cased form. */
export function buildClusters(
  sentences: string[][],
  sizes: number[],
  seed: number,
  log: (s: string) => void,
  iterations = 15,
): Clusters {
  const g = buildGraph(sentences);
  const levels = sizes.map((K, i) => exchange(g, K, iterations, seed + i, log));
  const map = new IntMap(g.words.length);
  const ids = new Int32Array(g.words.length * sizes.length);
  for (let w = 1; w < g.words.length; w++) {
    map.set(hashStr(g.words[w]), w - 1);
    for (let k = 0; k < sizes.length; k++) ids[(w - 1) * sizes.length + k] = levels[k][w];
  }
  return { map, ids, levels: sizes.length };
}
