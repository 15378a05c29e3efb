import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import type { Extraction } from '../../server/extract/types.ts';
import { rulesOnly } from './helpers.ts';

rulesOnly();

// Every mention and every quote carries where it stands in the body: the reader highlights exactly those characters.

/** Each entity's name with what the body holds at each of its mentions' offsets. */
function surfaces(body: string, x: Extraction): [string, string][] {
  return x.entities.flatMap((e) => e.spans.map((s): [string, string] => [e.name, body.slice(s.start, s.end)]));
}

/** Offsets inside their sentence, one per mention: the extraction's promise, whatever the text. */
function expectSpansInSentences(x: Extraction): void {
  for (const e of x.entities) {
    expect(e.spans).toHaveLength(e.sentences.length);
    e.spans.forEach((s, i) => {
      const sentence = x.sentences[e.sentences[i]!]!;
      expect(s.start).toBeGreaterThanOrEqual(sentence.start);
      expect(s.end).toBeLessThanOrEqual(sentence.end);
      expect(s.end).toBeGreaterThan(s.start);
    });
  }
}

describe('mention and quote offsets', () => {
  it('slices a Bokmål text to each mention as written, genitives and compounds included', () => {
    const body =
      'Utenriksminister Anniken Huitfeldt møtte Natos generalsekretær Jens Stoltenberg i Brussel tirsdag.\n\n' +
      'LO-leder Peggy Hessen Følsvik var også til stede, sammen med russiske diplomater.\n\n' +
      '– Vi står sammen med Ukraina i denne krisen, sier Huitfeldt til NRK.';
    const x = extract(body);
    const got = surfaces(body, x);
    expect(got).toEqual(
      expect.arrayContaining([
        ['Anniken Huitfeldt', 'Anniken Huitfeldt'],
        ['Anniken Huitfeldt', 'Huitfeldt'],
        ['Jens Stoltenberg', 'Jens Stoltenberg'],
        ['Brussel', 'Brussel'],
        ['Peggy Hessen Følsvik', 'Peggy Hessen Følsvik'],
        ['Ukraina', 'Ukraina'],
      ]),
    );
    // "Natos": the genitive as written; "LO" of "LO-leder": the name, not the compound; "russiske": the adjective
    expect(got.find(([, s]) => s.startsWith('Nato'))?.[1]).toBe('Natos');
    expect(got.some(([, s]) => s === 'LO')).toBe(true);
    expect(got).toContainEqual(['Russland', 'russiske']);
    expectSpansInSentences(x);
  });

  it('slices a Nynorsk text to each mention and to the quote', () => {
    const body =
      'Statsminister Jonas Gahr Støre møtte leiaren i Senterpartiet, Trygve Slagsvold Vedum, i Oslo måndag.\n\n' +
      '– Vi må finne ei løysing på straumprisane før jul, seier Støre til NRK.';
    const x = extract(body);
    expect(surfaces(body, x)).toEqual(
      expect.arrayContaining([
        ['Jonas Gahr Støre', 'Jonas Gahr Støre'],
        ['Jonas Gahr Støre', 'Støre'],
        ['Trygve Slagsvold Vedum', 'Trygve Slagsvold Vedum'],
        ['Oslo', 'Oslo'],
      ]),
    );
    const quote = x.statements.find((s) => s.text.startsWith('Vi må finne'));
    expect(quote).toBeDefined();
    expect(body.slice(quote!.start, quote!.end)).toBe('Vi må finne ei løysing på straumprisane før jul');
    expectSpansInSentences(x);
  });

  it('slices a Bokmål quote without its dash, and reported speech to what was said', () => {
    const body =
      '– Det er en uhyre dramatisk situasjon over hele landet, sier fagrådgiver Ivar Dale i Den norske Helsingforskomité til TV 2.\n\n' +
      'Dale, som selv har bodd i Kasakhstan, forteller at det blir rapportert om mange drepte.';
    const x = extract(body);
    expect(x.statements.length).toBeGreaterThanOrEqual(2);
    for (const s of x.statements) expect(body.slice(s.start, s.end)).toBe(s.text);
    const [direct, reported] = [x.statements.find((s) => s.text.startsWith('Det er en uhyre')), x.statements.find((s) => s.text.includes('rapportert'))];
    expect(body.slice(direct!.start, direct!.end)).toBe('Det er en uhyre dramatisk situasjon over hele landet');
    expect(body[direct!.start - 2]).toBe('–');
    expect(body.slice(reported!.start, reported!.end)).toMatch(/det blir rapportert om mange drepte/);
  });

  it('counts offsets in UTF-16 code units, as the body is indexed, past characters outside the BMP', () => {
    const body = 'Møtet 🇳🇴 i Oslo samlet mange.\n\nSenere reiste Erna Solberg til Sverige.';
    const x = extract(body);
    const got = surfaces(body, x);
    expect(got).toEqual(expect.arrayContaining([['Oslo', 'Oslo'], ['Erna Solberg', 'Erna Solberg'], ['Sverige', 'Sverige']]));
  });
});
