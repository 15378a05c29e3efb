import type http from 'node:http';
import type { Store } from '../store/store.ts';

// /health: whether the server and its Neo4j answer. It asks Neo4j each time, but answers within about a
// second whatever Neo4j does: when the probe is slower than that (Neo4j busy, not away), the last answer
// of the past few seconds stands in, marked stale; a refused connection fails the probe at once.

// Half the second it promises: the rest is for a busy event loop (a batch being resolved, a large request parsed).
const PROBE_BUDGET_MS = 500;
const STALE_FOR_MS = 10_000;

export function healthHandler(store: Store) {
  let last: { ok: boolean; at: number } | null = null;
  return async (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const probe = store.ping(2_000).then((ok) => {
      last = { ok, at: Date.now() };
      return ok;
    });
    const timedOut = new Promise<null>((resolve) => setTimeout(() => resolve(null), PROBE_BUDGET_MS).unref());
    let ok = await Promise.race([probe, timedOut]);
    let stale = false;
    if (ok === null) {
      const recent = last && Date.now() - last.at < STALE_FOR_MS ? last : null;
      ok = recent ? recent.ok : await probe;
      stale = Boolean(recent);
    }
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ ok, neo4j: ok ? 'up' : 'down', ...(stale ? { stale: true } : {}) }));
  };
}
