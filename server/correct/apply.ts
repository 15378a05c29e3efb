import type { Tx } from '../store/store.ts';
import { applyMerge } from './merge.ts';
import { applyRename } from './rename.ts';
import { applyRetractRelation, applyRetractStatement } from './retract.ts';
import { applyRetype } from './retype.ts';
import { applySplit } from './split.ts';
import { noteArticles } from './store.ts';
import type { Correction, CorrectionKind } from './types.ts';

// One correction carried out on the graph as it is now. Each kind does nothing where the graph already agrees, so a
// correction applied twice changes nothing the second time.

const APPLY: Record<CorrectionKind, (tx: Tx, c: Correction) => Promise<string[]>> = {
  MERGE_ENTITIES: applyMerge,
  SPLIT_ENTITY: applySplit,
  RETYPE_ENTITY: applyRetype,
  RENAME_ENTITY: applyRename,
  RETRACT_RELATION: applyRetractRelation,
  RETRACT_STATEMENT: applyRetractStatement,
};

/** Applies the correction and records the articles it changed. */
export async function applyCorrection(tx: Tx, c: Correction): Promise<void> {
  const changed = await APPLY[c.kind](tx, c);
  await noteArticles(tx, c.id, changed.filter((a) => !c.articleIds.includes(a)));
}
