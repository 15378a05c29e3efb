// Pure operations on the loaded graph; no DOM, so they are unit-tested directly.
import type { GraphEdge, GraphNode, Subgraph } from '../../api/types.ts';
import type { GraphState } from './types.ts';

/** Adds nodes and edges; edges whose ends are not loaded are dropped, existing entries are refreshed. */
export function mergeSubgraph(state: GraphState, sub: Pick<Subgraph, 'nodes' | 'edges'>): GraphState {
  const nodes = new Map(state.nodes);
  const edges = new Map(state.edges);
  const added: string[] = [];
  for (const node of sub.nodes) {
    if (!nodes.has(node.id)) added.push(node.id);
    nodes.set(node.id, node);
  }
  for (const edge of sub.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    if (!edges.has(edge.id)) added.push(edge.id);
    edges.set(edge.id, edge);
  }
  return { nodes, edges, added, replaced: false };
}

export function replaceGraph(sub: Pick<Subgraph, 'nodes' | 'edges'>): GraphState {
  const next = mergeSubgraph({ nodes: new Map(), edges: new Map(), added: [], replaced: false }, sub);
  return { ...next, replaced: true };
}

/** Removes nodes and every edge touching them. */
export function removeNodes(state: GraphState, ids: Iterable<string>): GraphState {
  const gone = new Set(ids);
  const nodes = new Map([...state.nodes].filter(([id]) => !gone.has(id)));
  const edges = new Map([...state.edges].filter(([, e]) => !gone.has(e.source) && !gone.has(e.target)));
  return { nodes, edges, added: [], replaced: false };
}

export function removeEdges(state: GraphState, ids: Iterable<string>): GraphState {
  const gone = new Set(ids);
  const edges = new Map([...state.edges].filter(([id]) => !gone.has(id)));
  return { nodes: state.nodes, edges, added: [], replaced: false };
}

/** Neighbours of `id` that hang on it alone: collapsing `id` removes these. */
export function leavesOf(state: GraphState, id: string): string[] {
  const degree = new Map<string, Set<string>>();
  for (const e of state.edges.values()) {
    if (e.source === e.target) continue;
    (degree.get(e.source) ?? degree.set(e.source, new Set()).get(e.source)!).add(e.target);
    (degree.get(e.target) ?? degree.set(e.target, new Set()).get(e.target)!).add(e.source);
  }
  const neighbours = degree.get(id) ?? new Set<string>();
  return [...neighbours].filter((n) => degree.get(n)!.size === 1);
}

/** Keeps only the edges of a subgraph whose both ends are in `ids` (plus the nodes in `ids`). */
export function restrictTo(sub: Pick<Subgraph, 'nodes' | 'edges'>, ids: ReadonlySet<string>): Pick<Subgraph, 'nodes' | 'edges'> {
  return {
    nodes: sub.nodes.filter((n) => ids.has(n.id)),
    edges: sub.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

/** How many nodes of `sub` are not loaded yet. */
export function countNew(state: GraphState, nodes: readonly GraphNode[]): number {
  return nodes.reduce((n, node) => n + (state.nodes.has(node.id) ? 0 : 1), 0);
}

export function edgesOf(state: GraphState, id: string): GraphEdge[] {
  return [...state.edges.values()].filter((e) => e.source === id || e.target === id);
}
