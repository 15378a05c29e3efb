import { articleDates } from '../../api/queries.ts';
import { atom } from '../atom.ts';

// Article dates for the timeline layout only (the time filter is answered by the server): fetched once, when the
// timeline is first chosen, at most the API's 5,000 newest.

export const articleDatesAtom = atom<ReadonlyMap<string, string>>(new Map());
let loading: Promise<void> | null = null;

export function ensureArticleDates(): Promise<void> {
  loading ??= articleDates().then(
    (list) => articleDatesAtom.set(new Map(list.filter((a) => a.date).map((a) => [a.id, a.date!]))),
    (err) => {
      loading = null; // a failed fetch is tried again next time
      throw err;
    },
  );
  return loading;
}
