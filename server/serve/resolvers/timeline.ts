import { int } from 'neo4j-driver';
import type { Store } from '../../store/store.ts';
import { badInput, checkDate } from '../limits.ts';
import { daySpan } from '../../../schema/dates.ts';

// The time axis: articles per month, and the one date predicate every range-filtered read uses.

export interface MonthCount {
  month: string;
  count: number;
}

/** A range as day bounds for comparison with an article's dateFrom/dateTo ("2022-01" covers the whole month). */
export interface DayRange {
  rangeFrom: string | null;
  rangeTo: string | null;
}

export function dayRange(from?: string | null, to?: string | null): DayRange {
  const f = checkDate('from', from);
  const t = checkDate('to', to);
  return { rangeFrom: f ? daySpan(f)[0] : null, rangeTo: t ? daySpan(t)[1] : null };
}

/** True when article `a` overlaps the range; params $rangeFrom/$rangeTo, both null for no range. */
export const articleInRange = (a: string) =>
  `(($rangeTo IS NULL OR ${a}.dateFrom <= $rangeTo) AND ($rangeFrom IS NULL OR ${a}.dateTo >= $rangeFrom))`;

const NO_RANGE = '($rangeFrom IS NULL AND $rangeTo IS NULL)';

/** An article or statement `z` counts when its article is in range; other nodes always count. */
export const docInRange = (z: string) => `(${NO_RANGE} OR NOT (${z}:Article OR ${z}:Statement)
  OR (${z}:Article AND ${articleInRange(z)})
  OR (${z}:Statement AND EXISTS { MATCH (${z})-[:IN]->(za:Article) WHERE ${articleInRange('za')} }))`;

/**
 * Whether relationship `x` between `n` and `m` is supported inside the range: reference facts always; an edge with
 * evidence of its own when one of its Evidence records is dated in range (an index seek on (key, dateFrom));
 * MENTIONS, IN, SAID, ABOUT when their document ends are. The only place that knows how an edge keeps its articles.
 */
export const edgeInRange = (x: string, n: string, m: string) => `(${NO_RANGE} OR coalesce(${x}.reference, false)
  OR CASE WHEN ${x}.key IS NOT NULL
    THEN EXISTS { MATCH (ev:Evidence {key: ${x}.key}) WHERE ${articleInRange('ev')} }
    ELSE ${docInRange(n)} AND ${docInRange(m)} END)`;

/** Dated articles per month of their first day, oldest first; `from`/`to` (YYYY-MM or YYYY-MM-DD) bound the months. */
export async function articleMonths(store: Store, args: { from?: string | null; to?: string | null }): Promise<MonthCount[]> {
  const { rangeFrom, rangeTo } = dayRange(args.from, args.to);
  if (rangeFrom && rangeTo && rangeFrom > rangeTo) throw badInput('from must not be after to');
  // Whole months: a range starting mid-month still counts that month.
  const lo = rangeFrom ? daySpan(rangeFrom.slice(0, 7))[0] : null;
  const hi = rangeTo ? daySpan(rangeTo.slice(0, 7))[1] : null;
  return store.read(async (tx) => {
    // The article_date index serves the range; only the month strings are counted, never article ids.
    const res = await tx.run(
      `MATCH (a:Article) WHERE a.dateFrom >= coalesce($lo, '') AND a.dateFrom <= coalesce($hi, '9999')
       WITH substring(a.dateFrom, 0, 7) AS month, count(*) AS count
       RETURN month, count ORDER BY month LIMIT $max`,
      { lo, hi, max: int(MAX_MONTHS) },
    );
    return res.records.map((r) => ({ month: r.get('month') as string, count: Number(r.get('count')) }));
  });
}

/** Two and a half centuries of months: more than any corpus spans, and a bound on the answer. */
const MAX_MONTHS = 3000;
