// CPU time of extraction over the dev corpus (process.cpuUsage, so a loaded machine does not skew it):
// npx tsx scripts/cpu-extract.ts [CORPUS_DIR] [ROUNDS]. Prints tokens per CPU second, warm.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../server/extract/index.ts';
import { getTagger } from '../server/extract/tagger.ts';
import { layout } from '../server/extract/text.ts';
import { parseArticle } from '../server/parse/article.ts';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const rounds = Number(process.argv[3] ?? 5);
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => parseArticle(readFileSync(join(dir, f), 'utf8')).body);
// tokens as the bench counts them: the extractor's own tokens, punctuation included
const tokens = texts.reduce((n, t) => n + layout(t).sents.reduce((m, s) => m + s.tokens.length, 0), 0);
getTagger();
for (const t of texts) extract(t); // warm-up
const c0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const t of texts) extract(t);
const c = process.cpuUsage(c0);
const s = (c.user + c.system) / 1e6;
console.log(`${texts.length} articles, ${tokens} tokens x ${rounds}: ${s.toFixed(2)} s CPU, ${Math.round((tokens * rounds) / s)} tokens per CPU second`);
