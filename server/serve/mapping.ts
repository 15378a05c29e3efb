import type { Node as NeoNode, Relationship } from 'neo4j-driver';
import { edgeId } from '../store/edge-key.ts';
import { GRAPH, type RelationName } from '../../schema/model.ts';

// From Neo4j records to the API's shapes. Node types and relation types map through fixed tables (schema/model.ts).

export const NODE_TYPE_OF_LABEL: Record<string, string> = GRAPH.nodeTypeOfLabel;
export const LABEL_OF_NODE_TYPE: Record<string, string> = Object.fromEntries(
  Object.entries(NODE_TYPE_OF_LABEL).map(([l, t]) => [t, l]),
);
export const RELATION_TYPES = GRAPH.relationTypes;
export type RelationTypeName = RelationName;

export interface GraphNode {
  id: string;
  type: string;
  name: string;
  code: string | null;
  aliases: string[];
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  title: string | null;
  weight: number | null;
  reference: boolean;
  articleIds: string[];
  articleCount: number;
  confidence: number | null;
}

function short(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
}

/** A node, or a map projection of one with its labels (enough to draw it). */
export type NodeLike = Pick<NeoNode, 'labels' | 'properties'>;

export function toGraphNode(n: NodeLike): GraphNode {
  const label = n.labels.find((l) => l in NODE_TYPE_OF_LABEL) ?? 'Location';
  const p = n.properties as Record<string, unknown>;
  const name = (p.name ?? p.title ?? (p.text ? short(String(p.text)) : p.id)) as string;
  return {
    id: p.id as string,
    type: NODE_TYPE_OF_LABEL[label],
    name,
    code: (label === 'Country' ? (p.code as string) : null) ?? null,
    aliases: (p.aliases as string[]) ?? [],
  };
}

export { edgeId };

/** GraphEdge.articleIds holds at most this many of an edge's articles (newest first); Relation.evidence has all. */
export const ARTICLE_SAMPLE = 20;

/** The article an edge without its own evidence belongs to: the article itself, or a statement's article. */
export function articleOfEnds(...ends: NodeLike[]): string[] {
  return ends.flatMap((n) =>
    n.labels.includes('Article') ? [n.properties.id as string] : n.labels.includes('Statement') ? [n.properties.articleId as string] : [],
  );
}

/**
 * An edge for the canvas. `sample` is the newest of its evidence's article ids (see ARTICLE_SAMPLE); an edge
 * without evidence of its own belongs to the article at its end.
 */
export function toGraphEdge(
  r: Pick<Relationship, 'type' | 'properties'>,
  source: string,
  target: string,
  endArticles: string[] = [],
  sample: string[] | null = null,
): GraphEdge {
  const p = r.properties as Record<string, unknown>;
  const title = (p.title as string) ?? null;
  const articleIds = sample ?? [...new Set(endArticles)];
  return {
    id: edgeId(r.type, source, target, r.type === 'HAS_ROLE' ? title : null),
    type: r.type,
    source,
    target,
    title,
    weight: (p.weight as number) ?? (p.count as number) ?? null,
    reference: Boolean(p.reference),
    articleIds,
    articleCount: typeof p.articleCount === 'number' ? p.articleCount : articleIds.length,
    confidence: confidenceOf(r.type, p),
  };
}

const TEXT_FACTS = new Set(GRAPH.textRelations);

/** A fact's confidence as stored (noisy-or over its articles), 1 for reference data; null for other types. */
export function confidenceOf(type: string, p: Record<string, unknown>): number | null {
  if (!TEXT_FACTS.has(type)) return null;
  if (p.reference) return 1;
  return typeof p.confidence === 'number' ? p.confidence : null;
}

/** Relationship types as a Cypher pattern fragment, built only from the fixed list above. */
export function relPattern(types: readonly string[]): string {
  const known = types.filter((t): t is RelationTypeName => (RELATION_TYPES as readonly string[]).includes(t));
  return known.length ? `:${known.join('|')}` : '';
}
