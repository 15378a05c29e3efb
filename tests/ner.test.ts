import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadTagger } from '../server/extract/ner/index.ts';
import { runNer } from '../server/cli/ner-command.ts';
import { scoreTags, spans } from '../server/extract/ner/score.ts';
import { repairIob2 } from '../server/extract/ner/labels.ts';
import { getTagger, resetTagger, setTagger, taggerState } from '../server/extract/tagger.ts';
import { extract } from '../server/extract/index.ts';

const tagger = loadTagger();

const tok = (s: string) => s.split(' ');

function validIob2(tags: string[]): boolean {
  return tags.every((t, i) => {
    if (t === 'O' || t.startsWith('B-')) return true;
    if (!t.startsWith('I-')) return false;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev !== 'O' && prev.slice(2) === t.slice(2);
  });
}

const SENTENCES = [
  'Jens Stoltenberg møtte statsministeren i Oslo på tirsdag .',
  'Generalsekretær Jens Stoltenberg sa at NATO vil styrke forsvaret i Polen .',
  'Eg budde i Bergen i mange år før eg flytta til Tromsø .',
  'Erna Solberg og Jonas Gahr Støre debatterte i Stortinget i går kveld .',
  'Ho reiste til Frankrike saman med Kari Nordmann i fjor sommar .',
  'Equinor la fram tala for tredje kvartal i Stavanger .',
  'Russland og Kina stemte mot forslaget i FN .',
];

describe('NorNE tagger', () => {
  it('tags a well-known person as one PER span', () => {
    const tags = tagger.tag(tok('Jens Stoltenberg møtte statsministeren i Oslo på tirsdag .'));
    expect(tags.slice(0, 2)).toEqual(['B-PER', 'I-PER']);
  });

  it('tags Oslo as a place (GPE or LOC)', () => {
    const tags = tagger.tag(tok('Jens Stoltenberg møtte statsministeren i Oslo på tirsdag .'));
    expect(tags[5]).toMatch(/^B-(GPE_LOC|GPE_ORG|LOC)$/);
  });

  it('tags places and people in Nynorsk', () => {
    const tags = tagger.tag(tok('Eg budde i Bergen i mange år før eg flytta til Tromsø .'));
    expect(tags[3]).toMatch(/^B-(GPE_LOC|LOC)$/);
    expect(tags[11]).toMatch(/^B-(GPE_LOC|LOC)$/);
    const t2 = tagger.tag(tok('Ho reiste til Frankrike saman med Kari Nordmann i fjor sommar .'));
    expect(t2[3]).toMatch(/^B-GPE/);
    expect(t2.slice(6, 8)).toEqual(['B-PER', 'I-PER']);
  });

  it('leaves ordinary words untagged', () => {
    const tags = tagger.tag(tok('Vi spiste middag og gikk en tur i skogen etterpå .'));
    expect(tags.every((t) => t === 'O')).toBe(true);
  });

  it('returns one valid IOB2 tag per token', () => {
    for (const s of SENTENCES) {
      const tokens = tok(s);
      const tags = tagger.tag(tokens);
      expect(tags).toHaveLength(tokens.length);
      expect(validIob2(tags)).toBe(true);
      for (const t of tags) expect(tagger.labels).toContain(t);
    }
  });

  it('handles empty input, one token and odd characters', () => {
    expect(tagger.tag([])).toEqual([]);
    expect(tagger.tag(['Oslo'])).toHaveLength(1);
    expect(tagger.tag(['', '🙂', '\t', 'ÆØÅ'])).toHaveLength(4);
  });

  it('tags a whole text with tagDocument: one valid tag per token, empty sentences kept', () => {
    const doc = [...SENTENCES.map(tok), [], ['Oslo']];
    const tags = tagger.tagDocument(doc);
    expect(tags).toHaveLength(doc.length);
    doc.forEach((s, i) => {
      expect(tags[i]).toHaveLength(s.length);
      expect(validIob2(tags[i])).toBe(true);
    });
    expect(tags[0].slice(0, 2)).toEqual(['B-PER', 'I-PER']);
    expect(tags[0][5]).toMatch(/^B-(GPE_LOC|GPE_ORG|LOC)$/);
    expect(tags[1][2]).toBe('I-PER');
    expect(tagger.tagDocument([])).toEqual([]);
  });

  it('is deterministic', () => {
    const tokens = tok(SENTENCES[1]);
    expect(tagger.tag(tokens)).toEqual(tagger.tag(tokens));
  });
});

describe('span scoring', () => {
  it('counts exact spans the way score_ner.py does', () => {
    expect(spans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'I-PER'])).toEqual(['0:2:PER', '3:4:LOC', '4:5:ORG', '5:6:PER']);
    const s = scoreTags([['B-PER', 'I-PER', 'O', 'B-GPE_LOC']], [['B-PER', 'O', 'O', 'B-GPE_ORG']], 'kg');
    expect(s.total).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('repairs an I- tag that opens a span', () => {
    expect(repairIob2(['I-PER', 'I-PER', 'O', 'I-LOC'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
  });
});

describe('runNer', () => {
  it('writes token<TAB>tag lines in order and keeps blank lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-'));
    const file = join(dir, 'in.tsv');
    writeFileSync(file, 'Jens\tX\nStoltenberg\tY\nsnakket\n\nI\ndag\nregner\ndet\ni\nBergen\n.\n');
    let text = '';
    const out = new Writable({
      write(chunk, _enc, cb) {
        text += chunk.toString();
        cb();
      },
    });
    await runNer(file, out);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Jens\tB-PER');
    expect(lines[1]).toBe('Stoltenberg\tI-PER');
    expect(lines[2]).toMatch(/^snakket\tO$/);
    expect(lines[3]).toBe('');
    expect(lines.slice(4, 11).map((l) => l.split('\t')[0])).toEqual(['I', 'dag', 'regner', 'det', 'i', 'Bergen', '.']);
    expect(lines[9]).toMatch(/^Bergen\tB-(GPE_LOC|LOC)$/);
    expect(text.endsWith('.\tO\n')).toBe(true);
  });
});

describe('the tagger extraction uses (tagger.ts)', () => {
  afterEach(() => {
    delete process.env.EXTRACT_NO_TAGGER;
    resetTagger();
  });

  it('loads the committed model on first use, here as in the product', () => {
    resetTagger();
    expect(taggerState().state).toBe('unloaded');
    const t = getTagger();
    expect(t).not.toBeNull();
    expect(taggerState().state).toBe('loaded');
    expect(getTagger()).toBe(t); // once
    expect(t!.tag(tok('Jens Stoltenberg møtte statsministeren i Oslo på tirsdag .')).slice(0, 2)).toEqual(['B-PER', 'I-PER']);
  });

  it('runs without it, and says so, when the model file is missing', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'ner-')), 'absent.model.gz');
    resetTagger(missing);
    expect(getTagger()).toBeNull();
    expect(taggerState()).toEqual({ state: 'missing', model: missing });
    // extraction still reads the article, on rules and reference data
    expect(extract('Jens Stoltenberg kom til Oslo i går.').entities.length).toBeGreaterThan(0);
  });

  it('is off with EXTRACT_NO_TAGGER=1, and can be set or cleared explicitly', () => {
    process.env.EXTRACT_NO_TAGGER = '1';
    resetTagger();
    expect(getTagger()).toBeNull();
    expect(taggerState()).toEqual({ state: 'off' });
    setTagger(tagger);
    expect(getTagger()).toBe(tagger);
    setTagger(null);
    expect(getTagger()).toBeNull();
    expect(taggerState()).toEqual({ state: 'set', tagger: false });
  });

  it('fails loudly on a model file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-'));
    const bad = join(dir, 'bad.model.gz');
    writeFileSync(bad, 'not a model');
    resetTagger(bad);
    expect(() => getTagger()).toThrow(/could not be loaded/);
  });
});
