import type { FilterState } from '../filters/types.ts';
import type { GraphState } from '../graph/types.ts';

/** One step of the view's history: what is loaded, how it is filtered, and where each node stands. */
export interface ViewSnapshot {
  graph: GraphState;
  filters: FilterState;
  positions: ReadonlyMap<string, { x: number; y: number }>;
}

export interface HistoryStatus {
  canUndo: boolean;
  canRedo: boolean;
  index: number;
}
