import { migrateEvidenceOnce } from './migrate-evidence.ts';
import type { Store } from './store.ts';
import { GRAPH, MODEL } from '../../schema/model.ts';

// Applied at every start; each statement is a no-op when what it makes already exists.
// Labels come from the graph model (schema/model.ts), never from input.
export const NODE_LABELS = Object.keys(MODEL.nodes);
const ENTITY_PATTERN = GRAPH.entityLabels.join('|');

const STATEMENTS = [
  // Every node carries :Node so that any id is one index lookup away.
  'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  // Resolution and statements look entities up as :Entity.
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
  'CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE',
  // Old ids of entities that moved (a merge, a fuller name): not :Node, so counts and searches do not see them.
  'CREATE CONSTRAINT redirect_from IF NOT EXISTS FOR (r:Redirect) REQUIRE r.from IS UNIQUE',
  'CREATE INDEX redirect_to IF NOT EXISTS FOR (r:Redirect) ON (r.to)',
  // Saved explorer views: user data, not :Node, so counts and searches do not see them.
  'CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE',
  // Corrections: user data as well, found again by whether they are in force whenever an article is written.
  'CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX correction_reverted IF NOT EXISTS FOR (c:Correction) ON (c.reverted)',
  'CREATE INDEX correction_seq IF NOT EXISTS FOR (c:Correction) ON (c.seq)',
  'CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.dateFrom)',
  // One Evidence node per supporting article of an edge, filed under the edge's key; the date range filter
  // seeks on (key, dateFrom).
  'CREATE CONSTRAINT evidence_key_article IF NOT EXISTS FOR (e:Evidence) REQUIRE (e.key, e.articleId) IS UNIQUE',
  'CREATE INDEX evidence_key IF NOT EXISTS FOR (e:Evidence) ON (e.key)',
  'CREATE INDEX evidence_key_date IF NOT EXISTS FOR (e:Evidence) ON (e.key, e.dateFrom)',
  'CREATE INDEX article_fingerprint IF NOT EXISTS FOR (n:Article) ON (n.fingerprint)',
  // The file (or file line) an article was loaded from, so that loading an edited file replaces it.
  'CREATE INDEX article_origin IF NOT EXISTS FOR (n:Article) ON (n.origin)',
  'CREATE INDEX article_extractor IF NOT EXISTS FOR (n:Article) ON (n.extractorVersion)',
  // Entity figures the API sorts and filters on (server/write/entity-stats.ts keeps them exact).
  ...['articleCount', 'mentionCount', 'firstSeen', 'lastSeen', 'category', 'country', 'name'].map(
    (p) => `CREATE INDEX entity_${p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} IF NOT EXISTS FOR (n:Entity) ON (n.${p})`,
  ),
  // Substring search on folded names and aliases (nameContains): a text index answers CONTAINS.
  'CREATE TEXT INDEX entity_name_folded IF NOT EXISTS FOR (n:Entity) ON (n.nameFolded)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source)',
  'CREATE INDEX article_loaded IF NOT EXISTS FOR (n:Article) ON (n.loadedAt)',
  // Names and aliases, analysed for search (folding case and diacritics).
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${ENTITY_PATTERN}) ON EACH [n.name, n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  // Resolution keys: whole tokens, matched exactly.
  `CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:${ENTITY_PATTERN}) ON EACH [n.keysText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace' } }`,
  `CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (n:Article|Statement) ON EACH [n.title, n.text]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
];

export async function applyConstraints(store: Store): Promise<void> {
  const session = store.driver.session({ database: store.database });
  try {
    for (const statement of STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  await migrateEvidenceOnce(store);
}
