import type { Node as NeoNode } from 'neo4j-driver';
import { PageInputError, type Page, type PageArgs } from '../../store/queries/page.ts';
import { badInput, checkDate, MAX } from '../limits.ts';
import { LABEL_OF_NODE_TYPE, toGraphNode } from '../mapping.ts';
import type { EntityFilter } from '../../store/queries/filters.ts';

// What the list resolvers share: argument checks, and a store page as a Relay connection.

export interface ConnectionArgs extends PageArgs {
  where?: Record<string, unknown> | null;
}

/** Paging and cursor errors from the store, as the API's BAD_USER_INPUT. */
export async function asInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof PageInputError) throw badInput(err.message);
    throw err;
  }
}

/** A connection whose totalCount is counted only when asked for (a count scans what a page does not). */
export function toConnection<R, N>(page: Page<R>, toNode: (row: R) => N, count: () => Promise<number>) {
  return {
    edges: page.rows.map((row, i) => ({ cursor: page.cursors[i], node: toNode(row) })),
    pageInfo: {
      startCursor: page.startCursor,
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
    },
    totalCount: count,
  };
}

export function checkIds(name: string, ids: string[] | null | undefined): string[] | null {
  if (!ids) return null;
  if (ids.length > MAX.neighbourhoodIds) throw badInput(`${name} must hold at most ${MAX.neighbourhoodIds} ids (got ${ids.length})`, { maximum: MAX.neighbourhoodIds });
  return ids;
}

export function checkCount(name: string, value: unknown): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || (value as number) < 0) throw badInput(`${name} must be a whole number of at least 0`);
  return value as number;
}

/** EntityWhere as the store's filter: types as labels, dates and ids checked. */
export function entityFilter(w: Record<string, unknown> | null | undefined, at = 'where'): EntityFilter | null {
  if (!w) return null;
  const types = w.types as string[] | null | undefined;
  return {
    labels: types ? types.map((t) => LABEL_OF_NODE_TYPE[t]).filter(Boolean) : null,
    ids: checkIds(`${at}.ids`, w.ids as string[] | null),
    nameContains: (w.nameContains as string | null) || null,
    category: (w.category as string | null) ?? null,
    country: (w.country as string | null) ?? null,
    mentionedIn: checkIds(`${at}.mentionedIn`, w.mentionedIn as string[] | null),
    from: checkDate(`${at}.from`, w.from as string | null),
    to: checkDate(`${at}.to`, w.to as string | null),
    minArticles: checkCount(`${at}.minArticles`, w.minArticles),
  };
}

/** The API's Entity from a node: the drawn fields and the list figures. */
export function toEntity(n: NeoNode, redirectedFrom: string | null = null) {
  const p = n.properties as Record<string, unknown>;
  return {
    ...toGraphNode(n),
    reference: Boolean(p.reference),
    redirectedFrom,
    category: (p.category as string) ?? null,
    country: (p.country as string) ?? null,
    articleCount: (p.articleCount as number) ?? 0,
    mentionCount: (p.mentionCount as number) ?? 0,
    firstSeen: (p.firstSeen as string) ?? null,
    lastSeen: (p.lastSeen as string) ?? null,
  };
}

