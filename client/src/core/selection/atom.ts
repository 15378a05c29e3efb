import { atom } from '../atom.ts';
import type { SelectionState } from './types.ts';

export const selectionAtom = atom<SelectionState>({ pathIds: [] });
