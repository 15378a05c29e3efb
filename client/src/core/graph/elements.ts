// Mapping API nodes and edges to Cytoscape element definitions. Pure, so it is unit-tested.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, NodeType, RelationType } from '../../api/types.ts';
import { confidenceOpacity, edgeConfidence } from '../look/confidence.ts';
import { codeBadge } from '../look/flags.ts';
import { nodeSize } from '../look/size.ts';
import { t } from '../../i18n/index.ts';

const LABEL_MAX = 42;

export function truncate(text: string, max = LABEL_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Countries show their full name (the ISO code is drawn inside the node); quotes and articles a shortened text. */
export function nodeLabel(node: GraphNode): string {
  if (node.type === 'STATEMENT' || node.type === 'ARTICLE') return truncate(node.name, 32);
  return truncate(node.name);
}

export function edgeLabel(edge: GraphEdge): string {
  if (edge.type === 'HAS_ROLE' && edge.title) return truncate(edge.title, 28);
  if (edge.type === 'CO_OCCURS' && edge.weight) return t('edge.coOccursWeight', { weight: edge.weight });
  return RELATION_LABELS[edge.type] ?? edge.type;
}

/** Width grows with the number of supporting articles, with a ceiling so one edge cannot swamp the view. */
export function edgeWidth(edge: Pick<GraphEdge, 'articleIds'>): number {
  return Math.min(1.5 + 1.5 * edge.articleIds.length, 9);
}

export const RELATION_LABELS: Record<RelationType, string> = {
  MENTIONS: t('relation.MENTIONS'),
  SAID: t('relation.SAID'),
  IN: t('relation.IN'),
  ABOUT: t('relation.ABOUT'),
  HAS_ROLE: t('relation.HAS_ROLE'),
  MEMBER_OF: t('relation.MEMBER_OF'),
  SENDS_TROOPS_TO: t('relation.SENDS_TROOPS_TO'),
  LOCATED_IN: t('relation.LOCATED_IN'),
  CO_OCCURS: t('relation.CO_OCCURS'),
};

export const NODE_TYPE_LABELS: Record<NodeType, string> = {
  PERSON: t('type.PERSON'),
  ORGANISATION: t('type.ORGANISATION'),
  COUNTRY: t('type.COUNTRY'),
  LOCATION: t('type.LOCATION'),
  STATEMENT: t('type.STATEMENT'),
  ARTICLE: t('type.ARTICLE'),
};

export function toNodeElement(node: GraphNode): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: nodeLabel(node),
      name: node.name,
      type: node.type,
      code: node.code ?? undefined,
      articleCount: node.articleCount ?? undefined,
      size: nodeSize(node.type, node.articleCount),
      badge: node.type === 'COUNTRY' ? codeBadge(node.code) : undefined,
    },
    classes: node.type.toLowerCase(),
  };
}

/** Edges between the same two nodes: drawn curved apart; a lone edge is drawn straight, which is cheaper to draw. */
export function parallelPairs(edges: Iterable<Pick<GraphEdge, 'source' | 'target'>>): Set<string> {
  const seen = new Set<string>();
  const parallel = new Set<string>();
  for (const e of edges) {
    const key = pairKey(e);
    if (seen.has(key)) parallel.add(key);
    seen.add(key);
  }
  return parallel;
}

export function pairKey(e: Pick<GraphEdge, 'source' | 'target'>): string {
  return e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
}

export function toEdgeElement(edge: GraphEdge, parallel = false): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edgeLabel(edge),
      width: edgeWidth(edge),
      weight: edge.weight ?? 0,
      articles: edge.articleIds.length,
      reference: edge.reference,
      confidence: edgeConfidence(edge) ?? undefined,
      opacity: confidenceOpacity(edgeConfidence(edge)),
      parallel,
    },
    // Reference facts and facts read from text are drawn apart (dashed / solid).
    classes: [edge.type.toLowerCase(), edge.reference ? 'reference' : 'text'].join(' '),
  };
}

/** Elements for a subgraph: nodes first, and only edges whose ends are present. */
export function toElements(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const ids = new Set<string>();
  for (const n of nodes) {
    ids.add(n.id);
    out.push(toNodeElement(n));
  }
  const shown = [...edges].filter((e) => ids.has(e.source) && ids.has(e.target));
  const parallel = parallelPairs(shown);
  for (const e of shown) out.push(toEdgeElement(e, parallel.has(pairKey(e))));
  return out;
}
