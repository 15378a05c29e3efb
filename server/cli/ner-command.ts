// `kg ner FILE`: tags a token-per-line file (first column the token, other columns ignored, blank
// lines between sentences) and writes token<TAB>tag lines in the same order, blank lines kept.
import { readFile } from 'node:fs/promises';
import { loadTagger, type Tagger } from '../extract/ner/index.ts';

let cached: Tagger | undefined;

function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

export async function runNer(file: string, out: NodeJS.WritableStream, tagger?: Tagger): Promise<void> {
  const t = tagger ?? (cached ??= loadTagger());
  const lines = (await readFile(file, 'utf8')).split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  let buf = '';
  let sentence: string[] = [];
  const flush = () => {
    if (!sentence.length) return;
    const tags = t.tag(sentence);
    for (let i = 0; i < sentence.length; i++) buf += `${sentence[i]}\t${tags[i]}\n`;
    sentence = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      buf += '\n';
    } else {
      sentence.push(line.split('\t')[0]);
    }
    if (buf.length > 1 << 16) {
      await write(out, buf);
      buf = '';
    }
  }
  flush();
  if (buf) await write(out, buf);
}
