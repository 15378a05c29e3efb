// NorNE evaluation of the tagger: precision, recall and F1 over exact entity spans, folded to the
// knowledge graph's PER/ORG/GPE/LOC and with NorNE's nine types, for Bokmål and Nynorsk dev and test.
// Run alone: npx tsx scripts/eval-ner.ts [NORNE_DIR] [--model PATH]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConll } from '../server/extract/ner/conll.ts';
import { loadTagger } from '../server/extract/ner/index.ts';
import { formatScore, prf, scoreTags, type TypeMode } from '../server/extract/ner/score.ts';

export async function evalNer(norneDir: string, modelPath?: string): Promise<string> {
  const tagger = loadTagger(modelPath);
  const out: string[] = [];
  // Whole files go through tagDocument, as `kg ner` tags a file; the last column is tag() alone.
  const summary: string[] = ['split     folded F1   nine-type F1   sentence-only folded'];
  for (const lang of ['nob', 'nno']) {
    for (const split of ['dev', 'test']) {
      const sentences = readConll(join(norneDir, `${lang}-${split}.tsv`));
      const gold = sentences.map((s) => s.tags);
      const pred = tagger.tagDocument(sentences.map((s) => s.tokens));
      const alone = prf(scoreTags(gold, sentences.map((s) => tagger.tag(s.tokens)), 'kg').total).f;
      const f: Record<TypeMode, number> = { kg: 0, full: 0 };
      for (const mode of ['kg', 'full'] as TypeMode[]) {
        const score = scoreTags(gold, pred, mode);
        f[mode] = prf(score.total).f;
        const label = mode === 'kg' ? 'PER/ORG/GPE/LOC' : 'nine types';
        out.push(`== ${lang}-${split} (${label})`, formatScore(score), '');
      }
      summary.push(`${`${lang}-${split}`.padEnd(10)}${f.kg.toFixed(3).padStart(9)}${f.full.toFixed(3).padStart(15)}${alone.toFixed(3).padStart(23)}`);
    }
  }
  return [...out, ...summary].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const mi = args.indexOf('--model');
  const model = mi >= 0 ? args[mi + 1] : undefined;
  const dir = args.filter((a, i) => !a.startsWith('--') && (mi < 0 || i !== mi + 1))[0] ?? '../shared/norne';
  evalNer(dir, model).then(
    (text) => console.log(text),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
