import type { ResolvedArticle } from '../resolve/resolve.ts';
import type { Tx } from '../store/store.ts';
import { edgeId } from '../store/edge-key.ts';
import { ENTITY_LABELS, REFRESH_SEARCH_FIELDS, TEXT_RELATIONS } from './cypher.ts';
import { ADD_EVIDENCE, REFRESH_CONFIDENCE } from './evidence.ts';
import { refreshArticleEntities } from './entity-stats.ts';
import { applyMerges, dropRedirectsFrom } from './merge.ts';

// The write stage: one resolved article into the graph, inside the caller's transaction.

// The node's name, aliases, keys and country come resolved (the same whatever order articles came in).
const entityUpsert = (label: string) => `
  MATCH (a:Article {id: $articleId})
  UNWIND $rows AS r
  MERGE (e:Node {id: r.id})
    ON CREATE SET e:${label}:Entity, e.reference = false, e.mentionCount = 0
  SET e.name = r.name, e.aliases = r.aliases, e.keys = r.keys, e.country = r.country,
      e.code = coalesce(e.code, r.code), e.refId = coalesce(r.refId, e.refId)
  WITH a, e, r
  ${REFRESH_SEARCH_FIELDS}
  MERGE (a)-[m:MENTIONS]->(e)
    ON CREATE SET m.count = r.count, m.forms = r.forms, m.adjectiveOnly = r.adjectiveOnly,
                  e.mentionCount = e.mentionCount + r.count`;

// One evidence node per relation and article; the edge's confidence recomputed from all its evidence.
const relationMerge = (type: string) => `
  MATCH (a:Article {id: $articleId})
  UNWIND $rows AS r
  MATCH (s:Node {id: r.source})
  MATCH (t:Node {id: r.target})
  MERGE (s)-[x:${type}${type === 'HAS_ROLE' ? ' {title: r.title}' : ''}]->(t)
    ON CREATE SET x.reference = false, x.key = r.key, x.articleCount = 0
  ${ADD_EVIDENCE}
  WITH x
  ${REFRESH_CONFIDENCE}`;

const COOCCURS = `
  MATCH (a:Article {id: $articleId})
  UNWIND $rows AS r
  MATCH (s:Node {id: r.a})
  MATCH (t:Node {id: r.b})
  MERGE (s)-[x:CO_OCCURS]->(t)
    ON CREATE SET x.reference = false, x.key = r.key, x.articleCount = 0, x.weight = 0
  ${ADD_EVIDENCE}`;

const STATEMENTS = `
  MATCH (a:Article {id: $articleId})
  UNWIND $rows AS r
  MERGE (st:Node {id: r.id})
    ON CREATE SET st:Statement, st.text = r.text, st.sentence = r.sentence, st.articleId = $articleId
  MERGE (st)-[:IN]->(a)
  WITH st, r
  OPTIONAL MATCH (sp:Entity {id: r.speakerId})
  FOREACH (_ IN CASE WHEN sp IS NULL THEN [] ELSE [1] END | MERGE (sp)-[:SAID]->(st))
  WITH st, r
  UNWIND r.about AS aboutId
  MATCH (e:Entity {id: aboutId})
  MERGE (st)-[:ABOUT]->(e)`;

export async function articleExists(tx: Tx, id: string): Promise<boolean> {
  const res = await tx.run('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id });
  return (res.records[0].get('n') as number) > 0;
}

export async function writeArticle(tx: Tx, r: ResolvedArticle): Promise<void> {
  const a = r.article;
  const articleId = a.id;
  await tx.run(
    `CREATE (a:Article:Node {id: $id, title: $title, text: $body, date: $date, datePrecision: $datePrecision,
       dateFrom: $dateFrom, dateTo: $dateTo, section: $section, source: $source, contentHash: $contentHash,
       fingerprint: $fingerprint, spans: $spans, loadedAt: datetime()})`,
    { ...a, fingerprint: fingerprint(a.body), spans: r.spans },
  );
  // Nodes this article shows to be one entity become one, and ids that change move, before anything is added.
  await applyMerges(tx, r.merges);
  await dropRedirectsFrom(tx, r.entities.filter((e) => !e.exists).map((e) => e.id));
  for (const label of ENTITY_LABELS) {
    const rows = r.entities.filter((e) => e.type === label);
    if (rows.length) await tx.run(entityUpsert(label), { articleId, rows });
  }
  for (const type of TEXT_RELATIONS) {
    const rows = r.relations
      .filter((x) => x.type === type)
      .map((x) => ({ ...x, key: edgeId(type, x.source, x.target, type === 'HAS_ROLE' ? x.title : null), weight: null }));
    if (rows.length) await tx.run(relationMerge(type), { articleId, rows });
  }
  const cooccurs = r.cooccurrences.map((c) => ({ ...c, key: edgeId('CO_OCCURS', c.a, c.b), confidence: null }));
  if (cooccurs.length) await tx.run(COOCCURS, { articleId, rows: cooccurs });
  if (r.statements.length) await tx.run(STATEMENTS, { articleId, rows: r.statements });
  // Flag the same agency story republished elsewhere, so it is not taken as independent support. A text too short to
  // fingerprint has none and matches nothing; the edge runs from the greater id to the lesser, whichever came first.
  await tx.run(
    `MATCH (a:Article {id: $articleId}) WHERE a.fingerprint IS NOT NULL AND a.fingerprint <> ''
     MATCH (b:Article {fingerprint: a.fingerprint}) WHERE b <> a
     WITH CASE WHEN a.id > b.id THEN a ELSE b END AS greater, CASE WHEN a.id > b.id THEN b ELSE a END AS lesser
     MERGE (greater)-[:NEAR_DUPLICATE_OF]->(lesser)`,
    { articleId },
  );
  await refreshArticleEntities(tx, articleId, r.merges.map((m) => m.into));
}

const FINGERPRINT_MIN_WORDS = 8;
const FINGERPRINT_MIN_CHARS = 40;

/**
 * The opening of a story, folded: republished agency copy keeps it while headlines and bylines change. Null when
 * too little is left to tell one story from another (fewer than 8 words of three letters or more, or 40 characters).
 */
export function fingerprint(body: string): string | null {
  const paragraphs = body.split(/\n\s*\n/);
  // Skip the first paragraph when there is more: outlets rewrite the headline and lead most.
  const rest = paragraphs.length > 2 ? paragraphs.slice(1).join(' ') : body;
  const words = rest
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
  const print = words.slice(0, 40).join(' ');
  return words.length < FINGERPRINT_MIN_WORDS || print.length < FINGERPRINT_MIN_CHARS ? null : print;
}
