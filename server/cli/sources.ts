import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import type { ArticleInput } from '../parse/article.ts';
import { decodeArticleBytes, readArticleFile } from './files.ts';

// What `kg load` reads: article files (.txt), JSON Lines files (one article per line) and standard input (either).

export interface SourceItem {
  /** How messages name it: the path as given, `path:line` for JSON Lines, `stdin` or `stdin:line`. */
  label: string;
  /** What the graph keeps as the article's origin: the absolute path or `path:line`; null for standard input. */
  origin: string | null;
  input?: ArticleInput;
  /** Why it could not be read; then there is no input. */
  error?: string;
}

const JsonLine = z.object({
  text: z.string({ error: '"text" is required and must be a string' }),
  date: z.string({ error: '"date" must be a string' }).nullish(),
  source: z.string({ error: '"source" must be a string' }).nullish(),
  title: z.string({ error: '"title" must be a string' }).nullish(),
});

export const isJsonLinesPath = (file: string) => file.endsWith('.jsonl');

/** One JSON Lines line as an article input, or why it is not one. */
export function parseJsonLine(line: string, fallbackSource?: string): { input?: ArticleInput; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `not JSON: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const parsed = JsonLine.safeParse(value);
  if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join('; ') };
  const { text, date, source, title } = parsed.data;
  return { input: { text, date, title, source: source ?? fallbackSource } };
}

/** Standard input holds JSON Lines when its first non-blank line is a JSON object; otherwise it is one article file. */
export function looksLikeJsonLines(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  if (!first.startsWith('{')) return false;
  try {
    const v = JSON.parse(first);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

function* jsonLinesOf(lines: string[], label: string, origin: string | null, source?: string): Generator<SourceItem> {
  for (let i = 0; i < lines.length; i++) {
    const line = i === 0 ? lines[i].replace(/^\uFEFF/, '') : lines[i];
    if (line.trim() === '') continue;
    const at = `${label}:${i + 1}`;
    const { input, error } = parseJsonLine(line, source);
    yield { label: at, origin: origin ? `${origin}:${i + 1}` : null, input, error };
  }
}

async function* jsonLinesFile(file: string, source?: string): AsyncGenerator<SourceItem> {
  // Streamed: an archive's JSON Lines file may be far larger than memory should hold at once.
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const { input, error } = parseJsonLine(line, source);
    yield { label: `${file}:${n}`, origin: `${path.resolve(file)}:${n}`, input, error };
  }
}

export function stdinItems(bytes: Uint8Array, source?: string): SourceItem[] {
  const text = decodeArticleBytes(bytes);
  if (looksLikeJsonLines(text)) return [...jsonLinesOf(text.split(/\r?\n/), 'stdin', null, source)];
  return [{ label: 'stdin', origin: null, input: { text, source } }];
}

/** Every article of the given paths (from articleFiles), in order; standard input is given read, as `stdin`. */
export async function* readItems(files: string[], opts: { source?: string; stdin?: SourceItem[] }): AsyncGenerator<SourceItem> {
  for (const file of files) {
    if (file === '-') {
      yield* opts.stdin ?? [];
    } else if (isJsonLinesPath(file)) {
      yield* jsonLinesFile(file, opts.source);
    } else {
      yield txtItem(file, opts.source);
    }
  }
}

export function txtItem(file: string, source?: string): SourceItem {
  const origin = path.resolve(file);
  try {
    return { label: file, origin, input: { text: readArticleFile(file), source } };
  } catch (err) {
    return { label: file, origin, error: (err as Error).message };
  }
}

/** How many articles the paths hold (non-blank JSON Lines lines count one each), for the progress bar's total. */
export async function countItems(files: string[], stdin?: SourceItem[]): Promise<number> {
  let n = 0;
  for (const file of files) {
    if (file === '-') n += stdin?.length ?? 0;
    else if (!isJsonLinesPath(file)) n++;
    else for await (const line of readline.createInterface({ input: fs.createReadStream(file, 'utf8') })) if (line.trim()) n++;
  }
  return n;
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
