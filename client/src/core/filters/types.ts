import { DEFAULT_MIN_CONFIDENCE } from '../look/confidence.ts';
import type { NodeType, RelationType } from '../../api/types.ts';

export interface FilterState {
  hiddenNodeTypes: NodeType[];
  hiddenRelationTypes: RelationType[];
  /** CO_OCCURS edges are noisy, so they are off until asked for. */
  coOccurs: boolean;
  minWeight: number;
  /** Text facts below this confidence are hidden (reference facts count as 1). */
  minConfidence: number;
  /** YYYY-MM-DD bounds; undefined means open. */
  from?: string;
  to?: string;
}

export const defaultFilters: FilterState = {
  hiddenNodeTypes: [],
  hiddenRelationTypes: [],
  coOccurs: false,
  minWeight: 1,
  minConfidence: DEFAULT_MIN_CONFIDENCE,
};
