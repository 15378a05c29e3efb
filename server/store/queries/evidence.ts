import { int } from 'neo4j-driver';
import type { Tx } from '../store.ts';

// An edge's evidence (one row per supporting article), read from the edge's list properties (articleIds with
// sentences, confidences, weights side by side). Every reader goes through here, so that a change of how
// evidence is stored changes this file only.

export interface EvidenceRow { key: string; articleId: string; sentence: string | null; confidence: number | null; weight: number | null; date: string | null }
export interface EvidencePage { rows: EvidenceRow[]; totalCount: number; endCursor: string | null; hasNextPage: boolean }

const TYPES = ['HAS_ROLE', 'MEMBER_OF', 'SENDS_TROOPS_TO', 'LOCATED_IN', 'CO_OCCURS'] as const;

function parseKey(key: string) {
  const [type, source, target, ...title] = key.split('|');
  return (TYPES as readonly string[]).includes(type) && source && target ? { type, source, target, title: title.join('|') || null } : null;
}

// The supporting articles of each key, newest first (date, then id); rows after the cursor's (date, id) only.
const ROWS = (type: string) => `
  UNWIND $edges AS edge
  MATCH (s:Node {id: edge.source})-[x:${type}]->(t:Node {id: edge.target})
  WHERE edge.title IS NULL OR x.title = edge.title
  CALL (x) {
    UNWIND range(0, size(coalesce(x.articleIds, [])) - 1) AS i
    MATCH (a:Article {id: x.articleIds[i]})
    WITH x, i, a, coalesce(a.dateFrom, '') AS sortDate
    WHERE $after IS NULL OR sortDate < $after[0] OR (sortDate = $after[0] AND a.id > $after[1])
    WITH x, i, a, sortDate ORDER BY sortDate DESC, a.id LIMIT $perEdge
    RETURN collect({articleId: a.id, sentence: x.sentences[i], confidence: x.confidences[i],
                    weight: x.weights[i], date: a.date, sortDate: sortDate}) AS rows
  }
  RETURN edge.key AS key, rows, size(coalesce(x.articleIds, [])) AS total`;

interface Fetched { rows: (EvidenceRow & { sortDate: string })[]; total: number }

async function fetchRows(tx: Tx, keys: string[], perEdge: number, after: [string, string] | null): Promise<Map<string, Fetched>> {
  const out = new Map<string, Fetched>();
  const edges = keys.map((key) => ({ key, ...parseKey(key) })).filter((e) => e.type);
  for (const type of new Set(edges.map((e) => e.type as string))) {
    const res = await tx.run(ROWS(type), { edges: edges.filter((e) => e.type === type), perEdge: int(perEdge), after });
    for (const r of res.records) {
      const key = r.get('key') as string;
      out.set(key, { rows: (r.get('rows') as Fetched['rows']).map((row) => ({ ...row, key })), total: r.get('total') as number });
    }
  }
  return out;
}

const strip = ({ sortDate: _, ...row }: EvidenceRow & { sortDate: string }): EvidenceRow => row;

/** One edge's evidence, newest article first (date desc, then articleId), keyset-paged by an opaque cursor. */
export async function evidencePage(tx: Tx, key: string, first: number, after?: string | null): Promise<EvidencePage> {
  let cursor: [string, string] | null = null;
  if (after) {
    try {
      const parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
      if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((v) => typeof v === 'string')) cursor = parsed as [string, string];
    } catch {
      // reported below
    }
    if (!cursor) throw new Error('after is not an evidence cursor from this API');
  }
  const fetched = (await fetchRows(tx, [key], first + 1, cursor)).get(key) ?? { rows: [], total: 0 };
  const rows = fetched.rows.slice(0, first);
  const last = rows.at(-1);
  return {
    rows: rows.map(strip),
    totalCount: fetched.total,
    endCursor: last ? Buffer.from(JSON.stringify([last.sortDate, last.articleId])).toString('base64url') : null,
    hasNextPage: fetched.rows.length > first,
  };
}

/** The evidence of many edges at once (e.g. for export), at most `perEdge` rows each, same order. */
export async function evidenceOf(tx: Tx, keys: string[], perEdge: number): Promise<Map<string, EvidenceRow[]>> {
  const fetched = await fetchRows(tx, keys, perEdge, null);
  return new Map([...fetched].map(([key, f]) => [key, f.rows.map(strip)]));
}
