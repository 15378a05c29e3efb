// What each expand added, so that Collapse removes exactly that and nothing of the view it started from.
import type { GraphState } from './types.ts';

export interface Added {
  nodes: string[];
  edges: string[];
}

/** The nodes and edges in `after` that were not in `before`. */
export function addedBetween(before: GraphState, after: GraphState): Added {
  return {
    nodes: [...after.nodes.keys()].filter((id) => !before.nodes.has(id)),
    edges: [...after.edges.keys()].filter((id) => !before.edges.has(id)),
  };
}

/** The graph without what an expand added (its edges, and its nodes with every edge touching them). */
export function withoutAdded(state: GraphState, added: Added): GraphState {
  const goneNodes = new Set(added.nodes);
  const goneEdges = new Set(added.edges);
  const nodes = new Map([...state.nodes].filter(([id]) => !goneNodes.has(id)));
  const edges = new Map(
    [...state.edges].filter(([id, e]) => !goneEdges.has(id) && !goneNodes.has(e.source) && !goneNodes.has(e.target)),
  );
  return { nodes, edges, added: [], replaced: false };
}
