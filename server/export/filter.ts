import { LABEL_OF_NODE_TYPE, RELATION_TYPES } from '../serve/mapping.ts';
import { parseDate } from '../parse/article.ts';

// Which part of the graph an export holds: node types and relation types (--types), and a date range
// (--from, --to) that keeps what an article inside it supports, and reference data.

export interface ExportFilter {
  labels: string[]; // node labels kept; empty: all
  relationTypes: string[]; // relationship types kept; empty: all
  from: string | null; // first day, YYYY-MM-DD
  to: string | null; // last day
}

export class ExportFilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFilterError';
  }
}

const EXPORT_RELATION_TYPES = [...RELATION_TYPES, 'NEAR_DUPLICATE_OF'];

/** A filter from user input: type names (PERSON, SENDS_TROOPS_TO, any case) and dates (YYYY-MM[-DD]). */
export function parseFilter(input: { types?: string | string[] | null; from?: string | null; to?: string | null }): ExportFilter {
  const names = (Array.isArray(input.types) ? input.types : [input.types ?? '']).flatMap((t) => t.split(',')).map((t) => t.trim().toUpperCase()).filter(Boolean);
  const labels: string[] = [];
  const relationTypes: string[] = [];
  for (const name of names) {
    if (LABEL_OF_NODE_TYPE[name]) labels.push(LABEL_OF_NODE_TYPE[name]);
    else if (EXPORT_RELATION_TYPES.includes(name)) relationTypes.push(name);
    else throw new ExportFilterError(`Unknown type "${name}": use node types ${Object.keys(LABEL_OF_NODE_TYPE).join(', ')} or relation types ${EXPORT_RELATION_TYPES.join(', ')}`);
  }
  const day = (raw: string | null | undefined, which: 'from' | 'to') => {
    if (!raw?.trim()) return null;
    try {
      const d = parseDate(raw);
      return which === 'from' ? d.from : d.to;
    } catch (err) {
      throw new ExportFilterError(`${which}: ${(err as Error).message}`);
    }
  };
  const from = day(input.from, 'from');
  const to = day(input.to, 'to');
  if (from && to && from > to) throw new ExportFilterError(`from (${from}) is after to (${to})`);
  return { labels, relationTypes, from, to };
}

const inRange = (a: string) => `($to IS NULL OR ${a}.dateFrom <= $to) AND ($from IS NULL OR ${a}.dateTo >= $from)`;

/** A Cypher predicate on node variable `n`: its label is kept, and an article in range supports it. */
export function nodePredicate(n: string): string {
  return `($labels = [] OR any(l IN labels(${n}) WHERE l IN $labels))
    AND (($from IS NULL AND $to IS NULL)
      OR (${n}:Article AND ${inRange(n)})
      OR (${n}:Statement AND EXISTS { MATCH (${n})-[:IN]->(ia:Article) WHERE ${inRange('ia')} })
      OR (${n}:Entity AND (coalesce(${n}.reference, false) OR EXISTS { MATCH (ma:Article)-[:MENTIONS]->(${n}) WHERE ${inRange('ma')} })))`;
}

/** A Cypher predicate on relationship `r` from `a` to `b`: its type is kept, both ends are, and one supporting article is in range. */
export function edgePredicate(r: string, a: string, b: string): string {
  return `($relationTypes = [] OR type(${r}) IN $relationTypes) AND ${nodePredicate(a)} AND ${nodePredicate(b)}
    AND (($from IS NULL AND $to IS NULL) OR coalesce(${r}.reference, false)
      OR (${r}.articleIds IS NULL AND ${r}.key IS NULL)
      OR (${r}.articleIds IS NOT NULL AND EXISTS { MATCH (ea:Article) WHERE ea.id IN ${r}.articleIds AND ${inRange('ea')} })
      OR (${r}.key IS NOT NULL AND EXISTS { MATCH (:Evidence {key: ${r}.key})-[:IN]->(eb:Article) WHERE ${inRange('eb')} }))`;
}

export function filterParams(f: ExportFilter) {
  return { labels: f.labels, relationTypes: f.relationTypes, from: f.from, to: f.to };
}
