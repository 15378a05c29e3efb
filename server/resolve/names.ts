import { translitKey } from '../extract/names.ts';

// Name folding for matching: one key for the spellings that a transliteration or an inflection varies.

/**
 * One key for the spellings a transliteration varies (Tokajev/Tokayev, Zelenskyj/Zelensky): the extract
 * stage's transliteration key, word by word, so that joins across articles agree with joins within one.
 */
export function foldName(name: string): string {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => (/^\p{N}+$/u.test(word) ? word : translitKey(word)))
    .filter(Boolean)
    .join('_');
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
