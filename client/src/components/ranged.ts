// The panel follows the date range: lists of dated things keep what falls inside it and say how many did not.
import { filtersAtom } from '../core/filters/atom.ts';
import { dateInRange } from '../core/filters/visibility.ts';
import { t } from '../i18n/index.ts';
import { h } from './dom.ts';

export function withinRange<T>(items: T[], dateOf: (item: T) => string | null | undefined): { kept: T[]; note: HTMLElement | null } {
  const { from, to } = filtersAtom.get();
  if (!from && !to) return { kept: items, note: null };
  const kept = items.filter((item) => dateInRange(dateOf(item), from, to));
  const outside = items.length - kept.length;
  return { kept, note: outside ? h('p', { class: 'meta', 'data-testid': 'outside-range' }, t('time.outside', { count: outside })) : null };
}

/** Calls `refresh` when the range changes, so an open panel follows it. */
export function onRangeChange(refresh: () => void): void {
  let last = '';
  filtersAtom.subscribe((f) => {
    const range = `${f.from ?? ''}|${f.to ?? ''}`;
    if (range === last) return;
    last = range;
    refresh();
  });
  last = `${filtersAtom.get().from ?? ''}|${filtersAtom.get().to ?? ''}`;
}
