import type { ApiPath } from '../../api/queries.ts';
import { atom } from '../atom.ts';

export interface PathsState {
  from?: string;
  to?: string;
  paths: ApiPath[];
  /** The path highlighted on the canvas. */
  chosen: number;
  /** Each hop's evidence sentence, by edge id (null: none; absent: not fetched yet). */
  sentences: ReadonlyMap<string, string | null>;
  maxLength: number;
}

export const pathsAtom = atom<PathsState>({ paths: [], chosen: 0, sentences: new Map(), maxLength: 4 });
