// Token-per-line files: first column the token, last column a tag when there is more than one,
// a blank line between sentences.
import { readFileSync } from 'node:fs';

export interface Sentence {
  tokens: string[];
  tags: string[];
}

export function parseConll(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.split('\t');
    cur.tokens.push(cols[0]);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

export function readConll(path: string): Sentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}

export function formatConll(sentences: { tokens: string[]; tags: string[] }[]): string {
  return sentences.map((s) => s.tokens.map((t, i) => `${t}\t${s.tags[i]}\n`).join('')).join('\n');
}
