// Trains the named-entity tagger on NorNE: npm run train:ner -- NORNE_DIR [--seed N] [--epochs N]
// [--min-count N] [--out PATH] [--no-lexicon] [--clusters K1,K2,...]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { IntMap } from '../server/extract/ner/hash.ts';
import type { Clusters } from '../server/extract/ner/features.ts';
import { dirname, join } from 'node:path';
import { readConll, type Sentence } from '../server/extract/ner/conll.ts';
import { buildLexicon } from '../server/extract/ner/lexicon-build.ts';
import { emptyLexicon } from '../server/extract/ner/lexicon.ts';
import { trainTagger } from '../server/extract/ner/train.ts';
import { saveModel } from '../server/extract/ner/io.ts';
import { buildClusters } from '../server/extract/ner/clusters.ts';
import { DEFAULT_MODEL_PATH } from '../server/extract/ner/index.ts';

const FLAGS = new Set(['--no-lexicon']);
const opts = new Map<string, string>();
const positional: string[] = [];
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (FLAGS.has(a)) opts.set(a.slice(2), 'true');
  else if (a.startsWith('--')) opts.set(a.slice(2), process.argv[++i] ?? '');
  else positional.push(a);
}
const arg = (name: string, fallback: string) => opts.get(name) ?? fallback;

/** Clusters are deterministic for a seed; a cache file saves recomputing them between runs. */
function cachedClusters(path: string, build: () => Clusters): Clusters {
  if (path && existsSync(path)) {
    const j = JSON.parse(readFileSync(path, 'utf8')) as { keys: number[]; ids: number[]; levels: number };
    const map = new IntMap(j.keys.length);
    j.keys.forEach((k, r) => map.set(k, r));
    return { map, ids: Int32Array.from(j.ids), levels: j.levels };
  }
  const c = build();
  if (path) {
    const keys: number[] = [];
    const ids: number[] = [];
    c.map.forEach((k, r) => {
      keys.push(k);
      for (let g = 0; g < c.levels; g++) ids.push(c.ids[r * c.levels + g]);
    });
    writeFileSync(path, JSON.stringify({ keys, ids, levels: c.levels }));
  }
  return c;
}

async function main(): Promise<void> {
  const dir = positional[0] ?? '../shared/norne';
  const seed = Number(arg('seed', '1'));
  const epochs = Number(arg('epochs', '12'));
  const minCount = Number(arg('min-count', '1'));
  const pruneEps = Number(arg('prune', '0.001'));
  const out = arg('out', DEFAULT_MODEL_PATH);
  const clusterSizes = arg('clusters', '')
    .split(',')
    .filter(Boolean)
    .map(Number);
  const log = (s: string) => console.log(s);

  const train: Sentence[] = [];
  for (const lang of ['nob', 'nno']) {
    const s = readConll(join(dir, `${lang}-train.tsv`));
    log(`${lang}-train: ${s.length} sentences`);
    train.push(...s);
  }
  const dev = ['nob', 'nno'].map((lang) => ({ name: `${lang}-dev`, sentences: readConll(join(dir, `${lang}-dev.tsv`)) }));
  const lex = opts.has('no-lexicon') ? { lexicon: emptyLexicon(), notes: ['no lexicon'] } : buildLexicon();
  for (const n of lex.notes) log(`lexicon: ${n}`);
  let clusters;
  if (clusterSizes.length) {
    const t = Date.now();
    clusters = cachedClusters(arg('cluster-cache', ''), () => buildClusters(train.map((s) => s.tokens), clusterSizes, seed, log));
    log(`clusters ${clusterSizes.join(',')}: ${clusters.map.size} words (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
  const { model, history, bestEpoch } = trainTagger({ train, dev, lexicon: lex.lexicon, clusters, epochs, seed, minCount, pruneEps, log });
  model.meta = {
    data: 'NorNE (nob + nno train)',
    seed,
    epochs,
    bestEpoch,
    minCount,
    clusters: clusterSizes,
    dev: history[bestEpoch - 1],
  };
  mkdirSync(dirname(out), { recursive: true });
  const bytes = saveModel(out, model);
  log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
