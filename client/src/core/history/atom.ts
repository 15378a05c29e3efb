import { atom } from '../atom.ts';
import type { HistoryStatus } from './types.ts';

export const historyAtom = atom<HistoryStatus>({ canUndo: false, canRedo: false, index: -1 });
