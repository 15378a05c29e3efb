import { ADD_CONFIDENCES, ADD_EVIDENCE } from './evidence.ts';
import { REFRESH_SEARCH_FIELDS } from './cypher.ts';
import { deleteNode } from '../store/delete-node.ts';

// The batch writer's queries: each takes the rows of one statement kind for all the articles of a run (batch-rows.ts).

export const CREATE_ARTICLES = `
  UNWIND $rows AS r
  CREATE (a:Article:Node)
  SET a = r, a.loadedAt = datetime()`;

// The node's name, aliases, keys and country come resolved (the same whatever order articles came in).
export const entityUpsert = (label: string) => `
  UNWIND $rows AS r
  CALL (r) {
    OPTIONAL MATCH (redirect:Redirect {from: r.id}) WHERE r.dropRedirect
    ${deleteNode('redirect')}
  }
  MERGE (e:Node {id: r.id})
    ON CREATE SET e:${label}:Entity, e.reference = false, e.mentionCount = 0
  SET e.name = r.name, e.aliases = r.aliases, e.keys = r.keys, e.country = r.country,
      e.code = coalesce(e.code, r.code), e.refId = coalesce(r.refId, e.refId), e.mentionCount = e.mentionCount + r.added
  WITH e, r
  ${REFRESH_SEARCH_FIELDS}
  WITH e, r
  UNWIND r.mentions AS m
  MATCH (a:Article {id: m.articleId})
  CREATE (a)-[:MENTIONS {count: m.count, forms: m.forms, adjectiveOnly: m.adjectiveOnly}]->(e)`;

// One edge per row, with one evidence node per supporting article; its confidence updated from the counts.
export const relationMerge = (type: string) => `
  UNWIND $rows AS r
  MATCH (s:Node {id: r.source})
  MATCH (t:Node {id: r.target})
  MERGE (s)-[x:${type}${type === 'HAS_ROLE' ? ' {title: r.title}' : ''}]->(t)
    ON CREATE SET x.reference = false, x.key = r.key, x.articleCount = 0
  ${ADD_EVIDENCE}
  WITH x, r
  ${ADD_CONFIDENCES}`;

export const COOCCURS = `
  UNWIND $rows AS r
  MATCH (s:Node {id: r.source})
  MATCH (t:Node {id: r.target})
  MERGE (s)-[x:CO_OCCURS]->(t)
    ON CREATE SET x.reference = false, x.key = r.key, x.articleCount = 0, x.weight = 0
  ${ADD_EVIDENCE}`;

export const STATEMENTS = `
  UNWIND $rows AS r
  MATCH (a:Article {id: r.articleId})
  MERGE (st:Node {id: r.id})
    ON CREATE SET st:Statement, st.text = r.text, st.sentence = r.sentence, st.articleId = r.articleId
  MERGE (st)-[:IN]->(a)
  WITH st, r
  OPTIONAL MATCH (sp:Entity {id: r.speakerId})
  FOREACH (_ IN CASE WHEN sp IS NULL THEN [] ELSE [1] END | MERGE (sp)-[:SAID]->(st))
  WITH st, r
  UNWIND r.about AS aboutId
  MATCH (e:Entity {id: aboutId})
  MERGE (st)-[:ABOUT]->(e)`;

// The same agency story republished elsewhere is flagged, so it is not taken as independent support. A text too short
// to fingerprint has none and matches nothing; the edge runs from the greater id to the lesser, whichever came first.
export const NEAR_DUPLICATES = `
  UNWIND $ids AS id
  MATCH (a:Article {id: id}) WHERE a.fingerprint IS NOT NULL AND a.fingerprint <> ''
  MATCH (b:Article {fingerprint: a.fingerprint}) WHERE b <> a
  WITH CASE WHEN a.id > b.id THEN a ELSE b END AS greater, CASE WHEN a.id > b.id THEN b ELSE a END AS lesser
  MERGE (greater)-[:NEAR_DUPLICATE_OF]->(lesser)`;
