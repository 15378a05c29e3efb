// Norwegian named-entity tagger (NorNE tags, IOB2) for tokenised sentences.
import { fileURLToPath } from 'node:url';
import { loadModel } from './io.ts';
import { PerceptronTagger, type Tagger } from './model.ts';

export type { Tagger } from './model.ts';

/** The committed model, trained by `npm run train:ner`. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/ner/norne.model.gz', import.meta.url));

/** Loads a tagger from a model file (default: the committed model). Synchronous. */
export function loadTagger(path: string = DEFAULT_MODEL_PATH): Tagger {
  return new PerceptronTagger(loadModel(path));
}
