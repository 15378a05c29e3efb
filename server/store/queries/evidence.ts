import { int } from 'neo4j-driver';
import type { Tx } from '../store.ts';

// Evidence: one (:Evidence {key, type, articleId, sentence, confidence, weight, date}) node per supporting
// article of an edge, filed under the edge's key (its API id). Read here only.

export interface EvidenceRow {
  key: string;
  articleId: string;
  sentence: string | null;
  confidence: number | null;
  weight: number | null;
  date: string | null;
}
export interface EvidencePage {
  rows: EvidenceRow[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

const FIELDS = 'ev.key AS key, ev.articleId AS articleId, ev.sentence AS sentence, ev.confidence AS confidence, ev.weight AS weight, ev.date AS date';

function toRow(r: { get(k: string): unknown }): EvidenceRow {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    key: r.get('key') as string,
    articleId: r.get('articleId') as string,
    sentence: (r.get('sentence') as string | null) ?? null,
    confidence: num(r.get('confidence')),
    weight: num(r.get('weight')),
    date: (r.get('date') as string | null) ?? null,
  };
}

// An undated article sorts after every dated one (date desc): '' is below any date.
const cursorOf = (row: EvidenceRow) => Buffer.from(JSON.stringify([row.date ?? '', row.articleId])).toString('base64url');

function decodeCursor(after: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string')) return v as [string, string];
  } catch {
    // fall through to the error below
  }
  throw new Error('after is not a cursor of this evidence list');
}

/** One edge's evidence, newest article first (date desc, then articleId), keyset-paged by an opaque cursor. */
export async function evidencePage(tx: Tx, key: string, first: number, after?: string | null): Promise<EvidencePage> {
  const [afterDate, afterId] = after ? decodeCursor(after) : [null, null];
  const res = await tx.run(
    `MATCH (ev:Evidence {key: $key})
     WITH ev, coalesce(ev.date, '') AS d
     WHERE $afterId IS NULL OR d < $afterDate OR (d = $afterDate AND ev.articleId > $afterId)
     RETURN ${FIELDS} ORDER BY d DESC, ev.articleId LIMIT $limit`,
    { key, afterDate, afterId, limit: int(first + 1) },
  );
  const total = await tx.run('MATCH (ev:Evidence {key: $key}) RETURN count(ev) AS n', { key });
  const rows = res.records.slice(0, first).map(toRow);
  return {
    rows,
    totalCount: total.records[0].get('n') as number,
    endCursor: rows.length ? cursorOf(rows[rows.length - 1]) : null,
    hasNextPage: res.records.length > first,
  };
}

/** The evidence of many edges at once (e.g. for export), at most `perEdge` rows each, same order. */
export async function evidenceOf(tx: Tx, keys: string[], perEdge: number): Promise<Map<string, EvidenceRow[]>> {
  const out = new Map<string, EvidenceRow[]>(keys.map((k) => [k, []]));
  if (keys.length === 0 || perEdge <= 0) return out;
  const res = await tx.run(
    `UNWIND $keys AS k
     CALL {
       WITH k
       MATCH (ev:Evidence {key: k})
       WITH ev ORDER BY coalesce(ev.date, '') DESC, ev.articleId LIMIT $perEdge
       RETURN ${FIELDS}
     }
     RETURN key, articleId, sentence, confidence, weight, date`,
    { keys: [...new Set(keys)], perEdge: int(perEdge) },
  );
  for (const r of res.records) out.get(r.get('key') as string)!.push(toRow(r));
  return out;
}
