// Month arithmetic for the time range; pure, unit-tested.
import type { MonthCount } from '../../api/types.ts';
import { monthEnd } from '../../../../schema/dates.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string): boolean => MONTH.test(text);

/** Every month from `first` to `last` inclusive ("2021-11", "2021-12", "2022-01"). */
export function monthsBetween(first: string, last: string): string[] {
  if (!isMonth(first) || !isMonth(last) || first > last) return [];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 3000; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month === last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

export { monthEnd } from '../../../../schema/dates.ts';

export const monthStart = (month: string): string => `${month}-01`;

/** The counts on every month of the span, zero where no article falls. */
export function fillMonths(counts: readonly MonthCount[], first: string, last: string): MonthCount[] {
  const by = new Map(counts.map((c) => [c.month, c.count]));
  return monthsBetween(first, last).map((month) => ({ month, count: by.get(month) ?? 0 }));
}

/** The filter's day bounds for a month range; the span's own ends mean "open". */
export function rangeOfMonths(from: string, to: string, first: string, last: string): { from?: string; to?: string } {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return { from: a > first ? monthStart(a) : undefined, to: b < last ? monthEnd(b) : undefined };
}
