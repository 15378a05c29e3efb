import type { Node as NeoNode } from 'neo4j-driver';
import type { Tx } from '../store.ts';

/**
 * Each id's node as it is now: the node itself, or the one its redirect leads to when the id moved (a merge, a
 * fuller name). Ids that name neither are absent from the map.
 */
export async function nodesNow(tx: Tx, ids: string[]): Promise<Map<string, NeoNode>> {
  if (!ids.length) return new Map();
  const res = await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (n:Node {id: id})
     OPTIONAL MATCH (r:Redirect {from: id}) WHERE n IS NULL
     OPTIONAL MATCH (m:Node {id: r.to})
     WITH id, coalesce(n, m) AS node WHERE node IS NOT NULL
     RETURN id, node`,
    { ids },
  );
  return new Map(res.records.map((r) => [r.get('id') as string, r.get('node') as NeoNode]));
}
