export interface CorrectionsState {
  /** Goes up after each correction or revert: the panel shows the selection again, as the graph now has it. */
  revision: number;
}
