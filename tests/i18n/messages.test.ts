import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en.ts';
import { detectLang, format } from '../../client/src/i18n/index.ts';
import { nb } from '../../client/src/i18n/nb.ts';
import { fillMonths, monthEnd, monthsBetween, rangeOfMonths } from '../../client/src/core/timeline/months.ts';

describe('messages', () => {
  it('has the same keys in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(nb[key].trim(), key).not.toBe('');
      expect(holes(nb[key]), key).toEqual(holes(en[key]));
    }
  });

  it('is used for every key, and every key used exists', () => {
    const dir = path.resolve('client/src');
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && !f.startsWith('i18n'));
    const code = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const used = new Set([...code.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!));
    for (const key of used) expect(Object.keys(en), key).toContain(key);
    // Keys built at run time: language names, example descriptions, relation and type labels.
    const dynamic = /^(language\.|example\.|relation\.|type\.)|^(ingest\.(loaded|already))$/;
    for (const key of Object.keys(en)) if (!dynamic.test(key)) expect(used.has(key) || code.includes(`'${key}'`), key).toBe(true);
  });

  it('picks Bokmål for a Norwegian browser, English otherwise, and a stored choice over both', () => {
    for (const l of ['nb', 'nb-NO', 'nn-NO', 'no', 'NO']) expect(detectLang(null, [l])).toBe('nb');
    for (const l of ['en-GB', 'sv-SE', 'da', '']) expect(detectLang(null, [l])).toBe('en');
    expect(detectLang('en', ['nb-NO'])).toBe('en');
    expect(detectLang('nb', ['en-US'])).toBe('nb');
    expect(detectLang('xx', ['en-US'])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} artikler', { count: 3 })).toBe('3 artikler');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('months', () => {
  it('spans months across a year end and fills gaps with zero', () => {
    expect(monthsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(monthsBetween('2022-02', '2021-11')).toEqual([]);
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(fillMonths([{ month: '2021-12', count: 4 }], '2021-11', '2022-01').map((m) => m.count)).toEqual([0, 4, 0]);
  });
  it('turns a month range into day bounds, open at the span ends, in either order', () => {
    expect(rangeOfMonths('2021-12', '2022-01', '2021-11', '2022-03')).toEqual({ from: '2021-12-01', to: '2022-01-31' });
    expect(rangeOfMonths('2022-03', '2021-11', '2021-11', '2022-03')).toEqual({ from: undefined, to: undefined });
  });
});
