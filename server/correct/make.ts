import { lockResolution } from '../resolve/lock.ts';
import type { Store, Tx } from '../store/store.ts';
import { applyCorrection } from './apply.ts';
import { prepareMerge } from './merge.ts';
import { prepareRename } from './rename.ts';
import { prepareRetractRelation, prepareRetractStatement } from './retract.ts';
import { prepareRetype } from './retype.ts';
import { prepareSplit } from './split.ts';
import { checkNote, readCorrection, storeCorrection, type CorrectionRecord } from './store.ts';
import type { NewCorrection } from './types.ts';

// A new correction: checked against the graph, stored, and applied, all in one transaction (a refused request writes
// nothing).

export type CorrectionRequest =
  | { kind: 'MERGE_ENTITIES'; ids: string[]; into: string }
  | { kind: 'SPLIT_ENTITY'; id: string; articleIds: string[]; name?: string | null }
  | { kind: 'RETYPE_ENTITY'; id: string; type: string }
  | { kind: 'RENAME_ENTITY'; id: string; name: string }
  | { kind: 'RETRACT_RELATION'; id: string }
  | { kind: 'RETRACT_STATEMENT'; id: string };

function prepare(tx: Tx, r: CorrectionRequest): Promise<NewCorrection> {
  switch (r.kind) {
    case 'MERGE_ENTITIES':
      return prepareMerge(tx, r.ids, r.into);
    case 'SPLIT_ENTITY':
      return prepareSplit(tx, r.id, r.articleIds, r.name);
    case 'RETYPE_ENTITY':
      return prepareRetype(tx, r.id, r.type);
    case 'RENAME_ENTITY':
      return prepareRename(tx, r.id, r.name);
    case 'RETRACT_RELATION':
      return prepareRetractRelation(tx, r.id);
    case 'RETRACT_STATEMENT':
      return prepareRetractStatement(tx, r.id);
  }
}

/** `via` names the interface the correction came through (graphql), `note` the user's reason. */
export async function makeCorrection(store: Store, request: CorrectionRequest, via: string, note?: string | null): Promise<CorrectionRecord> {
  const checked = checkNote(note);
  return store.write(async (tx) => {
    // Corrections change what resolution reads: take turns with it (see resolve/lock.ts).
    await lockResolution(tx);
    const c = await storeCorrection(tx, await prepare(tx, request), via, checked);
    await applyCorrection(tx, c);
    return (await readCorrection(tx, c.id))!;
  });
}
