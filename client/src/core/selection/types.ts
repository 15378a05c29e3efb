export interface SelectionState {
  /** The node or edge whose details are shown. */
  selected?: { kind: 'node' | 'edge'; id: string };
  /** First end of a path query, waiting for the second. */
  pathStart?: string;
  /** Elements on the highlighted shortest paths. */
  pathIds: readonly string[];
}
