import type { Tx } from '../store/store.ts';

// One lock for the transactions that resolve entities against the graph and then change it.
//
// Resolution reads the nodes an article's names match and then writes the outcome (a new node, a merge, a
// new id). Writes from one process already take turns (store.ts), but two processes loading at once could
// each miss the node the other is creating and leave two nodes for one entity. Taking this lock first makes
// such transactions take turns across processes as well: the second waits for the first to commit, and its
// reads (read committed) then see what the first wrote. It is the reference data's Meta node, which every
// graph has once reference data is loaded (when it is absent there is nothing to lock, and nothing to share).

export async function lockResolution(tx: Tx): Promise<void> {
  await tx.run(`MATCH (m:Meta {id: 'reference'}) SET m.resolutionLock = coalesce(m.resolutionLock, 0) + 1`);
}
