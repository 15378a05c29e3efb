import { describe, expect, it } from 'vitest';
import { exactKey, foldDiacritics, gazetteerKey, nameKey, refKey, translitKey } from './fold.ts';

describe('name keys', () => {
  it('refKey keeps diacritics and evens out case, dashes and spaces', () => {
    expect(refKey('Tromsø')).not.toBe(refKey('Tromso'));
    expect(refKey(' Guinea – Bissau ')).toBe('guinea-bissau');
  });

  it('exactKey changes only case and spaces', () => {
    expect(exactKey('Kassym-Jomart  Tokajev')).toBe('kassym-jomart tokajev');
  });

  it('gazetteerKey folds diacritics, special letters and typographic apostrophes', () => {
    expect(gazetteerKey('Tromsø')).toBe('tromso');
    expect(gazetteerKey('Łódź')).toBe('lodz');
    expect(gazetteerKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(gazetteerKey('oslo')).toBe('oslo');
  });

  it('foldDiacritics agrees with gazetteerKey on letters, for search', () => {
    for (const w of ['Tromsø', 'Ærøskøbing', 'Œuvre', 'Straße', 'Đakovo', 'Þingvellir', 'Erdoğan']) expect(foldDiacritics(w)).toBe(gazetteerKey(w));
  });

  it('translitKey joins transliterations of a word, nameKey of a whole name', () => {
    expect(translitKey('Tokajev')).toBe(translitKey('Tokayev'));
    expect(translitKey('Zelenskyj')).toBe(translitKey('Zelensky'));
    expect(translitKey('Erdoğan')).toBe(translitKey('Erdogan'));
    expect(nameKey('Kassym-Jomart Tokajev')).toBe(nameKey('Kassym-Jomart Tokayev'));
    expect(nameKey('Jonas Gahr Støre')).not.toBe(nameKey('Jonas Gahr'));
    expect(nameKey('Brigade 2')).toBe('brigade_2');
  });
});
