// `npm run eval`: the benchmark of extraction quality. NorNE (named entities, Bokmål and Nynorsk, dev and
// test) and the gold-annotated news corpus (entities, statements, relations). Not a test: it prints figures.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalExtract } from './eval-extract.ts';
import { evalNer } from './eval-ner.ts';

const shared = resolve(process.env.KG_SHARED_DIR ?? '../shared');
const norne = resolve(shared, 'norne');
const corpus = resolve(shared, 'corpus/dev');

async function main() {
  let ran = 0;
  if (existsSync(resolve(norne, 'nob-test.tsv'))) {
    console.log(`# NorNE (${norne}): figures that count are test's; dev is for tuning\n`);
    console.log(await evalNer(norne));
    ran++;
  } else {
    console.log(`NorNE not found at ${norne}: skipping the entity-tagger figures (set KG_SHARED_DIR).`);
  }
  if (existsSync(corpus)) {
    console.log(`\n# News corpus (${corpus}), scored as score_extract.py does\n`);
    const flags = process.argv.slice(2);
    console.log(await evalExtract(corpus, { verbose: flags.includes('--verbose'), showCheckErrors: flags.includes('--show-check-errors') }));
    ran++;
  } else {
    console.log(`News corpus not found at ${corpus}: skipping the extraction figures (set KG_SHARED_DIR).`);
  }
  if (ran === 0) console.log('Nothing to evaluate here: the shared evaluation data is absent.');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
