// Dates as the graph keeps them — an article's date is a month ("2022-01") or a day ("2022-01-07"), a range bound
// may also be a year — and the days each covers. One rule for parsing articles, the API's range filters and the
// explorer's time controls. Plain TypeScript with no imports, read by the server and the explorer alike.

/** The number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of a YYYY-MM month, as YYYY-MM-DD. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The first and last day a date covers: "2022-01" → 2022-01-01..2022-01-31, "2022" → the year, a day → itself. */
export function daySpan(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d) return [date.slice(0, 10), date.slice(0, 10)];
  if (m) return [`${y}-${m}-01`, monthEnd(`${y}-${m}`)];
  return [`${y}-01-01`, `${y}-12-31`];
}
