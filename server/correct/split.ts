import { createHash } from 'node:crypto';
import { GRAPH } from '../../schema/model.ts';
import { entityKeys, slug } from '../resolve/names.ts';
import { edgeId, EVIDENCE_TYPES } from '../store/edge-key.ts';
import type { Tx } from '../store/store.ts';
import { ENTITY_LABELS, REFRESH_SEARCH_FIELDS } from '../write/cypher.ts';
import { refreshEntities } from '../write/entity-stats.ts';
import { refreshEdges } from '../write/evidence.ts';
import { dropRedirect, liveEntity, requireEntity, type LiveEntity } from './entities.ts';
import { checkGivenName } from './rename.ts';
import { CorrectionError, type Correction, type NewCorrection } from './types.ts';
import { deleteNode } from '../store/delete-node.ts';

// splitEntity: what some articles say of an entity moves to an entity of its own: their mentions, the statements
// they make it speak or name, and their evidence of its relations. Keyed by (entity id, article ids): when those
// articles are read again, resolution joins them with the entity as before, and the split moves them out again.

export const MAX_SPLIT_ARTICLES = 200;

interface SplitParams {
  id: string;
  articleIds: string[];
  name: string | null;
  newId: string;
}

/** Named: the name's id; unnamed: the entity's id and a hash of the articles (the same split twice is one id). */
function newIdOf(e: LiveEntity, articleIds: string[], name: string | null): string {
  if (name) return `${GRAPH.idPrefixOf[e.label]}:${slug(name)}`;
  const hash = createHash('sha1').update([...articleIds].sort().join('|')).digest('hex').slice(0, 8);
  return `${e.id}-split-${hash}`;
}

export async function prepareSplit(tx: Tx, id: string, articleIds: string[], name: string | null | undefined): Promise<NewCorrection> {
  const articles = [...new Set(articleIds)];
  if (articles.length === 0) throw new CorrectionError('articleIds must name at least one article');
  if (articles.length > MAX_SPLIT_ARTICLES) throw new CorrectionError(`articleIds must hold at most ${MAX_SPLIT_ARTICLES} ids`);
  const clean = name?.trim().replace(/\s+/g, ' ') || null;
  if (clean) checkGivenName(clean);
  const e = await requireEntity(tx, id);
  const res = await tx.run('MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) WHERE a.id IN $articles RETURN collect(a.id) AS ids', { id: e.id, articles });
  const found = new Set(res.records[0].get('ids') as string[]);
  const missing = articles.filter((a) => !found.has(a));
  if (missing.length) throw new CorrectionError(`"${e.id}" is not mentioned in article(s) ${missing.map((a) => `"${a}"`).join(', ')}`);
  const all = await tx.run('MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) RETURN count(a) AS n', { id: e.id });
  if (!e.reference && (all.records[0].get('n') as number) === found.size) {
    throw new CorrectionError(`those are all the articles that mention "${e.id}": rename it instead`);
  }
  const newId = newIdOf(e, articles, clean);
  const taken = await tx.run('MATCH (n:Node {id: $newId}) RETURN count(n) AS n', { newId });
  if (newId === e.id || (taken.records[0].get('n') as number) > 0) {
    throw new CorrectionError(`an entity "${newId}" exists already: give another name, or merge instead`);
  }
  const params: SplitParams = { id: e.id, articleIds: articles, name: clean, newId };
  return { kind: 'SPLIT_ENTITY', params: { ...params }, targets: [...new Set([id, e.id, newId])], articleIds: articles };
}

/** The new entity, made when it is not there: keys only from a name of its own, so that resolution never joins it with the old one. */
async function ensureNew(tx: Tx, e: LiveEntity, p: SplitParams): Promise<void> {
  const label = ENTITY_LABELS.find((l) => l === e.label)!;
  const keys = p.name ? entityKeys(label, [p.name]).filter((k) => !e.keys.includes(k)) : [];
  await dropRedirect(tx, p.newId);
  // Its id fixed (as entities.ts fixId does), so that resolution never renames it after a fuller form.
  await tx.run(
    `MERGE (n:Node {id: $newId})
       ON CREATE SET n:${label}:Entity, n.reference = false, n.mentionCount = 0, n.aliases = [], n.keys = $keys, n.country = $country,
                     n.refId = $newId
     SET n.name = $name
     WITH n AS e
     ${REFRESH_SEARCH_FIELDS}`,
    { newId: p.newId, keys, country: e.country, name: p.name ?? e.name },
  );
}

/** Mentions and statements of the articles move from the entity to the new one. */
async function moveMentions(tx: Tx, from: string, to: string, articles: string[]): Promise<void> {
  await tx.run(
    `MATCH (e:Entity {id: $from}), (n:Entity {id: $to})
     MATCH (a:Article)-[m:MENTIONS]->(e) WHERE a.id IN $articles
     WITH e, n, collect({a: a, m: m}) AS rows, sum(m.count) AS moved
     SET e.mentionCount = e.mentionCount - moved, n.mentionCount = n.mentionCount + moved
     WITH n, rows UNWIND rows AS row
     WITH n, row.a AS a, row.m AS m
     MERGE (a)-[m2:MENTIONS]->(n)
     SET m2 = properties(m)
     DELETE m`,
    { from, to, articles },
  );
  await tx.run(
    `MATCH (e:Entity {id: $from})-[r:SAID]->(s:Statement) WHERE s.articleId IN $articles
     MATCH (n:Entity {id: $to}) MERGE (n)-[:SAID]->(s) DELETE r`,
    { from, to, articles },
  );
  await tx.run(
    `MATCH (s:Statement)-[r:ABOUT]->(e:Entity {id: $from}) WHERE s.articleId IN $articles
     MATCH (n:Entity {id: $to}) MERGE (s)-[:ABOUT]->(n) DELETE r`,
    { from, to, articles },
  );
}

interface Move {
  from: string;
  to: string;
  type: string;
  s: string;
  t: string;
  title: string | null;
}

/** The relations' evidence from the articles moves to the same relations of the new entity. */
async function moveEvidence(tx: Tx, from: string, to: string, articles: string[]): Promise<void> {
  const res = await tx.run(
    `MATCH (e:Entity {id: $from})-[x]-(:Node) WHERE type(x) IN $types AND x.key IS NOT NULL
       AND EXISTS { MATCH (ev:Evidence {key: x.key}) WHERE ev.articleId IN $articles }
     RETURN DISTINCT type(x) AS type, startNode(x).id AS s, endNode(x).id AS t, x.title AS title, x.key AS key`,
    { from, articles, types: EVIDENCE_TYPES },
  );
  const moves: Move[] = res.records.map((r) => {
    const swap = (id: string) => (id === from ? to : id);
    let [s, t] = [swap(r.get('s')), swap(r.get('t'))];
    if (r.get('type') === 'CO_OCCURS' && s > t) [s, t] = [t, s];
    const type = r.get('type') as string;
    const title = type === 'HAS_ROLE' ? (r.get('title') as string | null) : null;
    return { from: r.get('key'), to: edgeId(type, s, t, title), type, s, t, title };
  });
  for (const type of EVIDENCE_TYPES) {
    const rows = moves.filter((m) => m.type === type);
    if (rows.length === 0) continue;
    await tx.run(
      `UNWIND $rows AS r
       MATCH (s:Node {id: r.s}), (t:Node {id: r.t})
       MERGE (s)-[x:${type}${type === 'HAS_ROLE' ? ' {title: r.title}' : ''}]->(t)
         ON CREATE SET x.reference = false, x.key = r.to, x.articleCount = 0${type === 'CO_OCCURS' ? ', x.weight = 0' : ''}
       WITH r
       MATCH (ev:Evidence {key: r.from}) WHERE ev.articleId IN $articles
       SET ev.key = r.to`,
      { rows, articles },
    );
  }
  await refreshEdges(tx, moves.flatMap((m) => [m.from, m.to]));
}

export async function applySplit(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as SplitParams;
  const e = await liveEntity(tx, p.id);
  if (!e || e.id === p.newId) return [];
  const res = await tx.run('MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) WHERE a.id IN $articles RETURN collect(a.id) AS ids', {
    id: e.id,
    articles: p.articleIds,
  });
  const articles = res.records[0].get('ids') as string[];
  if (articles.length === 0) return [];
  await ensureNew(tx, e, p);
  await moveMentions(tx, e.id, p.newId, articles);
  await moveEvidence(tx, e.id, p.newId, articles);
  await refreshEntities(tx, [e.id, p.newId]);
  // Only the split articles had named it (the others are not loaded now): as it would be without them, it is not there.
  await tx.run(
    `MATCH (e:Entity {id: $id}) WHERE NOT coalesce(e.reference, false) AND NOT ()-[:MENTIONS]->(e) ${deleteNode('e')}`,
    { id: e.id },
  );
  return articles;
}
