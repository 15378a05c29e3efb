import { int } from 'neo4j-driver';
import { ENTITY_LABELS } from '../../write/cypher.ts';
import { foldDiacritics } from '../../text/fold.ts';

// Cypher conditions shared by the lists: entity filters (for entities, and for either end of a relation) and
// article date ranges. Labels come only from the fixed table; every value is a parameter.

export interface EntityFilter {
  labels?: string[] | null;
  ids?: string[] | null;
  nameContains?: string | null;
  category?: string | null;
  country?: string | null;
  mentionedIn?: string[] | null;
  from?: string | null;
  to?: string | null;
  minArticles?: number | null;
}

export interface Conditions {
  where: string[];
  params: Record<string, unknown>;
}

/** A month (YYYY-MM) as its first or last day, so that ranges compare with dateFrom/dateTo. */
export function dayBound(date: string | null | undefined, end: boolean): string | null {
  if (!date) return null;
  return date.length === 7 ? `${date}-${end ? '31' : '01'}` : date;
}

/** The article bound to `a` overlaps [from, to] (a month-dated article belongs to every day of its month). */
export function articleInRange(a: string, p: string, from: string | null, to: string | null, c: Conditions): string | null {
  if (!from && !to) return null;
  const parts: string[] = [];
  if (from) {
    c.params[`${p}From`] = dayBound(from, false);
    parts.push(`${a}.dateTo >= $${p}From`);
  }
  if (to) {
    c.params[`${p}To`] = dayBound(to, true);
    parts.push(`${a}.dateFrom <= $${p}To`);
  }
  return parts.join(' AND ');
}

/** Conditions on the entity bound to `v`, with parameters named after `p`. */
export function entityConditions(f: EntityFilter | null | undefined, v: string, p: string, c: Conditions = { where: [], params: {} }): Conditions {
  if (!f) return c;
  const labels = (f.labels ?? []).filter((l) => (ENTITY_LABELS as readonly string[]).includes(l));
  if (f.labels?.length) c.where.push(labels.length ? `(${labels.map((l) => `${v}:${l}`).join(' OR ')})` : 'false');
  const add = (name: string, value: unknown, cond: string) => {
    c.params[`${p}${name}`] = value;
    c.where.push(cond.replaceAll('$_', `$${p}${name}`));
  };
  if (f.ids) add('Ids', f.ids, `${v}.id IN $_`);
  if (f.nameContains) add('Name', foldDiacritics(f.nameContains), `${v}.nameFolded CONTAINS $_`);
  if (f.category) add('Category', f.category, `${v}.category = $_`);
  if (f.country) add('Country', f.country.toUpperCase(), `${v}.country = $_`);
  if (f.minArticles != null) add('MinArticles', int(f.minArticles), `${v}.articleCount >= $_`);
  if (f.mentionedIn) add('MentionedIn', f.mentionedIn, `EXISTS { MATCH (ma:Article)-[:MENTIONS]->(${v}) WHERE ma.id IN $_ }`);
  const range = articleInRange('ra', `${p}Range`, f.from ?? null, f.to ?? null, c);
  if (range) c.where.push(`EXISTS { MATCH (ra:Article)-[:MENTIONS]->(${v}) WHERE ${range} }`);
  return c;
}
