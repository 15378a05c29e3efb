// Name forms: genitives, transliteration variants, initials.

/**
 * A genitive -s is stripped only when it is safe to: for names known to the reference data (the caller knows),
 * and for acronyms ("NATOs", "KrFs"). Other names ending in s ("Reuters", "Hans") are decided later, against the
 * forms the whole article uses.
 */
export function stripGenitive(text: string, known: boolean): { form: string; genitive: boolean } {
  if (/^\p{Lu}[\p{Lu}\d]*\p{Ll}?s$/u.test(text) && text.length >= 3 && /\p{Lu}{2}|\p{Lu}\p{Ll}\p{Lu}/u.test(text)) {
    return { form: text.slice(0, -1), genitive: true }; // NATOs, USAs, KrFs, SVs
  }
  if (known && /s$/.test(text) && text.length > 3) return { form: text.slice(0, -1), genitive: true };
  return { form: text, genitive: false };
}

/** Initials of a multi-word name: "Tom Hugo" → "TH", "Hans-Christian Gabrielsen" → "HCG". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Does the acronym spell the capitalised words of the expansion? ("SAC", "Strategic Airlift Capability") */
export function acronymOf(acr: string, expansion: string): boolean {
  return acronymLetters(expansion) === acr.toUpperCase();
}

/** The letters an acronym of the expansion spells: "Strategic Airlift Capability" → "SAC". */
export function acronymLetters(expansion: string): string {
  const words = expansion.split(/[\s-]+/).filter((w) => w.length > 0 && !/^(og|of|for|i|and|the|de|des|du|la|le)$/i.test(w));
  return words.map((w) => w[0].toUpperCase()).join('');
}
