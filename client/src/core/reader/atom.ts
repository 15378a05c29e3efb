import { atom } from '../atom.ts';
import type { ReaderState } from './types.ts';

export const readerAtom = atom<ReaderState>({});
