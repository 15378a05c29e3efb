import { neighbourhood, luceneQuery } from '../server/serve/resolvers/graph.ts';
import type { Store } from '../server/store/store.ts';
import { timedStore } from './profile.ts';
import { percentile } from './util.ts';

// Where the time of a slow request goes, over many requests rather than one PROFILE: the full-text
// query with and without its fuzzy terms, and each query the neighbourhood resolver sends.

export interface Part {
  part: string;
  calls: number;
  p50: number;
  p95: number;
  msPerRequest: number;
}

function summarise(part: string, times: number[], requests: number): Part {
  const sorted = Float64Array.from(times).sort();
  return { part, calls: times.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), msPerRequest: times.reduce((a, b) => a + b, 0) / requests };
}

const FULLTEXT = `CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: 40}) YIELD node, score
  RETURN node.id AS id, score LIMIT 10`;

/** The search's Lucene query as the product builds it, then without fuzzy terms, then with edit distance 1 at most. */
export async function searchAnatomy(store: Store, terms: string[]): Promise<Part[]> {
  const variants: [string, (q: string) => string][] = [
    ['full-text query as built (exact, prefix, fuzzy)', (q) => q],
    ['  the same without fuzzy terms', (q) => q.replace(/ OR [^ ()]+~\d/g, '')],
    ['  the same with fuzzy edit distance 1 at most', (q) => q.replace(/~2/g, '~1')],
  ];
  const session = store.driver.session({ database: store.database, defaultAccessMode: 'READ' });
  const out: Part[] = [];
  try {
    for (const [label, rewrite] of variants) {
      const queries = terms.map((t) => luceneQuery(t)).filter((q): q is string => Boolean(q)).map(rewrite);
      for (const q of queries.slice(0, 50)) await session.run(FULLTEXT, { q });
      const times: number[] = [];
      for (const q of queries.slice(50)) {
        const t0 = performance.now();
        await session.run(FULLTEXT, { q });
        times.push(performance.now() - t0);
      }
      out.push(summarise(label, times, times.length));
    }
  } finally {
    await session.close();
  }
  return out;
}

/** Each query of the product's neighbourhood(depth 2), timed over many start ids. */
export async function neighbourhoodAnatomy(store: Store, ids: string[]): Promise<Part[]> {
  for (const id of ids.slice(0, 30)) await neighbourhood(store, { ids: [id], depth: 2 });
  const { store: timed, times } = timedStore(store);
  const whole: number[] = [];
  for (const id of ids.slice(30)) {
    const t0 = performance.now();
    await neighbourhood(timed, { ids: [id], depth: 2 });
    whole.push(performance.now() - t0);
  }
  const n = whole.length;
  const name = (q: string) =>
    q.includes('$frontier') ? 'expand one level (called once per level)' : q.includes('RETURN n.id') ? 'start ids' : q.includes(')-[x') ? 'edges among the nodes' : q.includes('RETURN n') ? 'nodes' : q.slice(0, 40);
  return [summarise('whole resolver (one read transaction)', whole, n), ...[...times].map(([q, list]) => summarise(`  ${name(q)}`, list, n))];
}
