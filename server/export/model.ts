import { xmlChars } from './xml.ts';

// What an export holds for every node and relationship, one table for all formats: the attributes and
// their types (GraphML/GEXF declare them up front; CSV headers name them).

export type AttrType = 'string' | 'boolean' | 'double' | 'long' | 'list';

export interface ExportNode {
  id: string;
  labels: string[];
  attrs: Record<string, unknown>;
}

export interface ExportEdge {
  id: string; // the API's relation id
  source: string;
  target: string;
  type: string;
  attrs: Record<string, unknown>;
}

export const NODE_ATTRS: readonly [string, AttrType][] = [
  ['type', 'string'],
  ['name', 'string'],
  ['aliases', 'list'],
  ['reference', 'boolean'],
  ['confidence', 'double'],
  ['articleIds', 'list'],
  ['sentences', 'list'],
  ['code', 'string'],
  ['mentionCount', 'long'],
  ['date', 'string'],
  ['source', 'string'],
  ['section', 'string'],
  ['text', 'string'],
];

export const EDGE_ATTRS: readonly [string, AttrType][] = [
  ['type', 'string'],
  ['relationId', 'string'], // the API's relation id (TYPE|source|target[|title]); not `key`, which networkx reserves
  ['title', 'string'],
  ['weight', 'double'],
  ['reference', 'boolean'],
  ['confidence', 'double'],
  ['articleCount', 'long'],
  ['articleIds', 'list'],
  ['sentences', 'list'],
];

/** An attribute's value as text for the XML formats (still to be escaped), or null when it has none (the attribute is left out). */
export function attrText(value: unknown, type: AttrType): string | null {
  if (value === null || value === undefined) return null;
  // Inside JSON a control character would survive as an escape (\u0007): drop it before, as in plain text.
  if (type === 'list') return JSON.stringify((value as unknown[]).map((v) => (typeof v === 'string' ? xmlChars(v) : v)));
  if (type === 'boolean') return value ? 'true' : 'false';
  return String(value);
}
