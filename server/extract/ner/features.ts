// Feature extraction: every token gets the same number of features (FEATURES_PER_TOKEN), each a
// 32-bit hash of a template id and a value. Token attributes are hashed once per token (attributes.ts) and the
// window features combine those hashes, so no strings are built per feature.
import { hashStr, mix } from './hash.ts';
import type { Lexicon } from './lexicon.ts';
import { attributes, F_BITS, N_PRE, N_SUF, REF_GAZETTEER_NAMES, type Clusters } from './attributes.ts';

/** Bumped whenever the features change: a model is only valid with the features it was trained on. */
export const FEATURE_VERSION = 4;

const T = (name: string) => hashStr(`tpl:${name}`);
const PAD = [hashStr('<s-2>'), hashStr('<s-1>'), hashStr('</s+1>'), hashStr('</s+2>')];

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
