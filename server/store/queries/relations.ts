import { int, type Node as NeoNode, type Relationship } from 'neo4j-driver';
import type { Tx } from '../store.ts';
import { articleInRange, entityConditions, type EntityFilter } from './filters.ts';
import { countRows, keysetPage, type Order, type PageArgs, type SortKey } from './page.ts';
import { GRAPH } from '../../../schema/model.ts';

// The relations list: edges between entities, filtered by their ends, confidence, support and dates.

/** Relationship types the list can show (a fixed table: types reach Cypher only from here). */
export const LIST_RELATION_TYPES = GRAPH.evidenceTypes;
const DEFAULT_TYPES = GRAPH.textRelations;

export interface RelationFilter {
  types?: string[] | null;
  source?: EntityFilter | null;
  target?: EntityFilter | null;
  involving?: string[] | null;
  minConfidence?: number | null;
  minArticles?: number | null;
  reference?: boolean | null;
  from?: string | null;
  to?: string | null;
}

/** The edge's API id, as edgeId in serve/mapping.ts builds it (the title only for HAS_ROLE). */
export const EDGE_KEY = `coalesce(x.key, type(x) + '|' + s.id + '|' + t.id +
  CASE WHEN type(x) = 'HAS_ROLE' AND x.title IS NOT NULL THEN '|' + x.title ELSE '' END)`;
export const ARTICLE_COUNT = 'coalesce(x.articleCount, size(x.articleIds), 0)';
const CONFIDENCE = 'CASE WHEN coalesce(x.reference, false) THEN 1.0 ELSE coalesce(x.confidence, 0.0) END';

export const RELATION_ORDERS: Record<string, SortKey> = {
  ARTICLES_DESC: { expr: ARTICLE_COUNT, desc: true },
  CONFIDENCE_DESC: { expr: CONFIDENCE, desc: true },
  ID_ASC: { expr: EDGE_KEY, desc: false },
};

export function relationOrder(names: string[] | null | undefined): Order {
  const picked = [...new Set(names?.length ? names : ['ARTICLES_DESC'])].filter((n) => n in RELATION_ORDERS && n !== 'ID_ASC');
  return { name: picked.join(',') || 'ID_ASC', keys: [...picked.map((n) => RELATION_ORDERS[n]), RELATION_ORDERS.ID_ASC] };
}

// Supported by an article in the range: through the list properties of today's edges, or through :Evidence nodes.
function supportedInRange(range: string): string {
  return `(EXISTS { MATCH (ra:Article) WHERE ra.id IN coalesce(x.articleIds, []) AND ${range} }
    OR EXISTS { MATCH (ev:Evidence {key: ${EDGE_KEY}})-[:IN]->(ra:Article) WHERE ${range} })`;
}

function relationQuery(f: RelationFilter | null | undefined) {
  const types = (f?.types?.length ? f.types : DEFAULT_TYPES).filter((t) => (LIST_RELATION_TYPES as readonly string[]).includes(t));
  const c = entityConditions(f?.source, 's', 's');
  entityConditions(f?.target, 't', 't', c);
  if (f?.involving) {
    c.params.involving = f.involving;
    c.where.push('(s.id IN $involving OR t.id IN $involving)');
  }
  if (f?.minConfidence != null) {
    c.params.minConfidence = f.minConfidence;
    c.where.push(`${CONFIDENCE} >= $minConfidence`);
  }
  if (f?.minArticles != null) {
    c.params.minArticles = int(f.minArticles);
    c.where.push(`${ARTICLE_COUNT} >= $minArticles`);
  }
  if (f?.reference != null) {
    c.params.reference = f.reference;
    c.where.push('coalesce(x.reference, false) = $reference');
  }
  const range = articleInRange('ra', 'support', f?.from ?? null, f?.to ?? null, c);
  if (range) c.where.push(supportedInRange(range));
  const match = types.length ? `MATCH (s:Entity)-[x:${types.join('|')}]->(t:Entity)` : 'MATCH (s:Entity)-[x:NO_SUCH_TYPE]->(t:Entity)';
  return { match, where: c.where, params: c.params, vars: 's, x, t', ret: 's, x, t' };
}

export interface RelationRecord {
  x: Relationship;
  s: NeoNode;
  t: NeoNode;
}

export function relationsPage(tx: Tx, filter: RelationFilter | null | undefined, orderBy: string[] | null | undefined, args: PageArgs) {
  return keysetPage(tx, relationQuery(filter), relationOrder(orderBy), args, (r) => ({
    x: r.get('x') as Relationship,
    s: r.get('s') as NeoNode,
    t: r.get('t') as NeoNode,
  }));
}

export function countRelations(tx: Tx, filter: RelationFilter | null | undefined): Promise<number> {
  return countRows(tx, relationQuery(filter));
}
