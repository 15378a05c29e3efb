import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../../server/cli/progress.ts';
import { looksLikeJsonLines, parseJsonLine, stdinItems } from '../../server/cli/sources.ts';
import { RunStats } from '../../server/cli/stats.ts';

// Pure parts of kg's inputs and output: no database.

describe('JSON Lines lines', () => {
  it('takes text, date, source and title, and the given source when the line has none', () => {
    expect(parseJsonLine('{"text":"Hei","date":"2022-01","title":"T"}', 'NTB')).toEqual({
      input: { text: 'Hei', date: '2022-01', title: 'T', source: 'NTB' },
    });
    expect(parseJsonLine('{"text":"Hei","source":"NRK"}', 'NTB').input?.source).toBe('NRK');
  });

  it('says what is wrong with a bad line', () => {
    expect(parseJsonLine('{"text": 3}').error).toBe('"text" is required and must be a string');
    expect(parseJsonLine('{"date": "2022-01"}').error).toBe('"text" is required and must be a string');
    expect(parseJsonLine('{"text": "x", "title": 5}').error).toBe('"title" must be a string');
    expect(parseJsonLine('"just a string"').error).toBe('not a JSON object');
    expect(parseJsonLine('{"text": ').error).toMatch(/^not JSON: /);
  });
});

describe('standard input', () => {
  it('is JSON Lines when its first non-blank line is a JSON object, else one article', () => {
    expect(looksLikeJsonLines('\n{"text":"a"}\n{"text":"b"}')).toBe(true);
    expect(looksLikeJsonLines(' date 2022-01\n\n{Ikke JSON} sa han.')).toBe(false);
    expect(looksLikeJsonLines('{Kasakhstan} i krise')).toBe(false);
    const lines = stdinItems(Buffer.from('{"text":"a"}\n\n[1]\n'), 'TV 2');
    expect(lines.map((i) => [i.label, i.input?.source ?? i.error])).toEqual([
      ['stdin:1', 'TV 2'],
      ['stdin:3', 'not a JSON object'],
    ]);
    expect(stdinItems(Buffer.from('\uFEFFRussland sender soldater.'))).toEqual([
      { label: 'stdin', origin: null, input: { text: 'Russland sender soldater.', source: undefined } },
    ]);
  });
});

function capture(isTTY: boolean) {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += chunk.toString()), done()) });
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

describe('progress', () => {
  it('draws a bar with rate and ETA on a terminal', () => {
    const out = capture(true);
    const p = startProgress(10, 'articles', out.stream);
    p.update(4, 'x/sak-4.txt');
    p.stop();
    expect(out.text()).toMatch(/\d+\/10 articles \| [\d.]+\/s \| ETA \S+ \| sak-4\.txt/);
  });

  it('writes plain lines elsewhere, the last at the end', () => {
    const out = capture(false);
    const p = startProgress(10, 'articles', out.stream);
    p.update(10);
    p.stop();
    expect(out.text()).toMatch(/^progress: 10\/10 articles, [\d.]+\/s, ETA 0 s\n$/);
  });
});

describe('the summary', () => {
  it('counts per kind and names the slowest stage and each failure', () => {
    const stats = new RunStats();
    stats.count('new', { entities: [1, 2], statements: [1], relations: [] } as never);
    stats.count('unchanged', null);
    stats.fail('a.jsonl:17', new Error('Article text is empty'));
    stats.stageMs.extract = 30;
    stats.stageMs.write = 90;
    const s = stats.summary();
    expect(s).toMatch(/^loaded 1 new, 1 unchanged, 0 replaced, 1 failed of 3 articles in [\d.]+ s; 2 entity mentions, 1 statements, 0 relations\n/);
    expect(s).toContain('slowest stage: write, 30.0 ms per article');
    expect(s).toContain('  failed: a.jsonl:17: Article text is empty\n');
  });
});
