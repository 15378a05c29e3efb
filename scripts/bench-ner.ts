// Tagger speed on one core: model load time, model file size, and tokens per second after warm-up.
// npx tsx scripts/bench-ner.ts [NORNE_DIR] [--model PATH] [--seconds N]
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConll } from '../server/extract/ner/conll.ts';
import { DEFAULT_MODEL_PATH, loadTagger } from '../server/extract/ner/index.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const model = opt('model') ?? DEFAULT_MODEL_PATH;
const seconds = Number(opt('seconds') ?? '5');
const dir = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')))[0] ?? '../shared/norne';

const t0 = performance.now();
const tagger = loadTagger(model);
const loadMs = performance.now() - t0;

const files = ['nob', 'nno'].map((l) => readConll(join(dir, `${l}-dev.tsv`)).map((s) => s.tokens));
const sentences = files.flat();
const tokensPerPass = sentences.reduce((n, s) => n + s.length, 0);

// Warm-up: one full pass lets the JIT settle before timing.
for (const s of sentences) tagger.tag(s);

let tokens = 0;
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  for (const s of sentences) tagger.tag(s);
  tokens += tokensPerPass;
}
const elapsed = (performance.now() - start) / 1000;

// tagDocument: each dev file as one text, as `kg ner` tags a file (two passes when the model has a
// document pass).
for (const f of files) tagger.tagDocument(f);
let docTokens = 0;
const docStart = performance.now();
while (performance.now() - docStart < seconds * 1000) {
  for (const f of files) tagger.tagDocument(f);
  docTokens += tokensPerPass;
}
const docElapsed = (performance.now() - docStart) / 1000;

console.log(`model          ${model}`);
console.log(`model size     ${(statSync(model).size / 1e6).toFixed(2)} MB`);
console.log(`load time      ${loadMs.toFixed(0)} ms`);
console.log(`tag()          ${Math.round(tokens / elapsed).toLocaleString('en')} tokens/s (one core, ${tokens.toLocaleString('en')} tokens in ${elapsed.toFixed(1)} s)`);
console.log(`tagDocument()  ${Math.round(docTokens / docElapsed).toLocaleString('en')} tokens/s (one core, ${docTokens.toLocaleString('en')} tokens in ${docElapsed.toFixed(1)} s)`);
