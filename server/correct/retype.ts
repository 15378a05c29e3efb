import { entityKeys } from '../resolve/names.ts';
import type { Tx } from '../store/store.ts';
import { ENTITY_LABELS, REFRESH_SEARCH_FIELDS } from '../write/cypher.ts';
import { liveEntity, requireEntity, type EntityLabel, type LiveEntity } from './entities.ts';
import { CorrectionError, type Correction, type NewCorrection } from './types.ts';

// retypeEntity: the entity keeps its id and takes the other label; its keys are made again for the new type (a
// person's one-word forms join nothing, a place's do).

interface RetypeParams {
  id: string;
  type: EntityLabel;
  from: EntityLabel;
}

const isLabel = (l: string): l is EntityLabel => ENTITY_LABELS.includes(l);

export async function prepareRetype(tx: Tx, id: string, label: string): Promise<NewCorrection> {
  if (!isLabel(label)) throw new CorrectionError('type must be PERSON, ORGANISATION, COUNTRY or LOCATION');
  const e = await requireEntity(tx, id);
  if (e.reference) throw new CorrectionError(`"${e.id}" comes from reference data, which types its own entities`);
  if (e.label === label) throw new CorrectionError(`"${e.id}" is already of that type`);
  const params: RetypeParams = { id: e.id, type: label, from: e.label };
  return { kind: 'RETYPE_ENTITY', params: { ...params }, targets: [...new Set([id, e.id])], articleIds: [] };
}

async function setLabel(tx: Tx, e: LiveEntity, label: EntityLabel): Promise<void> {
  // A label is never a parameter: it comes from the fixed table, checked above.
  if (!isLabel(label)) throw new Error(`not an entity label: ${label}`);
  const keys = [...new Set([...e.refKeys, ...entityKeys(label, [e.name, ...e.aliases])])];
  await tx.run(
    `MATCH (e:Entity {id: $id})
     REMOVE e:${ENTITY_LABELS.join(':')}
     SET e:${label}, e.keys = $keys
     ${REFRESH_SEARCH_FIELDS}`,
    { id: e.id, keys },
  );
}

export async function applyRetype(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as RetypeParams;
  const e = await liveEntity(tx, p.id);
  if (e && !e.reference && e.label !== p.type) await setLabel(tx, e, p.type);
  return [];
}

export async function undoRetype(tx: Tx, c: Correction): Promise<void> {
  const p = c.params as unknown as RetypeParams;
  const e = await liveEntity(tx, p.id);
  if (e && e.label === p.type) await setLabel(tx, e, p.from);
}
