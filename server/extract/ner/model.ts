// A trained tagger: label set, feature weights, transition weights and the lists the features use.
import type { IntMap } from './hash.ts';
import type { Lexicon } from './lexicon.ts';
import { type Clusters, extractFeatures, featuresPerToken } from './features.ts';
import { emissions, viterbi } from './decode.ts';
import { allowedTransitions } from './labels.ts';

export interface ModelData {
  labels: string[];
  index: IntMap; // feature hash -> row of weights
  weights: Float32Array; // rows * labels.length
  trans: Float32Array; // (labels.length + 1) * labels.length; last row is the sentence start
  lexicon: Lexicon;
  clusters: Clusters;
  meta: Record<string, unknown>;
}

export interface Tagger {
  /** NorNE IOB2 tags, one per token. */
  tag(tokens: string[]): string[];
  readonly labels: readonly string[];
  readonly meta: Readonly<Record<string, unknown>>;
}

export class PerceptronTagger implements Tagger {
  readonly labels: readonly string[];
  readonly meta: Readonly<Record<string, unknown>>;
  private readonly allowed: Uint8Array;
  private readonly F: number;

  constructor(private readonly m: ModelData) {
    this.labels = m.labels;
    this.meta = m.meta;
    this.allowed = allowedTransitions(m.labels);
    this.F = featuresPerToken(m.clusters.levels);
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
    const ids = this.tagIds(tokens);
    const out = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.m.labels[ids[i]];
    return out;
  }
}
