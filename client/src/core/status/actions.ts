import { fetchHealth } from '../../api/client.ts';
import { statusAtom } from './atom.ts';
import type { Health, Notice } from './types.ts';

export function notify(notice: Notice | undefined): void {
  statusAtom.update((s) => ({ ...s, notice }));
}

/** Runs a request with the busy indicator on; failures become a visible notice and rethrow. */
export async function track<T>(what: string, run: () => Promise<T>): Promise<T> {
  statusAtom.update((s) => ({ ...s, busy: s.busy + 1 }));
  try {
    return await run();
  } catch (error) {
    notify({ kind: 'error', text: `${what}: ${(error as Error).message}` });
    void checkHealth();
    throw error;
  } finally {
    statusAtom.update((s) => ({ ...s, busy: Math.max(0, s.busy - 1) }));
  }
}

export async function checkHealth(): Promise<Health> {
  const h = await fetchHealth();
  const neo4jOk = h.neo4j === true || h.neo4j === 'ok' || h.neo4j === 'up';
  const health: Health = !h.ok && h.neo4j === undefined ? 'server-down' : h.ok || neo4jOk ? 'ok' : 'neo4j-down';
  statusAtom.update((s) => ({ ...s, health }));
  return health;
}
