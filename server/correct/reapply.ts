import type { Tx } from '../store/store.ts';
import { applyCorrection } from './apply.ts';
import { anyInForce, inForceFor } from './store.ts';

// Corrections applied again after articles' facts are written (a load, a reload, a re-extraction) or removed, inside
// the writer's transaction, so that a user's fix is never silently undone by the extractor.

/** The ids these articles touch: the entities they mention, their statements. */
async function touchedIds(tx: Tx, articleIds: string[], entityIds: string[]): Promise<string[]> {
  const res = await tx.run(
    `CALL {
       UNWIND $articleIds AS aid MATCH (:Article {id: aid})-[:MENTIONS]->(e:Entity) RETURN e.id AS id
       UNION
       UNWIND $articleIds AS aid MATCH (:Article {id: aid})<-[:IN]-(s:Statement) RETURN s.id AS id
       UNION
       UNWIND $entityIds AS id RETURN id
     }
     RETURN collect(DISTINCT id) AS ids`,
    { articleIds, entityIds },
  );
  return res.records[0].get('ids') as string[];
}

/**
 * Applies again, oldest first, every correction in force that concerns these articles (or these entities, for a
 * deletion: the entities its article mentioned, whose names were recomputed). Call it in the same transaction, after
 * the articles' facts are written.
 */
export async function reapplyCorrections(tx: Tx, articleIds: string[], entityIds: string[] = []): Promise<void> {
  if (!(await anyInForce(tx))) return;
  const ids = await touchedIds(tx, articleIds, entityIds);
  for (const c of await inForceFor(tx, ids, articleIds)) await applyCorrection(tx, c);
}
