import { atom } from '../atom.ts';
import type { LayoutName } from './options.ts';

/** The layout a full re-layout uses; expansions place new nodes with the force layout whatever this is. */
export const layoutAtom = atom<LayoutName>('force');
