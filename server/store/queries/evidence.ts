import { int } from 'neo4j-driver';
import type { Tx } from '../store.ts';

// The evidence behind text edges, read only through here. This version reads the edges' parallel lists
// (articleIds, sentences, confidences or weights); an edge's evidence is keyed by its API id
// `TYPE|source|target[|title]` (see edgeId in server/serve/mapping.ts).

export interface EvidenceRow { key: string; articleId: string; sentence: string | null; confidence: number | null; weight: number | null; date: string | null }
export interface EvidencePage { rows: EvidenceRow[]; totalCount: number; endCursor: string | null; hasNextPage: boolean }

// Relationship types come only from this table: they are spliced into Cypher.
const EVIDENCE_TYPES = new Set(['HAS_ROLE', 'MEMBER_OF', 'SENDS_TROOPS_TO', 'LOCATED_IN', 'CO_OCCURS']);

interface KeyParts { key: string; type: string; source: string; target: string; title: string | null }

function parseKey(key: string): KeyParts | null {
  const [type, source, target, ...title] = key.split('|');
  if (!EVIDENCE_TYPES.has(type) || !source || !target) return null;
  return { key, type, source, target, title: type === 'HAS_ROLE' ? title.join('|') || null : null };
}

/** Rows of many edges of one type, newest article first, at most `perEdge` each after skipping `skip`. */
async function rowsOfType(tx: Tx, type: string, parts: KeyParts[], perEdge: number, skip = 0) {
  const res = await tx.run(
    `UNWIND $parts AS p
     MATCH (:Node {id: p.source})-[x:${type}]->(:Node {id: p.target})
     WHERE p.title IS NULL OR x.title = p.title
     WITH p, x, range(0, size(coalesce(x.articleIds, [])) - 1) AS idx
     CALL (p, x, idx) {
       UNWIND idx AS i
       OPTIONAL MATCH (a:Article {id: x.articleIds[i]})
       RETURN x.articleIds[i] AS articleId, x.sentences[i] AS sentence, x.confidences[i] AS confidence,
              x.weights[i] AS weight, a.date AS date
       ORDER BY date DESC, articleId
       SKIP $skip LIMIT $perEdge
     }
     RETURN p.key AS key, size(idx) AS total, collect({articleId: articleId, sentence: sentence, confidence: confidence, weight: weight, date: date}) AS rows`,
    { parts, perEdge: int(perEdge), skip: int(skip) },
  );
  return res.records.map((r) => ({
    key: r.get('key') as string,
    total: r.get('total') as number,
    rows: (r.get('rows') as Omit<EvidenceRow, 'key'>[]).filter((row) => row.articleId !== null).map((row) => ({ key: r.get('key') as string, ...row })),
  }));
}

const encodeCursor = (offset: number) => Buffer.from(`e:${offset}`).toString('base64url');
function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^e:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new Error('after is not an evidence cursor from this API');
  return Number(m[1]);
}

/** One edge's evidence, newest article first (date desc, then articleId), keyset-paged by an opaque cursor. */
export async function evidencePage(tx: Tx, key: string, first: number, after?: string | null): Promise<EvidencePage> {
  const parts = parseKey(key);
  const offset = decodeCursor(after);
  if (!parts) return { rows: [], totalCount: 0, endCursor: null, hasNextPage: false };
  const [found] = await rowsOfType(tx, parts.type, [parts], first, offset);
  if (!found) return { rows: [], totalCount: 0, endCursor: null, hasNextPage: false };
  const end = offset + found.rows.length;
  return { rows: found.rows, totalCount: found.total, endCursor: found.rows.length ? encodeCursor(end) : null, hasNextPage: end < found.total };
}

/** The evidence of many edges at once (e.g. for export), at most `perEdge` rows each, same order. */
export async function evidenceOf(tx: Tx, keys: string[], perEdge: number): Promise<Map<string, EvidenceRow[]>> {
  const byType = new Map<string, KeyParts[]>();
  for (const key of new Set(keys)) {
    const parts = parseKey(key);
    if (parts) byType.set(parts.type, [...(byType.get(parts.type) ?? []), parts]);
  }
  const out = new Map<string, EvidenceRow[]>();
  for (const [type, parts] of byType) {
    for (const found of await rowsOfType(tx, type, parts, perEdge)) out.set(found.key, found.rows);
  }
  return out;
}
