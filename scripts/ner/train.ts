// Training: features for every sentence, perceptron epochs in a seeded order, dev F1 after each
// epoch, and the averaged weights of the best epoch kept.
import { extractFeatures, featuresPerToken } from '../../server/extract/ner/features.ts';
import { type Clusters, emptyClusters } from '../../server/extract/ner/attributes.ts';
import type { Lexicon } from '../../server/extract/ner/lexicon.ts';
import { allowedTransitions, defaultLabels } from '../../server/extract/ner/labels.ts';
import { type Example, Perceptron, prune, rng, shuffle } from './perceptron.ts';
import { PerceptronTagger, type ModelData } from '../../server/extract/ner/model.ts';
import { prf, scoreTags } from '../../server/extract/ner/score.ts';
import type { Sentence } from '../../server/extract/ner/conll.ts';
import { emissions, viterbi } from '../../server/extract/ner/decode.ts';
import { CONTEXT_FEATURES, combine, contextFeatures } from '../../server/extract/ner/context.ts';

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
  /** Document-pass features appended to every token's sentence features (CONTEXT_FEATURES each). */
  context?: { train: Int32Array[]; dev: Int32Array[][] };
  /** Skip the dev figures and keep the last epoch (models trained only to predict held-out folds). */
  noDev?: boolean;
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

/** Label ids for feature rows already extracted. */
function decodeFeats(m: ModelData, feats: Int32Array, F: number, allowed: Uint8Array): Int32Array {
  const n = feats.length / F;
  if (n === 0) return new Int32Array(0);
  const L = m.labels.length;
  return viterbi(emissions(feats, n, F, m.index, m.weights, L), n, L, m.trans, allowed);
}

function evaluateFeats(m: ModelData, feats: Int32Array[], F: number, sentences: Sentence[], allowed: Uint8Array) {
  const pred = feats.map((f) => Array.from(decodeFeats(m, f, F, allowed), (y) => m.labels[y]));
  const gold = sentences.map((s) => s.tags);
  return { kg: prf(scoreTags(gold, pred, 'kg').total).f, full: prf(scoreTags(gold, pred, 'full').total).f };
}

export function trainTagger(o: TrainOptions): { model: ModelData; history: DevResult[][]; bestEpoch: number } {
  const labels = defaultLabels();
  const labelIx = new Map(labels.map((l, i) => [l, i]));
  const clusters = o.clusters ?? emptyClusters();
  const C = o.context ? CONTEXT_FEATURES : 0;
  const F0 = featuresPerToken(clusters.levels);
  const F = F0 + C;
  const t0 = Date.now();
  const featurize = (s: Sentence, ctx?: Int32Array) => {
    const base = extractFeatures(s.tokens, o.lexicon, clusters);
    return ctx ? combine(base, F0, ctx, C) : base;
  };
  const examples: Example[] = o.train.map((s, i) => ({
    feats: featurize(s, o.context?.train[i]),
    gold: Int32Array.from(s.tags.map((t) => labelIx.get(t) ?? 0)),
  }));
  const devFeats = o.noDev ? [] : o.dev.map((d, j) => d.sentences.map((s, i) => featurize(s, o.context?.dev[j][i])));
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
    if (o.noDev) {
      o.log(`epoch ${e}: ${wrong} sentences wrong [${((Date.now() - t1) / 1000).toFixed(1)} s]`);
      bestEpoch = e;
      bestModel = model;
      continue;
    }
    const res = o.dev.map((d, j) => ({ name: d.name, ...evaluateFeats(model, devFeats[j], F, d.sentences, allowed) }));
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

export interface DocumentStageOptions extends TrainOptions {
  /** The sentence model the document pass reads at tagging time. */
  first: ModelData;
  folds: number;
  foldEpochs: number;
  window: number;
}

/**
 * Trains the document pass by stacking. The context features of a training sentence must come
 * from a model that has not seen that sentence, or they would be as reliable as the gold tags and
 * the second pass would learn to trust them blindly: so the training text is cut into contiguous
 * folds (keeping articles together) and each fold is tagged by a sentence model trained on the
 * others. Dev sentences are tagged by the sentence model that ships, as at tagging time.
 */
export function trainDocumentStage(o: DocumentStageOptions): { model: ModelData; history: DevResult[][]; bestEpoch: number } {
  const n = o.train.length;
  const preds: Int32Array[] = new Array(n);
  const clusters = o.clusters ?? emptyClusters();
  const F0 = featuresPerToken(clusters.levels);
  const allowed = allowedTransitions(o.first.labels);
  for (let k = 0; k < o.folds; k++) {
    const lo = Math.floor((k * n) / o.folds);
    const hi = Math.floor(((k + 1) * n) / o.folds);
    const rest = [...o.train.slice(0, lo), ...o.train.slice(hi)];
    o.log(`document pass: fold ${k + 1}/${o.folds} (sentences ${lo}-${hi})`);
    const { model } = trainTagger({ ...o, train: rest, epochs: o.foldEpochs, ensemble: 1, noDev: true, context: undefined, pruneEps: 0, log: () => {} });
    for (let i = lo; i < hi; i++) preds[i] = decodeFeats(model, extractFeatures(o.train[i].tokens, o.lexicon, clusters), F0, allowed);
  }
  const ctxTrain = contextFeatures(o.train.map((s) => s.tokens), preds, o.first.labels.length, o.window);
  const ctxDev = o.dev.map((d) => {
    const p = d.sentences.map((s) => decodeFeats(o.first, extractFeatures(s.tokens, o.lexicon, clusters), F0, allowed));
    return contextFeatures(d.sentences.map((s) => s.tokens), p, o.first.labels.length, o.window);
  });
  return trainTagger({ ...o, context: { train: ctxTrain, dev: ctxDev } });
}
