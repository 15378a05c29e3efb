import { randomUUID } from 'node:crypto';
import type { Node as NeoNode } from 'neo4j-driver';
import type { Tx } from '../store/store.ts';
import { CorrectionError, type Correction, type CorrectionKind, type NewCorrection } from './types.ts';

// Corrections as data: one (:Correction) node each, outside :Node (user data, not extracted facts), kept when every
// article is deleted. Parameters are a JSON string; targets (entity, relation and statement ids) and articleIds are
// lists, so that re-applying finds the corrections an article touches.

export const MAX_NOTE = 1000;

/** The stored record as the API lists it. */
export interface CorrectionRecord extends Correction {
  parameters: string;
  createdAt: string;
  via: string;
  note: string | null;
  reverted: boolean;
  revertedAt: string | null;
  revertNote: string | null;
}

export function checkNote(note: string | null | undefined): string | null {
  if (note == null || note.trim() === '') return null;
  if (note.length > MAX_NOTE) throw new CorrectionError(`note must be at most ${MAX_NOTE} characters`);
  return note.trim();
}

export function toCorrection(n: NeoNode): CorrectionRecord {
  const p = n.properties as Record<string, unknown>;
  return {
    id: p.id as string,
    kind: p.kind as CorrectionKind,
    params: JSON.parse(p.parameters as string) as Record<string, unknown>,
    parameters: p.parameters as string,
    targets: (p.targets as string[]) ?? [],
    articleIds: (p.articleIds as string[]) ?? [],
    createdAt: p.createdAt as string,
    via: p.via as string,
    note: (p.note as string) ?? null,
    reverted: Boolean(p.reverted),
    revertedAt: (p.revertedAt as string) ?? null,
    revertNote: (p.revertNote as string) ?? null,
  };
}

export async function storeCorrection(tx: Tx, c: NewCorrection, via: string, note: string | null): Promise<Correction> {
  const id = `correction:${randomUUID()}`;
  await tx.run(
    // createdAt for people; seq, from a counter, to order by: corrections apply in the order they were made (the time's
    // text drops trailing zeros of its fraction, so it does not sort, and two may fall in one millisecond).
    `MERGE (m:Meta {id: 'corrections'})
     SET m.seq = coalesce(m.seq, 0) + 1
     CREATE (:Correction {id: $id, kind: $kind, parameters: $parameters, targets: $targets, articleIds: $articleIds,
       createdAt: toString(datetime()), seq: m.seq, via: $via, note: $note, reverted: false})`,
    { id, kind: c.kind, parameters: JSON.stringify(c.params), targets: c.targets, articleIds: c.articleIds, via, note },
  );
  return { id, ...c };
}

export async function readCorrection(tx: Tx, id: string): Promise<CorrectionRecord | null> {
  const res = await tx.run('MATCH (c:Correction {id: $id}) RETURN c', { id });
  return res.records.length ? toCorrection(res.records[0].get('c')) : null;
}

/** Adds the articles a correction changed to those it lists (a revert reads them again). */
export async function noteArticles(tx: Tx, id: string, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.run(
    `MATCH (c:Correction {id: $id})
     SET c.articleIds = c.articleIds + [a IN $articleIds WHERE NOT a IN c.articleIds]`,
    { id, articleIds: [...new Set(articleIds)] },
  );
}

export async function markReverted(tx: Tx, id: string, note: string | null): Promise<void> {
  await tx.run('MATCH (c:Correction {id: $id}) SET c.reverted = true, c.revertedAt = toString(datetime()), c.revertNote = $note', { id, note });
}

/** Whether any correction is in force: when none is, loading pays one index lookup for them. */
export async function anyInForce(tx: Tx): Promise<boolean> {
  const res = await tx.run('MATCH (c:Correction {reverted: false}) RETURN c.id LIMIT 1');
  return res.records.length > 0;
}

/**
 * The corrections in force that concern these ids (a target, or the id a target moved to) or articles, oldest first
 * (the order they were made in). Redirects are followed by their `from`, as the writers look them up.
 */
export async function inForceFor(tx: Tx, ids: string[], articleIds: string[]): Promise<Correction[]> {
  const res = await tx.run(
    `MATCH (c:Correction {reverted: false})
     WHERE any(a IN c.articleIds WHERE a IN $articleIds)
        OR any(t IN c.targets WHERE t IN $ids OR EXISTS { MATCH (r:Redirect {from: t}) WHERE r.to IN $ids })
     RETURN c ORDER BY c.seq`,
    { ids, articleIds },
  );
  return res.records.map((r) => toCorrection(r.get('c')));
}
