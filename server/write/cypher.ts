// Cypher shared by the writers. Labels and relationship types are never parameters in Cypher, so the
// few places that need one pick it from these fixed tables; nothing from a request reaches a query text.

export const ENTITY_LABELS = ['Person', 'Organisation', 'Country', 'Location'] as const;
export const TEXT_RELATIONS = ['HAS_ROLE', 'MEMBER_OF', 'SENDS_TROOPS_TO', 'LOCATED_IN'] as const;

/** Keeps the derived search fields in step with name, aliases and keys. */
export const REFRESH_SEARCH_FIELDS = `
  SET e.keysText = reduce(s = '', k IN e.keys | s + ' ' + k),
      e.searchText = reduce(s = '', a IN e.aliases + coalesce(e.adjectives, []) | s + ' | ' + a)`;

/** Adds an article's support to relationship x (bound with row r holding r.sentence) once only. */
export const ADD_SUPPORT = `
  ON CREATE SET x.reference = false, x.articleIds = [], x.sentences = []
  WITH x, r WHERE NOT $articleId IN x.articleIds
  SET x.articleIds = x.articleIds + $articleId, x.sentences = x.sentences + r.sentence`;
