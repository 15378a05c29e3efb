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
  // The whole file is one text: the tagger's document pass reads names across sentences.
  const sentences: string[][] = [];
  const layout: number[] = []; // per line: index of its sentence, or -1 for a blank line
  let sentence: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (sentence.length) sentences.push(sentence);
      sentence = [];
      layout.push(-1);
    } else {
      sentence.push(line.split('\t')[0]);
      layout.push(sentences.length);
    }
  }
  if (sentence.length) sentences.push(sentence);
  const tags = t.tagDocument(sentences);
  let buf = '';
  let s = -1;
  let i = 0;
  for (const ix of layout) {
    if (ix < 0) {
      buf += '\n';
    } else {
      if (ix !== s) {
        s = ix;
        i = 0;
      }
      buf += `${sentences[s][i]}\t${tags[s][i]}\n`;
      i++;
    }
    if (buf.length > 1 << 16) {
      await write(out, buf);
      buf = '';
    }
  }
  if (buf) await write(out, buf);
}
