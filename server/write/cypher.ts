// Cypher shared by the writers. Labels and relationship types are never parameters in Cypher, so the
// few places that need one pick it from these fixed tables; nothing from a request reaches a query text.

export const ENTITY_LABELS = ['Person', 'Organisation', 'Country', 'Location'] as const;
export const TEXT_RELATIONS = ['HAS_ROLE', 'MEMBER_OF', 'SENDS_TROOPS_TO', 'LOCATED_IN'] as const;

/** Keeps the derived search fields in step with name, aliases and keys. */
export const REFRESH_SEARCH_FIELDS = `
  SET e.keysText = reduce(s = '', k IN e.keys | s + ' ' + k),
      e.searchText = reduce(s = '', a IN e.aliases + coalesce(e.adjectives, []) | s + ' | ' + a)`;
