import type { EntityType } from '../extract/types.ts';
import type { Tx } from '../store/store.ts';
import { ENTITY_LABELS } from '../write/cypher.ts';
import { CorrectionError } from './types.ts';
import { deleteNode } from '../store/delete-node.ts';

// The entity a correction names, as it is now: ids move (a merge, a fuller name) and leave a redirect, so a
// correction keyed by an id follows it.

export type EntityLabel = EntityType;

export interface LiveEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  keys: string[];
  refKeys: string[];
  reference: boolean;
  mentionCount: number;
  country: string | null;
  /** The id this node is fixed to (a reference id, or its own once corrected), if any. */
  refId: string | null;
}

const FIELDS = `e.id AS id, [l IN labels(e) WHERE l IN $labels][0] AS label, e.name AS name, coalesce(e.aliases, []) AS aliases,
  coalesce(e.keys, []) AS keys, coalesce(e.refKeys, []) AS refKeys, coalesce(e.reference, false) AS reference,
  coalesce(e.mentionCount, 0) AS mentionCount, e.country AS country, e.refId AS refId`;

/** The entity with this id, or the one its redirect leads to; null when neither is there. */
export async function liveEntity(tx: Tx, id: string): Promise<LiveEntity | null> {
  const res = await tx.run(
    `OPTIONAL MATCH (n:Entity {id: $id})
     OPTIONAL MATCH (r:Redirect {from: $id}) WHERE n IS NULL
     OPTIONAL MATCH (m:Entity {id: r.to})
     WITH coalesce(n, m) AS e WHERE e IS NOT NULL
     RETURN ${FIELDS}`,
    { id, labels: ENTITY_LABELS },
  );
  const r = res.records[0];
  if (!r) return null;
  return {
    id: r.get('id'),
    label: r.get('label'),
    name: r.get('name') ?? '',
    aliases: r.get('aliases'),
    keys: r.get('keys'),
    refKeys: r.get('refKeys'),
    reference: r.get('reference'),
    mentionCount: r.get('mentionCount'),
    country: r.get('country') ?? null,
    refId: r.get('refId') ?? null,
  };
}

export async function requireEntity(tx: Tx, id: string): Promise<LiveEntity> {
  const e = await liveEntity(tx, id);
  if (!e) throw new CorrectionError(`No entity with id "${id}"`, 'NOT_FOUND');
  return e;
}

/** An id that is no longer a node's (it moved, or its node went) but names one again: its redirect goes. */
export async function dropRedirect(tx: Tx, id: string): Promise<void> {
  await tx.run(`MATCH (r:Redirect {from: $id}) ${deleteNode('r')}`, { id });
}

/**
 * Fixes a corrected entity's id, as a reference id is fixed. Resolution names a node after its fullest form, so a
 * corrected name (or merged names) would otherwise move it to another id on the next load; a node with a fixed id
 * keeps it (resolve/resolve.ts, isFixed).
 */
export async function fixId(tx: Tx, e: LiveEntity): Promise<void> {
  if (e.refId === null) await tx.run('MATCH (e:Entity {id: $id}) WHERE e.refId IS NULL SET e.refId = e.id', { id: e.id });
}

/** Undoes fixId where nothing else fixes the id (reference data fixes its own). */
export async function unfixId(tx: Tx, id: string): Promise<void> {
  await tx.run('MATCH (e:Entity {id: $id}) WHERE e.refId = e.id AND NOT coalesce(e.reference, false) REMOVE e.refId', { id });
}
