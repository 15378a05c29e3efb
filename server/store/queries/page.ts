import { int } from 'neo4j-driver';
import type { Tx } from '../store.ts';

// Keyset pages over a sorted Cypher match. A cursor holds the sort values of its row, so the next page starts
// strictly after that row whatever was added or removed meanwhile: nothing is skipped or repeated when the
// sort values themselves do not change. (Relay libraries such as graphql-relay only offer offset cursors,
// which shift when rows are inserted before them, so this is written here.)

/** One sort key: a Cypher expression over the match's variables, never null (coalesce it). */
export interface SortKey {
  expr: string;
  desc: boolean;
  /** A property that is never null and has a range index: the first page then reads the index in order. */
  indexed?: boolean;
}

/** A named order; its last key must be unique per row (an id), so that the order is total. */
export interface Order {
  name: string;
  keys: SortKey[];
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Bad paging input: a cursor of another order or not from this API, or first and last together. */
export class PageInputError extends Error {}

export interface PageQuery {
  /** MATCH (or CALL … YIELD) clauses that bind `vars`. */
  match: string;
  /** Filter conditions on those variables (ANDed); their parameters are in `params`. */
  where: string[];
  params: Record<string, unknown>;
  /** The variables carried from the match to `tail` and `ret`. */
  vars: string;
  /** Clauses run on the page's rows only (e.g. OPTIONAL MATCH of a speaker). */
  tail?: string;
  ret: string;
}

export interface Page<T> {
  rows: T[];
  startCursor: string | null;
  endCursor: string | null;
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export function encodeCursor(order: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify([order, ...values])).toString('base64url');
}

export function decodeCursor(order: Order, cursor: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new PageInputError('the cursor is not one this API gave out');
  }
  if (!Array.isArray(parsed) || parsed[0] !== order.name || parsed.length !== order.keys.length + 1) {
    throw new PageInputError(`the cursor is not one of this list in this order (${order.name})`);
  }
  const values = parsed.slice(1);
  if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) throw new PageInputError('the cursor is not one this API gave out');
  // Whole numbers go to Neo4j as integers, so that they compare with integer properties through the index.
  return values.map((v) => (typeof v === 'number' && Number.isInteger(v) ? int(v) : v));
}

/**
 * Rows strictly after (forward) or before (backward) the cursor's values in this order. Written as "within the first
 * key's bound and not at or before the cursor among its ties" rather than as a disjunction, which the planner would
 * answer by a union of index seeks on each key (most of the label) instead of one range seek in index order.
 */
function keysetCondition(keys: SortKey[], forward: boolean, param: string): string {
  const beyond = (k: SortKey) => (k.desc === forward ? '<' : '>');
  const after = (i: number): string =>
    i === keys.length - 1
      ? `${keys[i].expr} ${beyond(keys[i])} $${param}[${i}]`
      : `(${keys[i].expr} ${beyond(keys[i])} $${param}[${i}] OR (${keys[i].expr} = $${param}[${i}] AND ${after(i + 1)}))`;
  if (keys.length === 1) return after(0);
  const bound = `${keys[0].expr} ${beyond(keys[0])}= $${param}[0]`;
  return `${bound} AND NOT (${keys[0].expr} = $${param}[0] AND NOT ${after(1)})`;
}

function direction(args: PageArgs, fallback: number, max: number): { size: number; forward: boolean; cursor: string | null } {
  if (args.first != null && args.last != null) throw new PageInputError('give first (with after) or last (with before), not both');
  if (args.last != null || args.before != null) {
    if (args.after != null) throw new PageInputError('after goes with first, before with last');
    return { size: checkSize('last', args.last, fallback, max), forward: false, cursor: args.before ?? null };
  }
  return { size: checkSize('first', args.first, fallback, max), forward: true, cursor: args.after ?? null };
}

function checkSize(name: string, value: number | null | undefined, fallback: number, max: number): number {
  if (value == null) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) throw new PageInputError(`${name} must be an integer from 0 to ${max} (got ${value})`);
  return value;
}

export async function keysetPage<T>(
  tx: Tx,
  q: PageQuery,
  order: Order,
  args: PageArgs,
  toRow: (record: { get(key: string): unknown }) => T,
  limits = { fallback: 20, max: 500 },
): Promise<Page<T>> {
  const { size, forward, cursor } = direction(args, limits.fallback, limits.max);
  const where = [...q.where];
  const params: Record<string, unknown> = { ...q.params, pageLimit: int(size + 1) };
  if (cursor) {
    params.pageCursor = decodeCursor(order, cursor);
    where.push(keysetCondition(order.keys, forward, 'pageCursor'));
  } else if (order.keys[0].indexed) {
    where.push(`${order.keys[0].expr} IS NOT NULL`);
  }
  const sort = (keys: SortKey[], flip: boolean) => keys.map((k) => `${k.expr} ${k.desc !== flip ? 'DESC' : 'ASC'}`).join(', ');
  const text = `${q.match}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    WITH ${q.vars} ORDER BY ${sort(order.keys, !forward)} LIMIT $pageLimit
    ${q.tail ?? ''}
    RETURN ${q.ret}, [${order.keys.map((k) => k.expr).join(', ')}] AS sortValues
    ORDER BY ${sort(order.keys, !forward)}`;
  const res = await tx.run(text, params);
  const records = res.records.slice(0, size);
  if (!forward) records.reverse();
  const cursors = records.map((r) => encodeCursor(order.name, r.get('sortValues') as unknown[]));
  const more = res.records.length > size;
  return {
    rows: records.map(toRow),
    cursors,
    startCursor: cursors[0] ?? null,
    endCursor: cursors.at(-1) ?? null,
    // Past a cursor there was a row (the cursor's own); without one, only the fetch says whether more exist.
    hasNextPage: forward ? more : cursor !== null,
    hasPreviousPage: forward ? cursor !== null : more,
  };
}

/** How many rows the match gives with its filters (not paged). */
export async function countRows(tx: Tx, q: Pick<PageQuery, 'match' | 'where' | 'params'>): Promise<number> {
  const res = await tx.run(`${q.match} ${q.where.length ? `WHERE ${q.where.join(' AND ')}` : ''} RETURN count(*) AS n`, q.params);
  return res.records[0].get('n') as number;
}

/** Words of a search, each required, with Lucene's operators escaped so that any text is taken literally. */
export function fulltextQuery(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length || text.length > 200) throw new PageInputError('text must hold 1 to 200 characters of words');
  return words.map((w) => `+${w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}`).join(' ');
}
