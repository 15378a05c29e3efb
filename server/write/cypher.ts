// Cypher shared by the writers. Labels and relationship types are never parameters in Cypher, so the
// few places that need one pick it from these fixed tables (made from schema/model.ts); nothing from a request
// reaches a query text.
import { GRAPH } from '../../schema/model.ts';

export const ENTITY_LABELS = GRAPH.entityLabels;
export const TEXT_RELATIONS = GRAPH.textRelations;

/** Keeps the derived search fields in step with name, aliases and keys. */
export const REFRESH_SEARCH_FIELDS = `
  SET e.keysText = reduce(s = '', k IN e.keys | s + ' ' + k),
      e.searchText = reduce(s = '', a IN e.aliases + coalesce(e.adjectives, []) | s + ' | ' + a)`;
