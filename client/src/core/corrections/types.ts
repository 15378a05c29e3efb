import type { Correction } from '../../api/types.ts';

export interface CorrectionsState {
  /** Goes up after each correction or revert: the panel shows the selection again, as the graph now has it. */
  revision: number;
  /** A correction or revert is on its way: the panel's correction controls wait. */
  pending: boolean;
  /** The last correction made here and not reverted: the notice's Undo reverts it. */
  last?: Correction;
}
