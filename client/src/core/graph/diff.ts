// What the canvas must do to show a graph state: elements to add, elements whose data changed, new nodes.
// Pure (the canvas says which ids it holds), so it is unit-tested.
import type { ElementDefinition } from 'cytoscape';
import { pairKey, parallelPairs, toEdgeElement, toNodeElement } from './elements.ts';
import type { GraphState } from './types.ts';

export interface CanvasDiff {
  /** Elements not on the canvas yet, nodes before edges. */
  add: ElementDefinition[];
  /** Elements on the canvas, with their data as the state has it now. */
  update: ElementDefinition[];
  /** Ids of the nodes in `add`. */
  fresh: string[];
}

export function canvasDiff(state: GraphState, onCanvas: (id: string) => boolean): CanvasDiff {
  const diff: CanvasDiff = { add: [], update: [], fresh: [] };
  for (const node of state.nodes.values()) {
    const el = toNodeElement(node);
    if (onCanvas(node.id)) diff.update.push(el);
    else {
      diff.add.push(el);
      diff.fresh.push(node.id);
    }
  }
  const parallel = parallelPairs(state.edges.values());
  for (const edge of state.edges.values()) (onCanvas(edge.id) ? diff.update : diff.add).push(toEdgeElement(edge, parallel.has(pairKey(edge))));
  return diff;
}

/** Whether the state still holds the element of this id (nodes and edges share one id space on the canvas). */
export function inState(state: GraphState, id: string, isNode: boolean): boolean {
  return isNode ? state.nodes.has(id) : state.edges.has(id);
}
