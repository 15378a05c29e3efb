// Which loaded elements the filters hide. Pure: it is run on every filter change and unit-tested.
// The date range is judged by the server (`neighbourhood(from, to)` among the canvas ids); this applies it.
import { belowMinimum } from '../look/confidence.ts';
import type { GraphState } from '../graph/types.ts';
import type { FilterState } from './types.ts';
import { daySpan } from '../../../../schema/dates.ts';

/** The first and last day a date covers (schema/dates.ts). */
export const dateSpan = daySpan;

/** True when the date's span overlaps [from, to]; an unknown date is never filtered out. */
export function dateInRange(date: string | undefined | null, from?: string, to?: string): boolean {
  if (!date) return true;
  const [start, end] = dateSpan(date);
  if (from && end < from) return false;
  if (to && start > to) return false;
  return true;
}

/** What the server says lies inside the date range, among the elements on the canvas (null: not known yet). */
export interface InRange {
  edges: ReadonlySet<string>;
}

export interface Hidden {
  nodes: Set<string>;
  edges: Set<string>;
}

export function hiddenElements(graph: GraphState, filters: FilterState, inRange: InRange | null): Hidden {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const dated = Boolean((filters.from || filters.to) && inRange);
  const hiddenRel = new Set(filters.hiddenRelationTypes);
  const hiddenType = new Set(filters.hiddenNodeTypes);
  // Per node: [edges, edges out of the date range]; a node all of whose support is outside the range goes.
  const support = new Map<string, [number, number]>();
  const count = (id: string, out: boolean) => {
    const s = support.get(id) ?? [0, 0];
    s[0]++;
    if (out) s[1]++;
    support.set(id, s);
  };
  for (const edge of graph.edges.values()) {
    const out = dated && !edge.reference && !inRange!.edges.has(edge.id);
    if (out || hiddenRel.has(edge.type) || belowMinimum(edge, filters.minConfidence)) edges.add(edge.id);
    if (edge.type === 'CO_OCCURS' && (!filters.coOccurs || (edge.weight ?? 0) < filters.minWeight)) edges.add(edge.id);
    // Optional CO_OCCURS edges should not keep an otherwise out-of-range node visible.
    if (dated && edge.type !== 'CO_OCCURS') {
      count(edge.source, out);
      count(edge.target, out);
    }
  }
  for (const node of graph.nodes.values()) {
    if (hiddenType.has(node.type)) nodes.add(node.id);
    else if (dated) {
      const s = support.get(node.id);
      if (s && s[0] > 0 && s[0] === s[1]) nodes.add(node.id);
    }
  }
  return { nodes, edges };
}
