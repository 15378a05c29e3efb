// The statistical NER tagger (server/extract/ner/, trained on NorNE) as one signal of extraction. The module is
// imported like any other, in the product, in the extraction worker and under vitest alike; only its model file
// (models/ner/norne.model.gz) is read lazily, on the first article. Without that file extraction runs on reference
// data and rules alone, and says so in the log once. EXTRACT_NO_TAGGER=1 turns the tagger off on purpose.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { logger } from '../logger.ts';
import { DEFAULT_MODEL_PATH, loadTagger } from './ner/index.ts';

export interface TagSource {
  /** NorNE IOB2 tags for one sentence read alone. */
  tag(tokens: string[]): string[];
  /** Tags for the sentences of one text, in reading order (the way `kg ner` tags a file). */
  tagDocument?(sentences: string[][]): string[][];
}

/** Why getTagger() gives what it gives. */
export type TaggerState =
  | { state: 'unloaded'; model: string } // not asked for yet
  | { state: 'loaded'; model: string; ms: number }
  | { state: 'missing'; model: string } // no model file: extraction without the tagger
  | { state: 'off' } // EXTRACT_NO_TAGGER=1
  | { state: 'set'; tagger: boolean }; // set explicitly with setTagger()

let tagger: TagSource | null | undefined;
let modelPath = DEFAULT_MODEL_PATH;
let status: TaggerState = { state: 'unloaded', model: modelPath };

/** Set (or clear, with null) the tagger explicitly: the rule tests run without it. */
export function setTagger(t: TagSource | null): void {
  tagger = t;
  status = { state: 'set', tagger: t !== null };
}

/** Forgets any tagger set or loaded: the next getTagger() loads the model at `path` (default: the committed one). */
export function resetTagger(path: string = DEFAULT_MODEL_PATH): void {
  tagger = undefined;
  modelPath = path;
  status = { state: 'unloaded', model: path };
}

export function taggerState(): TaggerState {
  return status;
}

/**
 * The tagger extraction uses: the committed model, loaded on first use. null when EXTRACT_NO_TAGGER=1 or when the
 * model file is absent (logged once, as a warning). A model file that is there but cannot be read (corrupt, or
 * trained for other features) is an error, not a reason to read articles differently.
 */
export function getTagger(): TagSource | null {
  if (tagger !== undefined) return tagger;
  if (process.env.EXTRACT_NO_TAGGER === '1') {
    status = { state: 'off' };
    return (tagger = null);
  }
  if (!existsSync(modelPath)) {
    status = { state: 'missing', model: modelPath };
    logger.warn(
      { model: modelPath },
      'NER model file missing: extraction runs without the statistical tagger (make it with npm run train:ner -- ../shared/norne)',
    );
    return (tagger = null);
  }
  const t0 = performance.now();
  try {
    tagger = loadTagger(modelPath);
  } catch (e) {
    throw new Error(`The NER model ${modelPath} could not be loaded: ${(e as Error).message}`, { cause: e });
  }
  const ms = Math.round(performance.now() - t0);
  status = { state: 'loaded', model: modelPath, ms };
  logger.debug({ model: modelPath, ms }, 'NER model loaded');
  return tagger;
}
