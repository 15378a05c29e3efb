// The statistical NER tagger as one optional signal. Loaded once, on first use; when its model file is absent
// or fails to load, extraction runs on gazetteers and rules alone.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface TagSource {
  tag(tokens: string[]): string[];
}

let tagger: TagSource | null | undefined;

/** Set (or clear, with null) the tagger explicitly: tests use this to run with and without it. */
export function setTagger(t: TagSource | null): void {
  tagger = t;
}

export function getTagger(): TagSource | null {
  if (tagger !== undefined) return tagger;
  tagger = null;
  if (process.env.EXTRACT_NO_TAGGER === '1') return tagger;
  try {
    // required lazily and synchronously so that extract() stays sync and works without the tagger module
    const require = createRequire(import.meta.url);
    const mod = require('./ner/index.ts') as { loadTagger(): TagSource; DEFAULT_MODEL_PATH: string };
    if (existsSync(mod.DEFAULT_MODEL_PATH)) tagger = mod.loadTagger();
  } catch (e) {
    if (process.env.EXTRACT_DEBUG) console.error(e);
    tagger = null;
  }
  return tagger;
}

/**
 * Whether getTagger() gives (or would give) a tagger in this thread, without loading the model: the extraction
 * worker is told, so that it reads an article the way this thread would (with or without the tagger).
 */
export function taggerAvailable(): boolean {
  if (tagger !== undefined) return tagger !== null;
  if (process.env.EXTRACT_NO_TAGGER === '1') return false;
  try {
    const require = createRequire(import.meta.url);
    const mod = require('./ner/index.ts') as { DEFAULT_MODEL_PATH: string };
    return existsSync(mod.DEFAULT_MODEL_PATH);
  } catch {
    return false;
  }
}
