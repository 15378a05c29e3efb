import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import { loadTagger } from '../../server/extract/ner/index.ts';
import { setTagger } from '../../server/extract/tagger.ts';
import { SHAPES } from './shapes.ts';

// Extraction time grows with the text's length, not its square, whatever the text's shape: a 200 KB text is read
// in a few seconds at most, and twice that in under three times as long. The two sizes are timed in turns and
// the fastest of three runs of each kept, so that a pause of the machine's does not decide; word counts show that twice
// the text is twice the work.

const tagger = loadTagger();
setTagger(tagger); // the product reads with the tagger, so these shapes go through it too

const BOUND_MS = 5_000;
const SLACK_MS = 250;

function once(text: string): { ms: number; words: number } {
  const t0 = performance.now();
  const x = extract(text);
  const ms = performance.now() - t0;
  return { ms, words: x.sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0) };
}

describe('extraction time is linear in the text', () => {
  extract('Ola Nordmann sier at det går bra i Oslo.'); // model and reference data loaded before any timing

  it.each(Object.keys(SHAPES))('%s: 200 KB in under 5 s, 400 KB in under 3x that', (shape) => {
    const gen = SHAPES[shape];
    extract(gen(20_000)); // warm the code this shape uses
    const small = gen(200_000);
    const large = gen(400_000);
    const one = once(small);
    expect(one.ms, `200 KB took ${Math.round(one.ms)} ms`).toBeLessThan(BOUND_MS);
    const two = once(large);
    for (let round = 0; round < 2; round++) {
      one.ms = Math.min(one.ms, once(small).ms);
      two.ms = Math.min(two.ms, once(large).ms);
    }
    expect(two.words / one.words).toBeGreaterThan(1.8);
    expect(two.words / one.words).toBeLessThan(2.2);
    // (plus a quarter second: on a busy machine a run of a few hundred milliseconds varies by that much)
    expect(two.ms, `200 KB: ${Math.round(one.ms)} ms, 400 KB: ${Math.round(two.ms)} ms`).toBeLessThan(3 * one.ms + SLACK_MS);
  });

  it('the tagger alone: twice the sentences, or a sentence twice as long, take under 3x the time', () => {
    const words = 'Ola Nordmann sa at Kari Hansen i Oslo og NATO er enige om det'.split(' ');
    const sentence = (n: number) => Array.from({ length: n }, (_, i) => words[i % words.length]);
    const time = (f: () => void) => {
      let ms = Infinity;
      for (let run = 0; run < 2; run++) {
        const t0 = performance.now();
        f();
        ms = Math.min(ms, performance.now() - t0);
      }
      return ms;
    };
    const doc = (n: number) => Array.from({ length: n }, () => sentence(15));
    tagger.tagDocument(doc(500));
    const d1 = time(() => tagger.tagDocument(doc(2_000)));
    const d2 = time(() => tagger.tagDocument(doc(4_000)));
    expect(d2).toBeLessThan(3 * d1 + SLACK_MS);
    const s1 = time(() => tagger.tag(sentence(20_000)));
    const s2 = time(() => tagger.tag(sentence(40_000)));
    expect(s2).toBeLessThan(3 * s1 + SLACK_MS);
    expect(s2).toBeLessThan(BOUND_MS);
  });
});
