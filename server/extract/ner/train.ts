// Training: features for every sentence, perceptron epochs in a seeded order, dev F1 after each
// epoch, and the averaged weights of the best epoch kept.
import { extractFeatures, featuresPerToken, type Clusters, emptyClusters } from './features.ts';
import type { Lexicon } from './lexicon.ts';
import { allowedTransitions, defaultLabels } from './labels.ts';
import { type Example, Perceptron, prune, rng, shuffle } from './perceptron.ts';
import { PerceptronTagger, type ModelData } from './model.ts';
import { prf, scoreTags } from './score.ts';
import type { Sentence } from './conll.ts';

export interface TrainOptions {
  train: Sentence[];
  dev: { name: string; sentences: Sentence[] }[];
  lexicon: Lexicon;
  clusters?: Clusters;
  epochs: number;
  seed: number;
  minCount: number;
  pruneEps: number;
  /** Perceptrons trained side by side on differently shuffled orders; their weights are averaged. */
  ensemble?: number;
  log: (line: string) => void;
}

export interface DevResult {
  name: string;
  kg: number;
  full: number;
}

export function evaluate(tagger: PerceptronTagger, sentences: Sentence[]): { kg: number; full: number } {
  const pred = sentences.map((s) => tagger.tag(s.tokens));
  const gold = sentences.map((s) => s.tags);
  return { kg: prf(scoreTags(gold, pred, 'kg').total).f, full: prf(scoreTags(gold, pred, 'full').total).f };
}

export function trainTagger(o: TrainOptions): { model: ModelData; history: DevResult[][]; bestEpoch: number } {
  const labels = defaultLabels();
  const labelIx = new Map(labels.map((l, i) => [l, i]));
  const clusters = o.clusters ?? emptyClusters();
  const F = featuresPerToken(clusters.levels);
  const t0 = Date.now();
  const examples: Example[] = o.train.map((s) => ({
    feats: extractFeatures(s.tokens, o.lexicon, clusters),
    gold: Int32Array.from(s.tags.map((t) => labelIx.get(t) ?? 0)),
  }));
  const allowed = allowedTransitions(labels);
  const members = Math.max(1, o.ensemble ?? 1);
  const ps = Array.from({ length: members }, () => new Perceptron(examples, labels.length, F, allowed, o.minCount));
  const p = ps[0];
  o.log(`features: ${examples.length} sentences, ${p.rows} feature rows (${Date.now() - t0} ms)`);
  const rands = ps.map((_, i) => rng(o.seed + 7919 * i));
  const history: DevResult[][] = [];
  let best = -1;
  let bestEpoch = 0;
  let bestModel: ModelData | undefined;
  for (let e = 1; e <= o.epochs; e++) {
    const t1 = Date.now();
    let wrong = 0;
    ps.forEach((q, i) => (wrong += q.epoch(examples, shuffle(examples.length, rands[i]))));
    const avg = p.averaged();
    for (let i = 1; i < members; i++) {
      const other = ps[i].averaged();
      for (let j = 0; j < avg.weights.length; j++) avg.weights[j] += other.weights[j];
      for (let j = 0; j < avg.trans.length; j++) avg.trans[j] += other.trans[j];
    }
    if (members > 1) {
      for (let j = 0; j < avg.weights.length; j++) avg.weights[j] /= members;
      for (let j = 0; j < avg.trans.length; j++) avg.trans[j] /= members;
    }
    const model: ModelData = {
      labels,
      index: p.index,
      weights: avg.weights,
      trans: avg.trans,
      lexicon: o.lexicon,
      clusters,
      meta: {},
    };
    const tagger = new PerceptronTagger(model);
    const res = o.dev.map((d) => ({ name: d.name, ...evaluate(tagger, d.sentences) }));
    history.push(res);
    const mean = res.reduce((s, r) => s + r.kg, 0) / Math.max(1, res.length);
    const figures = res.map((r) => `${r.name} F1 ${r.kg.toFixed(4)} (nine types ${r.full.toFixed(4)})`).join(', ');
    o.log(`epoch ${e}: ${wrong} sentences wrong, ${figures} [${((Date.now() - t1) / 1000).toFixed(1)} s]`);
    if (mean > best) {
      best = mean;
      bestEpoch = e;
      bestModel = model;
    }
  }
  const m = bestModel!;
  const pr = prune(m.index, m.weights, labels.length, o.pruneEps);
  o.log(`best epoch ${bestEpoch}; ${pr.index.size} of ${m.index.size} feature rows kept`);
  return { model: { ...m, index: pr.index, weights: pr.weights }, history, bestEpoch };
}
