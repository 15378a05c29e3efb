// A trained tagger: label set, feature weights, transition weights and the lists the features use.
import { IntMap } from './hash.ts';
import type { Lexicon } from './lexicon.ts';
import { extractFeatures, featuresPerToken } from './features.ts';
import type { Clusters } from './attributes.ts';
import { emissions, viterbi } from './decode.ts';
import { allowedTransitions } from './labels.ts';
import { CONTEXT_FEATURES, contextFeatures } from './context.ts';

/** The document pass: weights over sentence plus context features, and its context window. */
export interface DocumentStage {
  index: IntMap;
  weights: Float32Array;
  trans: Float32Array;
  window: number;
}

export interface ModelData {
  labels: string[];
  index: IntMap; // feature hash -> row of weights
  weights: Float32Array; // rows * labels.length
  trans: Float32Array; // (labels.length + 1) * labels.length; last row is the sentence start
  lexicon: Lexicon;
  clusters: Clusters;
  meta: Record<string, unknown>;
  doc?: DocumentStage;
}

export interface Tagger {
  /** NorNE IOB2 tags, one per token, from the sentence alone. */
  tag(tokens: string[]): string[];
  /**
   * Tags the sentences of one text, in reading order. With a document pass in the model, a
   * sentence's tags also draw on how the same names are tagged in nearby sentences; without one,
   * the same as tag() on every sentence.
   */
  tagDocument(sentences: string[][]): string[][];
  readonly labels: readonly string[];
  readonly meta: Readonly<Record<string, unknown>>;
}

export class PerceptronTagger implements Tagger {
  readonly labels: readonly string[];
  readonly meta: Readonly<Record<string, unknown>>;
  private readonly allowed: Uint8Array;
  private readonly F: number;
  /**
   * For the document pass: one index over the features of both passes, each row holding the
   * sentence weights then the document weights, so that a feature is looked up once for both.
   */
  private joint?: { index: IntMap; weights: Float32Array };

  constructor(private readonly m: ModelData) {
    this.labels = m.labels;
    this.meta = m.meta;
    this.allowed = allowedTransitions(m.labels);
    this.F = featuresPerToken(m.clusters.levels);
  }

  private jointWeights(doc: DocumentStage): { index: IntMap; weights: Float32Array } {
    if (this.joint) return this.joint;
    const { m } = this;
    const L = m.labels.length;
    const index = new IntMap(m.index.size + doc.index.size);
    let rows = 0;
    m.index.forEach((k) => index.set(k, rows++));
    doc.index.forEach((k) => {
      if (index.get(k) < 0) index.set(k, rows++);
    });
    const weights = new Float32Array(rows * 2 * L);
    m.index.forEach((k, r) => weights.set(m.weights.subarray(r * L, r * L + L), index.get(k) * 2 * L));
    doc.index.forEach((k, r) => weights.set(doc.weights.subarray(r * L, r * L + L), index.get(k) * 2 * L + L));
    return (this.joint = { index, weights });
  }

  /** Label indices, for callers that score many sentences. */
  tagIds(tokens: string[]): Int32Array {
    const n = tokens.length;
    if (n === 0) return new Int32Array(0);
    const { m } = this;
    const L = m.labels.length;
    const feats = extractFeatures(tokens, m.lexicon, m.clusters);
    const em = emissions(feats, n, this.F, m.index, m.weights, L);
    return viterbi(em, n, L, m.trans, this.allowed);
  }

  tag(tokens: string[]): string[] {
    return this.names(this.tagIds(tokens));
  }

  tagDocument(sentences: string[][]): string[][] {
    const { m, F } = this;
    const doc = m.doc;
    if (!doc) return sentences.map((s) => this.tag(s));
    const L = m.labels.length;
    const L2 = 2 * L;
    const { index, weights } = this.jointWeights(doc);
    // First pass: look every feature up once, keep the rows for the second pass.
    const rows = sentences.map((s) => {
      const feats = extractFeatures(s, m.lexicon, m.clusters);
      const r = new Int32Array(feats.length);
      for (let k = 0; k < feats.length; k++) r[k] = index.get(feats[k]);
      return r;
    });
    const first = rows.map((r, i) => {
      const n = sentences[i].length;
      return n ? viterbi(rowEmissions(r, n, F, weights, L2, 0, L), n, L, m.trans, this.allowed) : new Int32Array(0);
    });
    const ctx = contextFeatures(sentences, first, L, doc.window);
    const C = CONTEXT_FEATURES;
    return rows.map((r, i) => {
      const n = sentences[i].length;
      if (!n) return [];
      const em = rowEmissions(r, n, F, weights, L2, L, L);
      const c = ctx[i];
      for (let t = 0; t < n; t++) {
        for (let k = t * C, end = k + C; k < end; k++) {
          const row = index.get(c[k]);
          if (row < 0) continue;
          const w = row * L2 + L;
          for (let y = 0; y < L; y++) em[t * L + y] += weights[w + y];
        }
      }
      return this.names(viterbi(em, n, L, doc.trans, this.allowed));
    });
  }

  private names(ids: Int32Array): string[] {
    const out = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.m.labels[ids[i]];
    return out;
  }
}

/** Emission scores from looked-up rows (-1: unknown feature), reading L weights at column `col`. */
function rowEmissions(rows: Int32Array, n: number, F: number, weights: Float32Array, stride: number, col: number, L: number): Float64Array {
  const em = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = i * F, end = k + F; k < end; k++) {
      const row = rows[k];
      if (row < 0) continue;
      const w = row * stride + col;
      for (let y = 0; y < L; y++) em[base + y] += weights[w + y];
    }
  }
  return em;
}
