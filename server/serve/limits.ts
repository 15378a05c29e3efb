import { GraphQLError } from 'graphql';

// Maximums for list sizes and depths. Above one, the request is refused with the maximum named.
export const MAX = {
  searchFirst: 100,
  listFirst: 500,
  neighbourhoodLimit: 5000,
  neighbourhoodDepth: 3,
  neighbourhoodIds: 200,
  pathLength: 6,
  pathsFirst: 20,
  searchText: 200,
} as const;

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
}

/** The argument's value, its default when absent, or a clear error when out of range. */
export function capped(name: string, value: number | null | undefined, fallback: number, max: number, min = 1): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw badInput(`${name} must be an integer of at least ${min}`);
  if (value > max) throw badInput(`${name} must be at most ${max} (got ${value})`, { maximum: max });
  return value;
}

export function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const d = m ? new Date(`${m[1]}-${m[2]}-${m[3] ?? '01'}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.getUTCMonth() + 1 !== Number(m[2]) || (m[3] && d.getUTCDate() !== Number(m[3]))) {
    throw badInput(`${name} must be a real date as YYYY-MM-DD or YYYY-MM (got "${value}")`);
  }
  return value;
}

/** The maximum for an argument of a field; "*" holds for any field's argument of that name. */
export const ARGUMENT_MAX: Record<string, number> = {
  'search.first': MAX.searchFirst,
  'neighbourhood.limit': MAX.neighbourhoodLimit,
  'neighbourhood.depth': MAX.neighbourhoodDepth,
  'paths.maxLength': MAX.pathLength,
  'paths.first': MAX.pathsFirst,
  'pathsBetween.maxLength': MAX.pathLength,
  'pathsBetween.first': MAX.pathsFirst,
  '*.first': MAX.listFirst,
  '*.last': MAX.listFirst,
};
