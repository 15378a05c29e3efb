import { edgeId, EVIDENCE_TYPES, parseEdgeKey } from '../store/edge-key.ts';
import type { Tx } from '../store/store.ts';
import { liveEntity } from './entities.ts';
import { CorrectionError, type Correction, type NewCorrection } from './types.ts';

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

/** Removes the relation and its evidence; the articles that supported it. */
export async function applyRetractRelation(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as RelationParams;
  let s = (await liveEntity(tx, p.source))?.id ?? p.source;
  let t = (await liveEntity(tx, p.target))?.id ?? p.target;
  if (p.type === 'CO_OCCURS' && s > t) [s, t] = [t, s];
  const key = edgeId(p.type, s, t, p.title);
  const evidence = await tx.run(
    `MATCH (ev:Evidence {key: $key}) WITH ev, ev.articleId AS articleId DETACH DELETE ev RETURN collect(articleId) AS ids`,
    { key },
  );
  await tx.run(
    `MATCH (:Node {id: $s})-[x]->(:Node {id: $t}) WHERE type(x) = $type AND ($title IS NULL OR x.title = $title) DELETE x`,
    { s, t, type: p.type, title: p.title },
  );
  return evidence.records[0].get('ids') as string[];
}

export async function prepareRetractStatement(tx: Tx, id: string): Promise<NewCorrection> {
  const res = await tx.run('MATCH (s:Statement {id: $id}) RETURN s.articleId AS articleId', { id });
  if (res.records.length === 0) throw new CorrectionError(`No statement with id "${id}"`, 'NOT_FOUND');
  const params: StatementParams = { id, articleId: res.records[0].get('articleId') };
  return { kind: 'RETRACT_STATEMENT', params: { ...params }, targets: [id], articleIds: [params.articleId] };
}

export async function applyRetractStatement(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as StatementParams;
  const res = await tx.run('MATCH (s:Statement {id: $id}) DETACH DELETE s RETURN count(*) AS n', { id: p.id });
  return (res.records[0].get('n') as number) > 0 ? [p.articleId] : [];
}
