import { atom } from '../atom.ts';
import type { StatusState } from './types.ts';

export const statusAtom = atom<StatusState>({ health: 'unknown', busy: 0 });
