import { nameKey } from '../text/fold.ts';

// Name folding for matching: one key for the spellings that a transliteration or an inflection varies.

/** A readable id fragment: "Kassym-Jomart Tokajev" → "kassym-jomart-tokajev". */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 80) || 'x';
}

export function tokens(name: string): string[] {
  return name.trim().split(/\s+/).filter(Boolean);
}

const chars = (s: string) => [...s.normalize('NFC')].length;

/**
 * The total order of names by fullness, never by arrival: more words first, then more characters, then
 * the smaller slug, then the smaller string (so that two forms with one slug still have an order).
 * Ids and display names follow it, so the same forms give the same name whatever order they came in.
 */
export function compareFullness(a: string, b: string): number {
  const words = tokens(b).length - tokens(a).length;
  if (words) return words;
  const length = chars(b) - chars(a);
  if (length) return length;
  const sa = slug(a);
  const sb = slug(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fullest of some forms (see compareFullness). */
export function fullestName(forms: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const f of forms) if (f && (best === undefined || compareFullness(f, best) < 0)) best = f;
  return best;
}

/** Every form but the name, once each, sorted (by code point, as any process sorts them). */
export function aliasesBesides(name: string, forms: Iterable<string>): string[] {
  return [...new Set([...forms].filter((f) => f && f !== name))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A person known only by one-word forms: a bare surname ("Berg"), which never joins a full name. */
export function isBarePerson(type: string, forms: string[]): boolean {
  return type === 'Person' && forms.every((f) => tokens(f).length <= 1);
}

/**
 * The keys under which an entity is found again, and the only ones on which two articles' entities join:
 * - "k_" for every form of an organisation, country or place, and for every form of more than one word
 *   of a person (a person's one-word forms beside a full name are surnames or given names, and join
 *   nothing across articles);
 * - "b_" for the forms of a bare person, one known only by one-word forms. A bare surname joins other
 *   bare mentions of that surname, never a full-name person: the `Berg` of a 2018 spy story is not the
 *   `Roger Berg` of a 2022 article, and which full name a surname would join depended on what had been
 *   loaded before it. Keeping the two apart makes the graph the same whatever the load order.
 */
export function entityKeys(type: string, forms: string[]): string[] {
  const keys = new Set<string>();
  const bare = isBarePerson(type, forms);
  for (const form of forms) {
    const k = nameKey(form);
    if (!k) continue;
    if (type !== 'Person') keys.add(`k_${k}`);
    else if (bare) keys.add(`b_${k}`);
    else if (tokens(form).length > 1) keys.add(`k_${k}`);
  }
  return [...keys];
}

/** The keys on which entities join across articles (all keys entityKeys makes, today). */
export function joinKeys(keys: string[]): string[] {
  return keys.filter((k) => k.startsWith('k_') || k.startsWith('b_'));
}
