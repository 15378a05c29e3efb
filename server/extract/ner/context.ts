// Document features for a second tagging pass. A name is usually written the same way, and
// tagged the same way, throughout an article; one sentence alone often cannot tell a small company
// from a person or a district from a town. The second pass therefore sees how the first pass
// tagged the same capitalised form in the neighbouring sentences (and in the rest of its own).
import { hashStr, mix } from './hash.ts';

/** Features per token that the document pass adds to the sentence features. */
export const CONTEXT_FEATURES = 8;

const T = (name: string) => hashStr(`tpl:ctx:${name}`);
const TPL = {
  top: T('top'),
  topCount: T('top|count'),
  share: T('top|share'),
  agree: T('own|top'),
  lower: T('lower'),
  own: T('own'),
  topm1: T('top-1'),
  topp1: T('top+1'),
};
const NONE = hashStr('<none>');

function bucket(c: number): number {
  return c <= 0 ? 0 : c === 1 ? 1 : c === 2 ? 2 : c <= 5 ? 3 : 4;
}

/**
 * Each token's lower-cased hash and its slot: its first-pass entity type, NT for a capitalised O, NT + 1 for a
 * lower-case occurrence (which says the word is also a common word).
 */
function keysAndSlots(sentences: string[][], preds: Int32Array[], NT: number): { keys: Int32Array[]; slots: Int8Array[] } {
  const keys: Int32Array[] = [];
  const slots: Int8Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s];
    const k = new Int32Array(toks.length);
    const sl = new Int8Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i];
      const l = w.toLowerCase();
      k[i] = hashStr(l);
      const y = preds[s][i];
      sl[i] = w[0] === l[0] ? NT + 1 : y === 0 ? NT : (y - 1) >> 1;
    }
    keys.push(k);
    slots.push(sl);
  }
  return { keys, slots };
}

/** One sentence's context features from the window's slot counts per token hash (n * CONTEXT_FEATURES). */
function sentenceContext(k: Int32Array, sl: Int8Array, p: Int32Array, counts: Map<number, Int32Array>, NT: number): Int32Array {
  const C = CONTEXT_FEATURES;
  const n = k.length;
  const top = new Int32Array(n).fill(-1);
  const f = new Int32Array(n * C);
  for (let i = 0; i < n; i++) {
    const o = i * C;
    const own = p[i] === 0 ? NT : (p[i] - 1) >> 1;
    f[o + 5] = mix(TPL.own, p[i]);
    if (sl[i] === NT + 1) {
      f[o] = mix(TPL.top, NONE);
      f[o + 1] = mix(TPL.topCount, NONE);
      f[o + 2] = mix(TPL.share, NONE);
      f[o + 3] = mix(TPL.agree, NONE);
      f[o + 4] = mix(TPL.lower, NONE);
      continue;
    }
    const c = counts.get(k[i])!;
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t <= NT; t++) {
      const v = c[t] - (t === sl[i] ? 1 : 0);
      total += v;
      if (v > bestCount) {
        bestCount = v;
        best = t;
      }
    }
    top[i] = best;
    const share = total ? Math.min(3, Math.floor((4 * bestCount) / total)) : 0;
    f[o] = mix(TPL.top, best);
    f[o + 1] = mix(TPL.topCount, best * 8 + bucket(bestCount));
    f[o + 2] = mix(TPL.share, best * 8 + share);
    f[o + 3] = mix(TPL.agree, own * 16 + best + 1);
    f[o + 4] = mix(TPL.lower, bucket(c[NT + 1]) * 8 + (best >= 0 && best < NT ? 1 : 0));
  }
  for (let i = 0; i < n; i++) {
    f[i * C + 6] = mix(TPL.topm1, i > 0 ? top[i - 1] : -2);
    f[i * C + 7] = mix(TPL.topp1, i < n - 1 ? top[i + 1] : -2);
  }
  return f;
}

/**
 * Context features for every sentence of a document (sentences in reading order) from first-pass
 * label ids. Counts run over a window of `window` sentences either side; a token's own first-pass
 * label is taken out of the counts so that the features say only what the rest of the text says.
 * Returns, per sentence, n * CONTEXT_FEATURES hashes.
 */
export function contextFeatures(sentences: string[][], preds: Int32Array[], nLabels: number, window: number): Int32Array[] {
  const NT = (nLabels - 1) >> 1; // entity types; label 0 is O, then B-T, I-T pairs
  const S = NT + 2; // slots: entity types, capitalised O, lower-case occurrence
  const { keys, slots } = keysAndSlots(sentences, preds, NT);
  const counts = new Map<number, Int32Array>();
  const add = (s: number, d: number) => {
    if (s < 0 || s >= sentences.length) return;
    const k = keys[s];
    const sl = slots[s];
    for (let i = 0; i < k.length; i++) {
      let c = counts.get(k[i]);
      if (!c) counts.set(k[i], (c = new Int32Array(S)));
      c[sl[i]] += d;
    }
  };
  for (let s = 0; s <= window && s < sentences.length; s++) add(s, 1);
  const out: Int32Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    if (s > 0) {
      add(s + window, 1);
      add(s - window - 1, -1);
    }
    out.push(sentenceContext(keys[s], slots[s], preds[s], counts, NT));
  }
  return out;
}

/** Sentence features (F per token) followed by context features (C per token), per token. */
export function combine(base: Int32Array, F: number, ctx: Int32Array, C: number): Int32Array {
  const n = base.length / F;
  const out = new Int32Array(n * (F + C));
  for (let i = 0; i < n; i++) {
    out.set(base.subarray(i * F, i * F + F), i * (F + C));
    out.set(ctx.subarray(i * C, i * C + C), i * (F + C) + F);
  }
  return out;
}
