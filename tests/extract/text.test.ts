import { describe, expect, it } from 'vitest';
import { layout, splitSentences, tokenize } from '../../server/extract/text.ts';

describe('tokens and sentences', () => {
  it('splits punctuation off and keeps hyphenated names whole', () => {
    const toks = tokenize('– Nord-Makedonia og «Kasakhstan», sa Hans-Christian Gabrielsen (LO).').map((t) => t.text);
    expect(toks).toEqual(['–', 'Nord-Makedonia', 'og', '«', 'Kasakhstan', '»', ',', 'sa', 'Hans-Christian', 'Gabrielsen', '(', 'LO', ')', '.']);
  });

  it('separates names joined by a slash in a photo credit', () => {
    expect(tokenize('Foto: Reuters/NTB').map((t) => t.text)).toEqual(['Foto', ':', 'Reuters', '/', 'NTB']);
  });

  it('does not end a sentence at a date or an ordinal', () => {
    const text = 'Torsdag 14. mars kunngjorde LO at de ikke ble enige. Jan Tore Sanner er innstilt som 1. nestleiar.';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('marks dash paragraphs, captions and headings', () => {
    const L = layout('– Det er dramatisk, sier Dale.\n\nKort mellomtittel\n\nTALER: Presidenten talte. Foto: Reuters/NTB');
    expect(L.paras.map((p) => [p.dash, p.heading, p.caption])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]);
  });
});
