import type { ResultSummary } from 'neo4j-driver';
import type { Store, Tx } from '../server/store/store.ts';

// Where a request's time goes inside Neo4j: runs the product's own resolver code against a store whose
// transactions PROFILE every query, so that what is measured is exactly what the server sends.

export interface ProfiledQuery {
  query: string; // first line, for recognising it
  ms: number; // server-side: until the first record plus until the last
  dbHits: number;
  rows: number;
  top: string[]; // the operators with the most db hits
}

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

function walk(plan: Plan, visit: (p: Plan) => void) {
  visit(plan);
  for (const c of plan.children) walk(c, visit);
}

function summarise(query: string, summary: ResultSummary): ProfiledQuery {
  const plan = summary.profile as unknown as Plan | false;
  const ops: Plan[] = [];
  if (plan) walk(plan, (p) => ops.push(p));
  const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0));
  return {
    query: query.trim().split('\n').map((l) => l.trim()).join(' ').slice(0, 100),
    ms: num(summary.resultAvailableAfter) + num(summary.resultConsumedAfter),
    dbHits: ops.reduce((n, p) => n + num(p.dbHits), 0),
    rows: plan ? num(plan.rows) : 0,
    top: [...ops]
      .sort((a, b) => num(b.dbHits) - num(a.dbHits))
      .slice(0, 3)
      .map((p) => `${p.operatorType.replace(/@.*/, '')} ${String(p.arguments.Details ?? '').replace(/\s+/g, ' ').slice(0, 70)} (${num(p.dbHits)} hits, ${num(p.rows)} rows)`),
  };
}

type Run = (query: string, params?: Record<string, unknown>) => Promise<Awaited<ReturnType<Tx['run']>>>;

/** A store whose transactions send every query through `run` instead of their own. */
function storeRunningThrough(store: Store, run: (tx: Tx) => Run): Store {
  const wrap = (tx: Tx): Tx =>
    new Proxy(tx, {
      get(target, key, receiver) {
        if (key === 'run') return run(target);
        const v = Reflect.get(target, key, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  return { ...store, read: (work) => store.read((tx) => work(wrap(tx))), write: (work) => store.write((tx) => work(wrap(tx))) };
}

/** Runs call(store') where store' profiles every query; returns one entry per query sent. */
export async function profileCalls(store: Store, call: (s: Store) => Promise<unknown>): Promise<ProfiledQuery[]> {
  const out: ProfiledQuery[] = [];
  const profiled = storeRunningThrough(store, (tx) => async (query, params) => {
    const result = await tx.run(`PROFILE ${query}`, params);
    out.push(summarise(query, result.summary));
    return result;
  });
  await call(profiled);
  return out;
}

/** Times every query a call sends (no PROFILE), keyed by its first lines: for the ingest write stage. */
export function timedStore(store: Store): { store: Store; times: Map<string, number[]> } {
  const times = new Map<string, number[]>();
  const timed = storeRunningThrough(store, (tx) => async (query, params) => {
    const t0 = performance.now();
    const result = await tx.run(query, params);
    const k = query.trim().split('\n').slice(0, 3).map((l) => l.trim()).join(' ').slice(0, 80);
    const list = times.get(k) ?? [];
    list.push(performance.now() - t0);
    times.set(k, list);
    return result;
  });
  return { store: timed, times };
}
