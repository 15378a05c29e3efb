import { atom } from '../atom.ts';
import { defaultFilters, type FilterState } from './types.ts';

export const filtersAtom = atom<FilterState>(defaultFilters);
/** Article id → date, for the time filter; filled from the `articles` query. */
export const articleDatesAtom = atom<ReadonlyMap<string, string>>(new Map());
/** The span of article dates (from `stats`), bounds for the range inputs. */
export const dateBoundsAtom = atom<{ first?: string; last?: string }>({});
