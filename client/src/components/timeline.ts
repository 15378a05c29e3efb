// The time range: a histogram of articles per month, two month inputs that can be typed, two sliders over months.
import { dateBoundsAtom, filtersAtom, monthsAtom } from '../core/filters/atom.ts';
import { setDateRange } from '../core/filters/actions.ts';
import { fillMonths, isMonth, monthsBetween, rangeOfMonths } from '../core/timeline/months.ts';
import { formatMonth, t } from '../i18n/index.ts';
import { clear, h } from './dom.ts';

export function createTimeline(): HTMLElement {
  const histogram = h('div', { class: 'histogram', role: 'group', 'aria-label': t('time.histogram') });
  const fromInput = h('input', { type: 'month', id: 'range-from', 'aria-label': t('time.from') });
  const toInput = h('input', { type: 'month', id: 'range-to', 'aria-label': t('time.to') });
  const lo = h('input', { type: 'range', min: 0, step: 1, 'aria-label': t('time.fromSlider') });
  const hi = h('input', { type: 'range', min: 0, step: 1, 'aria-label': t('time.toSlider') });
  const reset = h('button', { 'aria-label': t('time.allDatesLabel') }, t('time.allDates'));
  const note = h('p', { class: 'hint' });
  const root = h('div', { class: 'range' }, histogram, lo, hi,
    h('div', { class: 'months' }, h('label', {}, t('time.fromShort'), fromInput), h('label', {}, t('time.toShort'), toInput)), reset, note);
  let months: string[] = [];

  /** The chosen months, the span's ends when open. */
  function chosen(): [string, string] {
    const f = filtersAtom.get();
    return [f.from?.slice(0, 7) ?? months[0]!, f.to?.slice(0, 7) ?? months.at(-1)!];
  }

  function commit(from: string, to: string): void {
    if (!months.length) return;
    const clamp = (m: string) => (m < months[0]! ? months[0]! : m > months.at(-1)! ? months.at(-1)! : m);
    const r = rangeOfMonths(clamp(from), clamp(to), months[0]!, months.at(-1)!);
    setDateRange(r.from, r.to);
  }

  function drawHistogram(from: string, to: string): void {
    const b = dateBoundsAtom.get();
    const filled = fillMonths(monthsAtom.get(), b.first!, b.last!);
    const max = Math.max(1, ...filled.map((m) => m.count));
    clear(histogram);
    for (const m of filled) {
      const label = t('time.bar', { month: formatMonth(m.month), count: m.count });
      const bar = h('button', { class: `bar${m.month >= from && m.month <= to ? ' on' : ''}`, title: label, 'aria-label': label, 'data-month': m.month, 'data-count': m.count },
        h('span', { style: `height:${Math.max(m.count ? 8 : 2, Math.round((100 * m.count) / max))}%` }));
      bar.addEventListener('click', () => commit(m.month, m.month));
      histogram.append(bar);
    }
  }

  function render(): void {
    const b = dateBoundsAtom.get();
    months = b.first && b.last ? monthsBetween(b.first, b.last) : [];
    const none = months.length === 0;
    for (const el of [lo, hi, fromInput, toInput, reset]) el.disabled = none;
    if (none) {
      clear(histogram);
      note.textContent = t('time.noDates');
      return;
    }
    const [from, to] = chosen();
    for (const input of [fromInput, toInput]) {
      input.min = months[0]!;
      input.max = months.at(-1)!;
    }
    fromInput.value = from;
    toInput.value = to;
    for (const el of [lo, hi]) el.max = String(months.length - 1);
    lo.value = String(Math.max(0, months.indexOf(from)));
    hi.value = String(Math.max(0, months.indexOf(to)));
    reset.disabled = !filtersAtom.get().from && !filtersAtom.get().to;
    note.textContent = t('time.hint');
    drawHistogram(from, to);
  }

  for (const el of [lo, hi]) el.addEventListener('change', () => commit(months[Number(lo.value)]!, months[Number(hi.value)]!));
  for (const input of [fromInput, toInput]) {
    input.addEventListener('change', () => {
      if (isMonth(fromInput.value) && isMonth(toInput.value)) commit(fromInput.value, toInput.value);
    });
  }
  reset.addEventListener('click', () => setDateRange(undefined, undefined));
  dateBoundsAtom.subscribe(render);
  monthsAtom.subscribe(render);
  filtersAtom.subscribe(render);
  render();
  return root;
}
