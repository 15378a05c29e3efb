import { describe, expect, it } from 'vitest';
import type { Extraction } from '../extract/types.ts';
import { articleSpans, decodeSpans, encodeSpans } from './spans.ts';

// The stored form of an article's offsets: graph ids, text order, one span per stretch of text, and a damaged
// or missing value read as none rather than as an error.

const x: Extraction = {
  sentences: [{ text: 'Dale besøkte Russland. Dale reiste hjem.', start: 0, end: 40 }],
  entities: [
    { key: 'e0', type: 'Person', name: 'Ivar Dale', aliases: ['Dale'], sentences: [0, 0], spans: [{ start: 23, end: 27 }, { start: 0, end: 4 }] },
    { key: 'e1', type: 'Country', name: 'Russland', aliases: [], sentences: [0], spans: [{ start: 13, end: 21 }] },
    { key: 'e2', type: 'Location', name: 'Hjem', aliases: [], sentences: [0], spans: [{ start: 13, end: 21 }] },
  ],
  statements: [{ speaker: 'e0', text: 'reiste hjem', start: 28, end: 39, sentence: 0, about: [] }],
  relations: [],
};

describe('article spans', () => {
  it('puts mentions under graph ids in text order, one per stretch of text, and quotes under statement ids', () => {
    const ids = new Map([['e0', 'person:ivar-dale'], ['e1', 'country:RU'], ['e2', 'location:hjem']]);
    const types = new Map([['person:ivar-dale', 'Person'], ['country:RU', 'Country'], ['location:hjem', 'Location']] as const);
    const spans = articleSpans(x, ids, new Map(types), ['statement:1']);
    expect(spans.mentions).toEqual([
      [0, 4, 'person:ivar-dale', 'Person'],
      [13, 21, 'country:RU', 'Country'],
      [23, 27, 'person:ivar-dale', 'Person'],
    ]);
    expect(spans.quotes).toEqual([[28, 39, 'statement:1']]);
    expect(decodeSpans(encodeSpans(spans))).toEqual(spans);
  });

  it('leaves out entities the resolve stage dropped', () => {
    const spans = articleSpans(x, new Map([['e1', 'country:RU']]), new Map([['country:RU', 'Country' as const]]), ['statement:1']);
    expect(spans.mentions).toEqual([[13, 21, 'country:RU', 'Country']]);
  });

  it('reads a missing or damaged value as no spans', () => {
    for (const stored of [null, undefined, '', '{not json', '42', '{"mentions": 3}']) expect(decodeSpans(stored)).toEqual({ mentions: [], quotes: [] });
  });
});
