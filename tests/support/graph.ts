import { afterAll, beforeAll, inject } from 'vitest';
import { start, type Running } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { applyConstraints } from '../../server/store/constraints.ts';
import { connect, type Store } from '../../server/store/store.ts';
import { seedReference } from '../../server/write/reference.ts';

// Test access to the run's Neo4j: a store, a clean graph, a running server.

export function neo4jUri(): string {
  return inject('neo4jUri');
}

export function testStore(): Store {
  return connect(neo4jUri(), process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'neo4j', process.env.NEO4J_DATABASE);
}

/** Empties the graph, then puts back constraints and reference data. */
export async function resetGraph(store: Store): Promise<void> {
  const session = store.driver.session({ database: store.database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applyConstraints(store);
  await seedReference(store);
}

/** A store for a whole test file: the graph reset before its tests, the store closed after them. */
export function useCleanGraph(): Store {
  const store = testStore();
  beforeAll(() => resetGraph(store));
  afterAll(() => store.close());
  return store;
}

/** Nodes and relationships of every kind (evidence included), and the Evidence nodes on their own. */
export async function counts(store: Store): Promise<{ nodes: number; relationships: number; evidence: number }> {
  return store.read(async (tx) => {
    const n = await tx.run('MATCH (n) RETURN count(n) AS c');
    const r = await tx.run('MATCH ()-[r]->() RETURN count(r) AS c');
    const e = await tx.run('MATCH (e:Evidence) RETURN count(e) AS c');
    return { nodes: n.records[0].get('c'), relationships: r.records[0].get('c'), evidence: e.records[0].get('c') };
  });
}

/** A server on a free port over the test Neo4j, with a clean graph and the seeds loaded when asked. */
export async function startTestServer(opts: { seed?: boolean; env?: Record<string, string> } = {}): Promise<Running> {
  const store = testStore();
  await resetGraph(store);
  await store.close();
  return start(
    loadConfig({
      ...process.env,
      NEO4J_URI: neo4jUri(),
      PORT: '0',
      HOST: '127.0.0.1',
      KG_SEED: opts.seed === false ? '0' : '1',
      ...opts.env,
    }),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers of many shapes
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}
