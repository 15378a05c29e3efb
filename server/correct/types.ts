// What every correction kind shares: the stored shape, and the error a bad request gets.

export const CORRECTION_KINDS = [
  'MERGE_ENTITIES',
  'SPLIT_ENTITY',
  'RETYPE_ENTITY',
  'RENAME_ENTITY',
  'RETRACT_RELATION',
  'RETRACT_STATEMENT',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** A correction as stored: its parameters, the ids it concerns, and the articles it has changed so far. */
export interface Correction {
  id: string;
  kind: CorrectionKind;
  params: Record<string, unknown>;
  targets: string[];
  articleIds: string[];
}

/** What a kind's checks make of a request: what to store (the id, time and interface are added on storing). */
export type NewCorrection = Omit<Correction, 'id'>;

/** A request that cannot be carried out (an unknown id, a merge into itself, an empty list): nothing is written. */
export class CorrectionError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' = 'BAD_USER_INPUT',
  ) {
    super(message);
    this.name = 'CorrectionError';
  }
}
