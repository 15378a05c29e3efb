import { describe, expect, it } from 'vitest';
import { findSentence, layoutText, type Paragraph } from '../../client/src/core/reader/segments.ts';

// The reader's layout rules: paragraphs as the extractor reads them, one piece per mention, quotes as blocks, the
// evidence sentence marked across them.

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in the text`);
  return { start, end: start + part.length };
};

/** Each paragraph's blocks as [quote index or '-', piece texts with * for a mention and ! for evidence]. */
const shape = (ps: Paragraph[]) =>
  ps.map((p) => p.blocks.map((b) => [b.quote ?? '-', b.pieces.map((x) => `${x.mention !== undefined ? '*' : ''}${x.evidence ? '!' : ''}${x.text}`)]));

const TEXT = 'Russiske styrker kom til Kasakhstan.\n\n– Det er alvorlig, sier Ivar Dale. Han er bekymret.';

describe('article reader layout', () => {
  it('cuts paragraphs into plain text, mentions and quotes, keeping the text whole', () => {
    const mentions = [span(TEXT, 'Russiske'), span(TEXT, 'Kasakhstan'), span(TEXT, 'Ivar Dale')];
    const quotes = [span(TEXT, 'Det er alvorlig')];
    const ps = layoutText(TEXT, mentions, quotes);
    expect(shape(ps)).toEqual([
      [['-', ['*Russiske', ' styrker kom til ', '*Kasakhstan', '.']]],
      [['-', ['– ']], [0, ['Det er alvorlig']], ['-', [', sier ', '*Ivar Dale', '. Han er bekymret.']]],
    ]);
    // every character is in exactly one piece, in order
    expect(ps.map((p) => p.blocks.flatMap((b) => b.pieces.map((x) => x.text)).join('')).join('\n\n')).toBe(TEXT);
  });

  it('marks the evidence sentence across mentions and a quote, and keeps a mention one piece', () => {
    const mentions = [span(TEXT, 'Ivar Dale'), span(TEXT, 'alvorlig')];
    const quotes = [span(TEXT, 'Det er alvorlig')];
    const evidence = findSentence(TEXT, '– Det er alvorlig, sier Ivar Dale.');
    const ps = layoutText(TEXT, mentions, quotes, evidence);
    expect(shape(ps)[1]).toEqual([['-', ['!– ']], [0, ['!Det er ', '*!alvorlig']], ['-', ['!, sier ', '*!Ivar Dale', '!.', ' Han er bekymret.']]]);
    expect(findSentence(TEXT, 'Not in the text.')).toBeUndefined();
  });

  it('drops overlapping mentions and a mention crossing a quote edge, the first claim winning', () => {
    const mentions = [span(TEXT, 'Ivar Dale'), span(TEXT, 'Dale'), span(TEXT, 'alvorlig, sier')];
    const quotes = [span(TEXT, 'Det er alvorlig')];
    const ps = layoutText(TEXT, mentions, quotes);
    const marked = ps.flatMap((p) => p.blocks.flatMap((b) => b.pieces.filter((x) => x.mention !== undefined).map((x) => x.mention)));
    expect(marked).toEqual([0]);
  });
});
