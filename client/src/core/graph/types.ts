import type { GraphEdge, GraphNode } from '../../api/types.ts';

/** What is loaded on the canvas; filters decide what of it is shown. */
export interface GraphState {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  /** Ids added by the last change, so the canvas can lay out only those. */
  added: readonly string[];
  /** True when the last change replaced everything (a fresh layout is due). */
  replaced: boolean;
  /** Positions the nodes must take instead of a layout (a restored history entry or saved view). */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

export const emptyGraph: GraphState = { nodes: new Map(), edges: new Map(), added: [], replaced: false };
