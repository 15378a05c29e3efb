import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';
import { QueryTimeoutError, type Store } from '../store.ts';
import { checkReadOnly } from './cypher-guard.ts';

// A power user's read-only Cypher: checked by its plan, run in a READ transaction with a time limit and
// a row limit (the memory limit is Neo4j's db.memory.transaction.max), its values made plain JSON.

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
}

export interface CypherAnswer {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  elapsedMs: number;
}

/** A value from Neo4j as JSON: nodes and relationships as their labels or type and properties. */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (isNode(value)) return { labels: value.labels, properties: plain(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: plain(value.properties) };
  if (isPath(value)) return { segments: value.segments.map((s) => ({ start: plain(s.start), relationship: plain(s.relationship), end: plain(s.end) })) };
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value) || isPoint(value)) {
    return value.toString();
  }
  if (neo4j.isInt(value)) return value.toNumber();
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
}

/** Runs `query` read-only; refuses it (CypherRefusedError) before it runs when its plan does anything else. */
export async function runReadOnlyCypher(store: Store, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherAnswer> {
  const started = Date.now();
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(limits.maxRows + 1, 1000) });
  const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'kg-cypher' } });
  // Neo4j checks its time limit only now and then (a big collect runs past it): the answer does not wait.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeoutError(limits.timeoutMs)), limits.timeoutMs + 250);
  });
  const work = async (): Promise<CypherAnswer> => {
    await checkReadOnly(tx, query, params);
    const result = tx.run(query, params);
    const rows: unknown[][] = [];
    let columns: string[] = [];
    let truncated = false;
    for await (const record of result) {
      columns = record.keys as string[];
      if (rows.length === limits.maxRows) {
        truncated = true;
        break;
      }
      rows.push(record.keys.map((k) => plain(record.get(k))));
    }
    if (rows.length === 0) columns = ((await result.keys()) as string[]) ?? [];
    return { columns, rows, truncated, elapsedMs: Date.now() - started };
  };
  const working = work();
  working.catch(() => undefined); // when late wins, its own failure later is no one's to handle
  try {
    return await Promise.race([working, late]);
  } catch (err) {
    if (/TransactionTimedOut|TransactionTerminated/i.test(String((err as { code?: string }).code ?? ''))) throw new QueryTimeoutError(limits.timeoutMs);
    throw err;
  } finally {
    clearTimeout(timer);
    // Not awaited when late: closing waits for Neo4j, which stops the query by its own limits.
    const closing = tx.rollback().catch(() => undefined).then(() => session.close());
    if (Date.now() - started < limits.timeoutMs) await closing;
    else void closing.catch(() => undefined);
  }
}
