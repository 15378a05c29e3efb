import type { MonthCount } from '../../api/types.ts';
import { atom } from '../atom.ts';
import { defaultFilters, type FilterState } from './types.ts';
import type { InRange } from './visibility.ts';

export const filtersAtom = atom<FilterState>(defaultFilters);
/** The canvas edges the server finds inside the date range; null without a range or before it answers. */
export const inRangeAtom = atom<InRange | null>(null);
/** Dated articles per month (from `articleMonths`), for the histogram. */
export const monthsAtom = atom<readonly MonthCount[]>([]);
/** The span of article dates, bounds for the range inputs. */
export const dateBoundsAtom = atom<{ first?: string; last?: string }>({});
