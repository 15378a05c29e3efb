import type { Tx } from '../store/store.ts';
import { parseEdgeKey } from '../store/edge-key.ts';
import { REFRESH_FROM_EVIDENCE } from '../store/evidence-cypher.ts';
import { deleteNode } from '../store/delete-node.ts';

export { ADD_CONFIDENCES, REFRESH_FROM_EVIDENCE } from '../store/evidence-cypher.ts';

// The evidence of an edge: one (:Evidence) node per supporting article, (ev)-[:IN]->(article), filed under the
// edge's key. The edge keeps only what is derived from them (articleCount, confidence and its counts, CO_OCCURS weight),
// so a new article adds one node instead of rewriting ever-growing lists, and updates them without reading the others.

/**
 * Files row r's evidence under edge x's key (`r.evidence`: one per new supporting article, with its sentence, confidence
 * and weight), and adds their count and CO_OCCURS weight (`r.weight`, their sum) to the edge. The articles are new in
 * this transaction, so their evidence is too; the (key, articleId) constraint refuses a second filing.
 */
export const ADD_EVIDENCE = `
  WITH x, r
  CALL (x, r) {
    UNWIND r.evidence AS e
    MATCH (a:Article {id: e.articleId})
    CREATE (ev:Evidence {key: r.key, articleId: a.id, type: type(x), sentence: e.sentence, confidence: e.confidence,
                         weight: toInteger(e.weight), date: a.date, dateFrom: a.dateFrom, dateTo: a.dateTo})
    CREATE (ev)-[:IN]->(a)
  }
  SET x.articleCount = coalesce(x.articleCount, 0) + size(r.evidence),
      x.weight = CASE WHEN r.weight IS NULL THEN x.weight ELSE coalesce(x.weight, 0) + toInteger(r.weight) END`;

/** The ends of each key, to find its edge through the node index. */
const keyRows = (keys: string[]) => keys.map((key) => ({ key, ...parseEdgeKey(key) }));

/**
 * Brings the edges under these keys back in step with their evidence; those left with none (and not reference
 * data) go. Returns how many edges went.
 */
export async function refreshEdges(tx: Tx, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const res = await tx.run(
    `UNWIND $rows AS r
     MATCH (:Node {id: r.source})-[x]->(:Node {id: r.target})
     WHERE x.key = r.key
     ${REFRESH_FROM_EVIDENCE}
     WITH x WHERE x.articleCount = 0 AND NOT coalesce(x.reference, false)
     DELETE x
     RETURN count(*) AS n`,
    { rows: keyRows([...new Set(keys)]) },
  );
  return (res.records[0]?.get('n') as number) ?? 0;
}

/** Removes one article's evidence and brings its edges back in step. */
export async function removeArticleEvidence(tx: Tx, articleId: string): Promise<void> {
  const res = await tx.run(
    `MATCH (:Article {id: $articleId})<-[:IN]-(ev:Evidence)
     WITH ev, ev.key AS key
     ${deleteNode('ev')}
     RETURN collect(DISTINCT key) AS keys`,
    { articleId },
  );
  await refreshEdges(tx, (res.records[0]?.get('keys') as string[]) ?? []);
}

export interface EvidenceProps {
  articleId: string;
  sentence: string | null;
  confidence: number | null;
  weight: number | null;
}

/**
 * One article's evidence for two edges that a merge makes one: the smaller sentence (as resolution picks it when
 * they meet in one article), the weights summed, the higher confidence.
 */
export function combineEvidence(all: EvidenceProps[]): EvidenceProps {
  const pick = <T>(values: (T | null)[], f: (a: T, b: T) => T) =>
    values.reduce<T | null>((acc, v) => (v === null ? acc : acc === null ? v : f(acc, v)), null);
  return {
    articleId: all[0].articleId,
    sentence: pick(all.map((e) => e.sentence), (a, b) => (b < a ? b : a)),
    confidence: pick(all.map((e) => e.confidence), Math.max),
    weight: pick(all.map((e) => e.weight), (a, b) => a + b),
  };
}

/**
 * Files evidence under the keys a merge gives its edges (old key → new key, or null where the edge is gone, a
 * self-loop), combining what one article said for two edges that became one (see combineEvidence).
 */
export async function rekeyEvidence(tx: Tx, moves: Map<string, string | null>): Promise<void> {
  const sources = new Map<string, number>();
  for (const to of moves.values()) if (to !== null) sources.set(to, (sources.get(to) ?? 0) + 1);
  // Evidence stays as it is where its key neither changes nor receives another edge's.
  const touched = [...moves].filter(([from, to]) => from !== to || (sources.get(to!) ?? 0) > 1).map(([from]) => from);
  if (touched.length === 0) return;
  const res = await tx.run(
    `UNWIND $keys AS k MATCH (ev:Evidence {key: k})
     RETURN elementId(ev) AS element, ev.key AS key, ev.articleId AS articleId, ev.sentence AS sentence,
            ev.confidence AS confidence, ev.weight AS weight`,
    { keys: touched },
  );
  const groups = new Map<string, { element: string; key: string; props: EvidenceProps }[]>();
  const deletes: string[] = [];
  for (const r of res.records) {
    const to = moves.get(r.get('key') as string) ?? null;
    const element = r.get('element') as string;
    if (to === null) {
      deletes.push(element);
      continue;
    }
    const props: EvidenceProps = {
      articleId: r.get('articleId'),
      sentence: r.get('sentence') ?? null,
      confidence: r.get('confidence') ?? null,
      weight: r.get('weight') ?? null,
    };
    const id = `${to}\u0000${props.articleId}`;
    groups.set(id, [...(groups.get(id) ?? []), { element, key: r.get('key') as string, props }]);
  }
  const updates = [...groups.entries()].map(([id, evs]) => {
    deletes.push(...evs.slice(1).map((e) => e.element));
    return { element: evs[0].element, key: id.split('\u0000')[0], ...combineEvidence(evs.map((e) => e.props)) };
  });
  // Deleted first: the kept node may take the key of one deleted here, and (key, articleId) is unique.
  if (deletes.length) await tx.run(`UNWIND $deletes AS el MATCH (ev:Evidence) WHERE elementId(ev) = el ${deleteNode('ev')}`, { deletes });
  await tx.run(
    `UNWIND $updates AS u MATCH (ev:Evidence) WHERE elementId(ev) = u.element
     SET ev.key = u.key, ev.sentence = u.sentence, ev.confidence = u.confidence, ev.weight = toInteger(u.weight)`,
    { updates },
  );
}
