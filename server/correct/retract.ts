import { EVIDENCE_TYPES, parseEdgeKey } from '../store/edge-key.ts';
import type { Tx } from '../store/store.ts';
import { CorrectionError, type Correction, type NewCorrection } from './types.ts';
import { deleteNode } from '../store/delete-node.ts';

// retractRelation and retractStatement: a fact taken out, and taken out again whenever an article that states it is
// written again. A relation is keyed by its evidence key (store/edge-key.ts) with its ends followed through redirects;
// a statement by its id (a hash of its article and text, the same on every reading).

interface RelationParams {
  id: string;
  type: string;
  source: string;
  target: string;
  title: string | null;
}

interface StatementParams {
  id: string;
  articleId: string;
  /** The statement's text: an edited article's statement of the same text is the one retracted (carry.ts). */
  text?: string;
}

export async function prepareRetractRelation(tx: Tx, id: string): Promise<NewCorrection> {
  const { type, source, target, title } = parseEdgeKey(id);
  if (!(EVIDENCE_TYPES as readonly string[]).includes(type) || !source || !target) {
    throw new CorrectionError(`relation id must look like TYPE|sourceId|targetId with TYPE one of ${EVIDENCE_TYPES.join(', ')}`);
  }
  const res = await tx.run(
    `MATCH (:Node {id: $source})-[x]->(:Node {id: $target}) WHERE type(x) = $type AND ($title IS NULL OR x.title = $title)
     RETURN count(x) AS n, any(r IN collect(coalesce(x.reference, false)) WHERE r) AS reference`,
    { source, target, type, title },
  );
  if ((res.records[0].get('n') as number) === 0) throw new CorrectionError(`No relation with id "${id}"`, 'NOT_FOUND');
  if (res.records[0].get('reference')) throw new CorrectionError(`"${id}" comes from reference data, which only a change of seeds/ takes out`);
  const params: RelationParams = { id, type, source, target, title };
  return { kind: 'RETRACT_RELATION', params: { ...params }, targets: [id, source, target], articleIds: [] };
}

/**
 * Removes the relation and its evidence; the articles that supported it. One query, since it runs again on every load
 * of an article naming either end: the ends followed through their redirects (a redirect stands only where no node
 * holds the id), the key built as edgeId builds it.
 */
const RETRACT = `
  OPTIONAL MATCH (rs:Redirect {from: $source})
  WITH coalesce(rs.to, $source) AS s
  OPTIONAL MATCH (rt:Redirect {from: $target})
  WITH s, coalesce(rt.to, $target) AS t
  WITH CASE WHEN $type = 'CO_OCCURS' AND s > t THEN [t, s] ELSE [s, t] END AS ends
  WITH ends[0] AS s, ends[1] AS t, $type + '|' + ends[0] + '|' + ends[1] + coalesce('|' + $title, '') AS key
  OPTIONAL MATCH (ev:Evidence {key: key})
  WITH s, t, collect(ev) AS evidence
  WITH s, t, evidence, [e IN evidence | e.articleId] AS articles
  FOREACH (e IN evidence | ${deleteNode('e')})
  WITH s, t, articles
  OPTIONAL MATCH (:Node {id: s})-[x]->(:Node {id: t}) WHERE type(x) = $type AND ($title IS NULL OR x.title = $title)
  DELETE x
  RETURN articles`;

export async function applyRetractRelation(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as RelationParams;
  const res = await tx.run(RETRACT, { source: p.source, target: p.target, type: p.type, title: p.title });
  return [...new Set(res.records.flatMap((r) => r.get('articles') as string[]))];
}

export async function prepareRetractStatement(tx: Tx, id: string): Promise<NewCorrection> {
  const res = await tx.run('MATCH (s:Statement {id: $id}) RETURN s.articleId AS articleId, s.text AS text', { id });
  if (res.records.length === 0) throw new CorrectionError(`No statement with id "${id}"`, 'NOT_FOUND');
  const params: StatementParams = { id, articleId: res.records[0].get('articleId'), text: res.records[0].get('text') };
  return { kind: 'RETRACT_STATEMENT', params: { ...params }, targets: [id], articleIds: [params.articleId] };
}

export async function applyRetractStatement(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as StatementParams;
  const res = await tx.run(`MATCH (s:Statement {id: $id}) ${deleteNode('s')} RETURN count(*) AS n`, { id: p.id });
  return (res.records[0].get('n') as number) > 0 ? [p.articleId] : [];
}
