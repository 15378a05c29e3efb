import { atom } from '../atom.ts';
import type { CorrectionsState } from './types.ts';

export const correctionsAtom = atom<CorrectionsState>({ revision: 0 });
