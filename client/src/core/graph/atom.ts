import { atom } from '../atom.ts';
import { emptyGraph, type GraphState } from './types.ts';

export const graphAtom = atom<GraphState>(emptyGraph);
