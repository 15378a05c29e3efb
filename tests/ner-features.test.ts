// The tagger's evidence from the reference gazetteers, and how extraction calls the tagger. Pure logic and the
// committed model; no database.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../server/extract/ner/io.ts';
import { DEFAULT_MODEL_PATH, loadTagger } from '../server/extract/ner/index.ts';
import { HashList, foldKey, matchGazetteers } from '../server/extract/ner/lexicon.ts';
import { hashStr } from '../server/extract/ner/hash.ts';
import { extractFeatures, featuresPerToken } from '../server/extract/ner/features.ts';
import { REFERENCE_GAZETTEERS } from '../server/extract/ner/attributes.ts';
import { resetTagger, setTagger } from '../server/extract/tagger.ts';
import { extract } from '../server/extract/index.ts';

const model = loadModel(DEFAULT_MODEL_PATH);
const lex = model.lexicon;
const tok = (s: string) => s.split(' ');

/** The marks one gazetteer of the model puts on a sentence's tokens, as a string of 0/1/2. */
function marks(name: string, sentence: string): string {
  const g = lex.gazetteers.find((x) => x.name === name);
  if (!g) throw new Error(`no gazetteer ${name} in the model`);
  return Array.from(matchGazetteers(tok(sentence).map((t) => foldKey(t.toLowerCase())), [g])[0]).join('');
}

describe('tagger features from the reference gazetteers', () => {
  it('carries the gazetteers built from data packages, and no list from seeds/ name files', () => {
    expect(lex.gazetteers.map((g) => g.name)).toEqual(['country', 'city', ...REFERENCE_GAZETTEERS]);
    for (const g of lex.gazetteers) expect(g.phrases.items.length, g.name).toBeGreaterThan(100);
    expect(lex.commonWords?.items.length).toBeGreaterThan(1000);
    expect(lex.zipfBands?.length).toBe(3);
  });

  it('marks given names, surnames and places, multi-word ones as one span', () => {
    expect(marks('gz-given', 'I går møtte Kari Nordmann ordføreren')[3]).toBe('1');
    expect(marks('gz-surname', 'Ola Hansen sa nei')[1]).toBe('1');
    expect(marks('gz-admin', 'Hun bor i Møre og Romsdal nå').slice(3, 6)).toBe('122');
    expect(marks('gz-country', 'Vi reiste til Tyskland i fjor')[3]).toBe('1');
    expect(marks('gz-country', 'Vi reiste til Tyskland i fjor').replace('1', '0')).toMatch(/^0+$/);
  });

  it('matches a name whatever its diacritics, as the gazetteers key it', () => {
    expect(foldKey('tromsø')).toBe('tromso');
    expect(marks('gz-city', 'Fra Tromsø til Tromso')).toBe('0101');
  });

  it('puts frequent words in a higher Zipf band than rare ones', () => {
    const band = (w: string) => (lex.zipfBands ?? []).reduce((b, list, k) => (list.has(hashStr(w)) ? k + 1 : b), 0);
    expect(band('og')).toBe(3);
    expect(band('fylkesordfører')).toBeLessThan(band('og'));
  });

  it('gives a known given name features of its own, and nothing else changes with that list', () => {
    const F = featuresPerToken(model.clusters.levels);
    const noGiven = { ...lex, gazetteers: lex.gazetteers.map((g) => (g.name === 'gz-given' ? { ...g, phrases: new HashList(new Int32Array(0)) } : g)) };
    const differ = (sentence: string) => {
      const a = extractFeatures(tok(sentence), lex, model.clusters);
      const b = extractFeatures(tok(sentence), noGiven, model.clusters);
      return Array.from(a.slice(0, F)).filter((h, k) => h !== b[k]).length;
    };
    expect(differ('Ingrid kom hjem')).toBeGreaterThan(0);
    expect(marks('gz-given', '. , ;')).toBe('000');
    expect(differ('. , ;')).toBe(0);
    const tagger = loadTagger();
    const tags = tagger.tag(tok('I dag kom Ingrid Bjørnstad hjem fra Tromsø .'));
    expect(tags.slice(0, 6)).toEqual(['O', 'O', 'O', 'B-PER', 'I-PER', 'O']);
    expect(tags[7]).toMatch(/^B-(GPE_LOC|LOC)$/);
  });
});

describe('no hand-grown name lists', () => {
  it('has no seeds/locations.json, ner-names.json or ner-heads.json, and no code that reads them', () => {
    const root = join(import.meta.dirname, '..');
    for (const f of ['locations.json', 'ner-names.json', 'ner-heads.json']) expect(existsSync(join(root, 'seeds', f)), f).toBe(false);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir)) {
        const p = join(dir, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && /locations\.json|ner-names\.json|ner-heads\.json/.test(readFileSync(p, 'utf8'))) offenders.push(p);
      }
    };
    for (const d of ['server', 'scripts', 'bench']) walk(join(root, d));
    expect(offenders).toEqual([]);
  });
});

describe('extraction calls the tagger sentence by sentence (speed)', () => {
  afterEach(() => resetTagger());

  it('tags only sentences with a name the rules cannot type, at most one tag() call each, never tagDocument', () => {
    const real = loadTagger();
    const calls = { doc: 0, tag: 0 };
    setTagger({
      tag: (t) => {
        calls.tag++;
        return real.tag(t);
      },
      tagDocument: (s) => {
        calls.doc++;
        return real.tagDocument(s);
      },
    });
    const text = 'Ingrid Bjørnstad leder Bjørnstad Consulting. Regjeringen i Norge har møtt NATO. Hun sier at de vokser.';
    const r = extract(text);
    expect(calls.doc).toBe(0);
    expect(calls.tag).toBeLessThanOrEqual(3);
    expect(r.entities.some((e) => e.type === 'Person' && e.name === 'Ingrid Bjørnstad')).toBe(true);
  });
});
