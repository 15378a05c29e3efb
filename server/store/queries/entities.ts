import type { Node as NeoNode } from 'neo4j-driver';
import type { Tx } from '../store.ts';
import { entityConditions, type EntityFilter } from './filters.ts';
import { countRows, keysetPage, type Order, type PageArgs, type SortKey } from './page.ts';

// The entities list: filtered by entityConditions, sorted by the indexed figures of entity-stats.ts.

export const ENTITY_ORDERS: Record<string, SortKey> = {
  ARTICLES_DESC: { expr: 'e.articleCount', desc: true, indexed: true },
  MENTIONS_DESC: { expr: 'e.mentionCount', desc: true, indexed: true },
  NAME_ASC: { expr: 'e.name', desc: false, indexed: true },
  FIRST_SEEN_DESC: { expr: "coalesce(e.firstSeen, '')", desc: true },
  LAST_SEEN_DESC: { expr: "coalesce(e.lastSeen, '')", desc: true },
};

/** The orders asked for, in turn, then the id: a total order, so a cursor names one place in it. */
export function entityOrder(names: string[] | null | undefined): Order {
  const picked = [...new Set(names?.length ? names : ['ARTICLES_DESC'])].filter((n) => n in ENTITY_ORDERS);
  return { name: picked.join(','), keys: [...picked.map((n) => ENTITY_ORDERS[n]), { expr: 'e.id', desc: false }] };
}

function entityQuery(filter: EntityFilter | null | undefined) {
  const c = entityConditions(filter, 'e', 'e');
  return { match: 'MATCH (e:Entity)', where: c.where, params: c.params, vars: 'e', ret: 'e' };
}

export function entitiesPage(tx: Tx, filter: EntityFilter | null | undefined, orderBy: string[] | null | undefined, args: PageArgs) {
  return keysetPage(tx, entityQuery(filter), entityOrder(orderBy), args, (r) => r.get('e') as NeoNode);
}

export function countEntities(tx: Tx, filter: EntityFilter | null | undefined): Promise<number> {
  return countRows(tx, entityQuery(filter));
}
