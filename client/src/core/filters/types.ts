import type { NodeType, RelationType } from '../../api/types.ts';

export interface FilterState {
  hiddenNodeTypes: NodeType[];
  hiddenRelationTypes: RelationType[];
  /** CO_OCCURS edges are noisy, so they are off until asked for. */
  coOccurs: boolean;
  minWeight: number;
  /** YYYY-MM-DD bounds; undefined means open. */
  from?: string;
  to?: string;
}

export const defaultFilters: FilterState = {
  hiddenNodeTypes: [],
  hiddenRelationTypes: [],
  coOccurs: false,
  minWeight: 1,
};
