// The timeline layout: x is the date of a node's supporting articles, y spreads nodes of one date apart.
// Hand-written: no Cytoscape layout places nodes on a date axis.
import type { GraphEdge } from '../../api/types.ts';
import type { GraphState } from '../graph/types.ts';
import { dateSpan } from '../filters/visibility.ts';

const DAY_MS = 86_400_000;

/**
 * The articles behind an edge. Relation edges list a sample of them (the newest); text edges (MENTIONS, IN, SAID, ABOUT) are
 * tied to one article through their ends: the article itself, or the article a statement is IN.
 */
export function supportingArticles(edge: GraphEdge, statementArticle: ReadonlyMap<string, string>): string[] {
  if (edge.articleIds.length) return edge.articleIds;
  const one = (id: string | undefined) => (id ? [id] : []);
  switch (edge.type) {
    case 'MENTIONS':
      return one(edge.source);
    case 'IN':
      return one(edge.target);
    case 'SAID':
      return one(statementArticle.get(edge.target));
    case 'ABOUT':
      return one(statementArticle.get(edge.source));
    default:
      return [];
  }
}

/** Each node's earliest supporting date (YYYY-MM-DD): its own for an article, else its edges' articles'. */
export function nodeDates(graph: GraphState, articleDates: ReadonlyMap<string, string>): Record<string, string> {
  const statementArticle = new Map<string, string>();
  for (const e of graph.edges.values()) if (e.type === 'IN') statementArticle.set(e.source, e.target);
  const out: Record<string, string> = {};
  const offer = (id: string, date: string | undefined) => {
    if (!date) return;
    const day = dateSpan(date)[0];
    if (!out[id] || day < out[id]) out[id] = day;
  };
  for (const node of graph.nodes.values()) if (node.type === 'ARTICLE') offer(node.id, articleDates.get(node.id));
  for (const e of graph.edges.values()) {
    for (const a of supportingArticles(e, statementArticle)) {
      offer(e.source, articleDates.get(a));
      offer(e.target, articleDates.get(a));
    }
  }
  return out;
}

/**
 * Positions on a date axis: one column per day (`dayWidth` px apart, at least `minGap` between used dates),
 * nodes of one date stacked `rowHeight` apart; nodes without a date in a column of their own on the left.
 */
export function timelinePositions(ids: readonly string[], dates: Readonly<Record<string, string>>, dayWidth = 12, rowHeight = 60, minGap = 140): Record<string, { x: number; y: number }> {
  const byDate = new Map<string, string[]>();
  for (const id of ids) {
    const key = dates[id] ?? '';
    byDate.set(key, [...(byDate.get(key) ?? []), id]);
  }
  const days = [...byDate.keys()].filter(Boolean).sort();
  const out: Record<string, { x: number; y: number }> = {};
  let x = 0;
  let previous: number | undefined;
  const column = (members: string[], at: number) => members.forEach((id, i) => (out[id] = { x: at, y: (i - (members.length - 1) / 2) * rowHeight }));
  for (const day of days) {
    const t = Date.parse(`${day}T00:00:00Z`);
    if (previous !== undefined) x += Math.max(minGap, ((t - previous) / DAY_MS) * dayWidth);
    previous = t;
    column(byDate.get(day)!, x);
  }
  if (byDate.has('')) column(byDate.get('')!, days.length ? -minGap : 0);
  return out;
}
