// Every node this code deletes goes through deleteNode, its properties cleared first.
//
// Why: in Neo4j 5.26, when a transaction changes an indexed property of a stored node and then deletes the node,
// later queries in the same transaction that read that index (a range seek or scan, a text index) still find the
// node, and reading it fails with "Node with id N has been deleted in this transaction". Whether a query reads such
// an index is the planner's choice, made from the graph's statistics, so the failure came and went. Clearing the
// properties first takes the node out of every index's transaction state. tests/write/delete-indexed.test.ts
// shows it on the real Neo4j.

/** Cypher that deletes the node bound to `variable` and its relationships (as DETACH DELETE does). */
export const deleteNode = (variable: string) => `SET ${variable} = {} DETACH DELETE ${variable}`;
