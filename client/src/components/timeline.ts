// Date range filter: two range inputs over the days between the first and last article dates.
import { dateBoundsAtom, filtersAtom } from '../core/filters/atom.ts';
import { setDateRange } from '../core/filters/actions.ts';
import { h } from './dom.ts';

const DAY = 86_400_000;
const toDay = (date: string) => Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
/** Month-precision bounds ("2022-01") cover the whole month. */
const normalise = (date: string, end: boolean) => {
  if (date.length >= 10) return date.slice(0, 10);
  if (date.length === 7) {
    if (!end) return `${date}-01`;
    const [y, m] = date.split('-').map(Number);
    return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
  }
  return end ? `${date}-12-31` : `${date}-01-01`;
};

export function createTimeline(): HTMLElement {
  const lo = h('input', { type: 'range', 'aria-label': 'Earliest article date' });
  const hi = h('input', { type: 'range', 'aria-label': 'Latest article date' });
  const loOut = h('output', {});
  const hiOut = h('output', {});
  const reset = h('button', { 'aria-label': 'Show all dates' }, 'All dates');
  const note = h('p', { class: 'hint' });
  const root = h('div', { class: 'range' }, h('label', {}, 'From', loOut), lo, h('label', {}, 'To', hiOut), hi, reset, note);

  let min = 0;
  let max = 0;

  function render(): void {
    const b = dateBoundsAtom.get();
    const f = filtersAtom.get();
    if (!b.first || !b.last) {
      for (const el of [lo, hi, reset]) el.disabled = true;
      note.textContent = 'No dated articles yet.';
      loOut.textContent = hiOut.textContent = '—';
      return;
    }
    min = toDay(normalise(b.first, false));
    max = toDay(normalise(b.last, true));
    for (const el of [lo, hi]) {
      el.min = String(min);
      el.max = String(max);
      el.disabled = min === max;
    }
    reset.disabled = !f.from && !f.to;
    lo.value = String(f.from ? Math.max(min, toDay(f.from)) : min);
    hi.value = String(f.to ? Math.min(max, toDay(f.to)) : max);
    loOut.textContent = fromDay(Number(lo.value));
    hiOut.textContent = fromDay(Number(hi.value));
    note.textContent = 'Hides what only articles outside the range support.';
  }

  function commit(): void {
    let a = Number(lo.value);
    let b = Number(hi.value);
    if (a > b) [a, b] = [b, a];
    setDateRange(a > min ? fromDay(a) : undefined, b < max ? fromDay(b) : undefined);
  }

  for (const el of [lo, hi]) {
    el.addEventListener('input', () => {
      loOut.textContent = fromDay(Math.min(Number(lo.value), Number(hi.value)));
      hiOut.textContent = fromDay(Math.max(Number(lo.value), Number(hi.value)));
    });
    el.addEventListener('change', commit);
  }
  reset.addEventListener('click', () => setDateRange(undefined, undefined));
  dateBoundsAtom.subscribe(render);
  filtersAtom.subscribe(render);
  render();
  return root;
}
