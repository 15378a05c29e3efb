import type { Store } from './store.ts';

// Applied at every start; each statement is a no-op when what it makes already exists.
export const NODE_LABELS = ['Person', 'Organisation', 'Country', 'Location', 'Statement', 'Article'] as const;

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
  'CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.dateFrom)',
  'CREATE INDEX article_fingerprint IF NOT EXISTS FOR (n:Article) ON (n.fingerprint)',
  // Names and aliases, analysed for search (folding case and diacritics).
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organisation|Country|Location) ON EACH [n.name, n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  // Resolution keys: whole tokens, matched exactly.
  `CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:Person|Organisation|Country|Location) ON EACH [n.keysText]
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
}
