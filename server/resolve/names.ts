// Name folding for matching: one key for the spellings that a transliteration or an inflection varies.

/** Lower-case, no diacritics, j→y (Tokajev/Tokayev), anything else but letters and digits → "_". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/j/g, 'y')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

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

/**
 * The keys under which an entity is found again: "k_" for every form. A person's forms of one word are
 * surnames, kept apart as "s_" keys (with each full name's surname), so that "Dale" never equals
 * "Ivar Dale" by key alone: the resolver decides when a surname joins a full name.
 */
export function entityKeys(type: string, forms: string[]): string[] {
  const keys = new Set<string>();
  for (const form of forms) {
    const k = foldName(form);
    if (!k) continue;
    const parts = tokens(form);
    if (type !== 'Person') keys.add(`k_${k}`);
    else if (parts.length === 1) keys.add(`s_${k}`);
    else {
      keys.add(`k_${k}`);
      const surname = foldName(parts[parts.length - 1]);
      if (surname) keys.add(`s_${surname}`);
    }
  }
  return [...keys];
}

/** Strips a final genitive s the way the text inflects a name ("Kasakhstans" → "Kasakhstan"). */
export function stripGenitive(name: string): string {
  return name.length > 3 && /[^sxz]s$/.test(name) ? name.slice(0, -1) : name;
}
