import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractCorpus, scoreAll } from '../../scripts/eval-extract.ts';
import { rulesOnly, ex } from './helpers.ts';

rulesOnly();

const dev = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
const scorer = resolve(dev, '..', 'score_extract.py');
const hasPython = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('contract and scoring', () => {
  it('writes the contract line with entity names in statements and relations', () => {
    const c = ex('– Vi trenger hjelp fra resten av verden, sier Ivar Dale i Den norske Helsingforskomité.');
    expect(c.file).toBe('test.txt');
    expect(c.statements[0].speaker).toBe('Ivar Dale');
    expect(c.entities.map((e) => e.type)).toEqual(expect.arrayContaining(['Person', 'Organisation']));
  });

  it.skipIf(!existsSync(dev) || !hasPython)('scores like score_extract.py on the dev corpus', () => {
    const lines = extractCorpus(dev);
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const out = join(dir, 'pred.jsonl');
    writeFileSync(out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const py = execFileSync('python3', [scorer, dev, out], { encoding: 'utf8' }).trim();
    const ts = scoreAll(dev, new Map(lines.map((l) => [l.file.replace(/\.txt$/, ''), l])));
    // Agreement only: the figures themselves belong to `npm run eval`, so a grown corpus cannot fail a test.
    expect(ts).toBe(py);
    expect(ts).toMatch(/entityF1=[\d.]+ statementF1=[\d.]+ relationF1=[\d.]+/);
  });
});
