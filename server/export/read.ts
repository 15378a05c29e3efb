import neo4j, { type Record as NeoRecord } from 'neo4j-driver';
import { edgeId, NODE_TYPE_OF_LABEL } from '../serve/mapping.ts';
import { evidenceOf, type EvidenceRow } from '../store/queries/evidence.ts';
import type { Store } from '../store/store.ts';
import { edgePredicate, filterParams, nodePredicate, type ExportFilter } from './filter.ts';
import type { ExportEdge, ExportNode } from './model.ts';
import { GRAPH } from '../../schema/model.ts';

// The graph as two streams of rows, read from Neo4j as the writer asks for them: the driver pulls
// `FETCH_SIZE` records at a time and waits while the consumer is busy, so memory stays flat at any size.

const FETCH_SIZE = 500;
/** Relationships whose evidence is looked up together. */
const EVIDENCE_BATCH = 500;
/** Evidence rows kept per relationship; `articleCount` tells how many there are in all. */
export const EVIDENCE_PER_EDGE = 1_000;
const EVIDENCE_TYPES = new Set(GRAPH.evidenceTypes);
const TEXT_FACTS = new Set(GRAPH.textRelations);

export interface ExportOptions {
  filter: ExportFilter;
  /** Neo4j stops the export's transaction after this long. */
  timeoutMs?: number;
}

/** The records of one query, in one read transaction of its own, pulled as they are consumed. */
async function* streamQuery(store: Store, query: string, params: Record<string, unknown>, timeoutMs: number): AsyncGenerator<NeoRecord> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  // An explicit transaction, not a managed one: a retry after rows were written out would repeat them.
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    for await (const record of tx.run(query, params)) yield record;
    await tx.commit();
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

export const NODE_QUERY = `
  MATCH (n:Node) WHERE ${nodePredicate('n')}
  RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.title AS title, n.aliases AS aliases,
    coalesce(n.reference, false) AS reference, n.confidence AS confidence, n.code AS code, n.mentionCount AS mentionCount,
    n.date AS date, n.source AS source, n.section AS section, n.text AS text, n.sentence AS sentence, n.articleId AS articleId,
    CASE WHEN n:Entity THEN COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) RETURN a.id } ELSE [] END AS mentionedIn`;

function toNode(r: NeoRecord): ExportNode {
  const labels = r.get('labels') as string[];
  const label = labels.find((l) => l in NODE_TYPE_OF_LABEL) ?? labels.find((l) => l !== 'Node' && l !== 'Entity') ?? 'Node';
  const isArticle = label === 'Article';
  const articleIds = isArticle ? [r.get('id')] : label === 'Statement' ? [r.get('articleId')] : (r.get('mentionedIn') as string[]);
  return {
    id: r.get('id'),
    labels,
    attrs: {
      type: NODE_TYPE_OF_LABEL[label] ?? label,
      name: r.get('name') ?? r.get('title') ?? (label === 'Statement' ? r.get('text') : null) ?? r.get('id'),
      aliases: r.get('aliases') ?? [],
      reference: r.get('reference'),
      confidence: r.get('confidence'),
      articleIds: articleIds.filter(Boolean),
      sentences: r.get('sentence') ? [r.get('sentence')] : [],
      code: r.get('code'),
      mentionCount: r.get('mentionCount'),
      date: r.get('date'),
      source: r.get('source'),
      section: r.get('section'),
      text: r.get('text'),
    },
  };
}

/** Every node the filter keeps, in no particular order. */
export async function* exportNodes(store: Store, opts: ExportOptions): AsyncGenerator<ExportNode> {
  for await (const r of streamQuery(store, NODE_QUERY, filterParams(opts.filter), opts.timeoutMs ?? 600_000)) yield toNode(r);
}

// A subquery per start node, so that Neo4j expands from it: for `(a:Node)-[r]->(b:Node)` it hash-joined every node on
// b, a table that grows with the graph (13 MB at 20,000 nodes; at 2 million, past db.memory.transaction.max).
export const EDGE_QUERY = `
  MATCH (a:Node)
  CALL (a) { MATCH (a)-[r]->(b) WHERE b:Node AND ${edgePredicate('r', 'a', 'b')} RETURN r, b }
  RETURN a.id AS source, b.id AS target, type(r) AS type, r.title AS title, coalesce(r.weight, r.count) AS weight,
    coalesce(r.reference, false) AS reference, r.confidence AS confidence,
    coalesce(r.articleCount, size(r.articleIds)) AS articleCount,
    [x IN [a, b] WHERE x:Article | x.id] + [x IN [a, b] WHERE x:Statement | x.articleId] AS endArticles`;

function toEdge(r: NeoRecord, evidence: Map<string, EvidenceRow[]>): ExportEdge {
  const type = r.get('type') as string;
  const id = edgeId(type, r.get('source'), r.get('target'), type === 'HAS_ROLE' ? r.get('title') : null);
  const rows = evidence.get(id);
  const articleIds = rows ? rows.map((e) => e.articleId) : [...new Set(r.get('endArticles') as string[])];
  return {
    id,
    source: r.get('source'),
    target: r.get('target'),
    type,
    attrs: {
      type,
      relationId: id,
      title: r.get('title'),
      weight: r.get('weight'),
      reference: r.get('reference'),
      confidence: r.get('reference') && TEXT_FACTS.has(type) ? 1 : r.get('confidence'),
      articleCount: r.get('articleCount') ?? articleIds.length,
      articleIds,
      sentences: rows ? rows.map((e) => e.sentence ?? '') : [],
    },
  };
}

/** A batch of relationship records with their evidence, read in a short transaction beside the stream. */
async function withEvidence(store: Store, batch: NeoRecord[]): Promise<ExportEdge[]> {
  const keys = batch
    .filter((r) => EVIDENCE_TYPES.has(r.get('type')))
    .map((r) => edgeId(r.get('type'), r.get('source'), r.get('target'), r.get('type') === 'HAS_ROLE' ? r.get('title') : null));
  const evidence = keys.length ? await store.read((tx) => evidenceOf(tx, keys, EVIDENCE_PER_EDGE)) : new Map<string, EvidenceRow[]>();
  return batch.map((r) => toEdge(r, evidence));
}

/** Every relationship between kept nodes that the filter keeps, with its evidence. */
export async function* exportEdges(store: Store, opts: ExportOptions): AsyncGenerator<ExportEdge> {
  let batch: NeoRecord[] = [];
  for await (const r of streamQuery(store, EDGE_QUERY, filterParams(opts.filter), opts.timeoutMs ?? 600_000)) {
    batch.push(r);
    if (batch.length < EVIDENCE_BATCH) continue;
    yield* await withEvidence(store, batch);
    batch = [];
  }
  if (batch.length) yield* await withEvidence(store, batch);
}
