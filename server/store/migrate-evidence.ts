import { EVIDENCE_TYPES } from './edge-key.ts';
import { REFRESH_FROM_EVIDENCE } from './evidence-cypher.ts';
import { BATCHED_JOB, type Store } from './store.ts';

// A graph written before Evidence nodes kept each edge's evidence in parallel list properties (articleIds,
// sentences, confidences; weights for CO_OCCURS). This files them as Evidence nodes and drops the lists, in
// batches. Idempotent: evidence is merged on (key, articleId), and an edge is done once its lists are gone, so an
// interrupted run picks up where it stopped.

/** The edge's key in Cypher, as edgeId() makes it (the type is one of the fixed EVIDENCE_TYPES). */
const keyExpr = (type: string) =>
  `'${type}|' + s.id + '|' + t.id + ${type === 'HAS_ROLE' ? `CASE WHEN coalesce(x.title, '') <> '' THEN '|' + x.title ELSE '' END` : `''`}`;

const fileEvidence = (type: string) => `
  MATCH (s:Node)-[x:${type}]->(t:Node) WHERE x.articleIds IS NOT NULL OR x.key IS NULL
  CALL {
    WITH s, x, t
    SET x.key = ${keyExpr(type)}
    WITH x
    UNWIND range(0, size(coalesce(x.articleIds, [])) - 1) AS i
    MATCH (a:Article {id: x.articleIds[i]})
    MERGE (ev:Evidence {key: x.key, articleId: a.id})
      ON CREATE SET ev.type = '${type}', ev.sentence = x.sentences[i],
                    ev.confidence = ${type === 'CO_OCCURS' ? 'null' : 'coalesce(x.confidences[i], 0.5)'},
                    ev.weight = ${type === 'CO_OCCURS' ? 'toInteger(coalesce(x.weights[i], 1))' : 'null'},
                    ev.date = a.date, ev.dateFrom = a.dateFrom, ev.dateTo = a.dateTo
    MERGE (ev)-[:IN]->(a)
  } IN TRANSACTIONS OF 500 ROWS`;

// Count, weight and confidence from the evidence just filed (the same figures the writers keep), then no lists.
const dropLists = (type: string) => `
  MATCH ()-[x:${type}]->() WHERE x.articleIds IS NOT NULL
  CALL {
    WITH x
    ${REFRESH_FROM_EVIDENCE}
    REMOVE x.articleIds, x.sentences, x.confidences, x.weights
  } IN TRANSACTIONS OF 500 ROWS`;

/** Files list-property evidence as Evidence nodes (a no-op on a graph that has none). Returns the edges migrated. */
export async function migrateEvidence(store: Store): Promise<number> {
  const session = store.driver.session({ database: store.database });
  let migrated = 0;
  try {
    for (const type of EVIDENCE_TYPES) {
      const pending = await session.run(`MATCH ()-[x:${type}]->() WHERE x.articleIds IS NOT NULL OR x.key IS NULL RETURN count(x) AS n`);
      const n = pending.records[0].get('n') as number;
      if (n === 0) continue;
      await session.run(fileEvidence(type), {}, BATCHED_JOB);
      await session.run(dropLists(type), {}, BATCHED_JOB);
      migrated += n;
    }
  } finally {
    await session.close();
  }
  return migrated;
}

// An edge written before edges kept their confidence counts (see evidence-cypher.ts) gets them from its evidence.
const fillConfidenceCounts = (type: string) => `
  MATCH ()-[x:${type}]->() WHERE x.confidenceCounts IS NULL AND coalesce(x.articleCount, 0) > 0
  CALL (x) {
    ${REFRESH_FROM_EVIDENCE}
  } IN TRANSACTIONS OF 500 ROWS`;

/** Gives every relation edge with evidence its confidence counts. Returns the edges filled in. */
export async function migrateConfidenceCounts(store: Store): Promise<number> {
  const session = store.driver.session({ database: store.database });
  let filled = 0;
  try {
    for (const type of EVIDENCE_TYPES.filter((t) => t !== 'CO_OCCURS')) {
      const pending = await session.run(
        `MATCH ()-[x:${type}]->() WHERE x.confidenceCounts IS NULL AND coalesce(x.articleCount, 0) > 0 RETURN count(x) AS n`,
      );
      const n = pending.records[0].get('n') as number;
      if (n === 0) continue;
      await session.run(fillConfidenceCounts(type), {}, BATCHED_JOB);
      filled += n;
    }
  } finally {
    await session.close();
  }
  return filled;
}

/**
 * migrateEvidence() and migrateConfidenceCounts() once per graph: a Meta node records the version done, so that a
 * start does not scan every edge again (the writers since then keep both).
 */
export async function migrateEvidenceOnce(store: Store): Promise<void> {
  const done = await store.read((tx) => tx.run(`MATCH (m:Meta {id: 'evidence'}) RETURN m.version AS v`));
  const version = done.records[0]?.get('v');
  if (version === 2) return;
  if (version !== 1) await migrateEvidence(store);
  await migrateConfidenceCounts(store);
  await store.write((tx) => tx.run(`MERGE (m:Meta {id: 'evidence'}) SET m.version = 2`));
}
