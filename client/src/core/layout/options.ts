// The layouts the explorer offers and the options each runs with. Pure data: the worker and the toolbar read it.
import type { LayoutOptions } from 'cytoscape';

export const LAYOUT_NAMES = ['force', 'concentric', 'hierarchy', 'timeline'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export function isLayoutName(name: unknown): name is LayoutName {
  return (LAYOUT_NAMES as readonly unknown[]).includes(name);
}

/** Above this many nodes the force layout keeps to its spectral ("draft") phase and fewer iterations. */
export const HUGE = 1000;

export interface LayoutRequest {
  name: LayoutName;
  nodes: { id: string; w: number; h: number; x?: number; y?: number }[];
  edges: { id: string; source: string; target: string }[];
  /** Nodes that must keep their place (pinned, or already placed in an incremental layout). */
  fixed: { id: string; x: number; y: number }[];
  /** Only the nodes not fixed move, starting where they are. */
  incremental: boolean;
  /** Hierarchy: the roots (the selection). */
  roots: string[];
  /** Timeline: each node's date (YYYY-MM-DD), where one is known. */
  dates: Record<string, string>;
}

/** Cytoscape options for a layout run headless (no animation, no fit: the canvas applies the positions). */
export function cytoscapeOptions(req: LayoutRequest): LayoutOptions {
  const base = { animate: false, fit: false, padding: 40 };
  const total = req.nodes.length;
  switch (req.name) {
    case 'concentric':
      // Importance on the canvas: the most connected nodes in the middle ring.
      return { ...base, name: 'concentric', concentric: (n: { degree(b: boolean): number }) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 20, avoidOverlap: total <= HUGE } as LayoutOptions;
    case 'hierarchy':
      return { ...base, name: 'breadthfirst', directed: false, roots: req.roots.length ? req.roots.map((id) => `#${CSS_ESCAPE(id)}`).join(',') : undefined, spacingFactor: 1.2, avoidOverlap: total <= HUGE } as LayoutOptions;
    default:
      return {
        ...base,
        name: 'fcose',
        quality: !req.incremental && total > HUGE ? 'draft' : 'default',
        randomize: !req.incremental,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        numIter: total > HUGE ? 600 : 2500,
        fixedNodeConstraint: req.fixed.length ? req.fixed.map((f) => ({ nodeId: f.id, position: { x: f.x, y: f.y } })) : undefined,
      } as LayoutOptions;
  }
}

/** A selector-safe id (ids hold ':' and '|'); CSS.escape is not in every worker. */
function CSS_ESCAPE(id: string): string {
  return id.replace(/[^\w-]/g, (c) => `\\${c}`);
}
