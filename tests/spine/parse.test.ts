import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle, parseDate } from '../../server/parse/article.ts';

describe('parse: the seed format', () => {
  it('reads a month date and keeps a first paragraph that stands on the date line', () => {
    const a = parseArticle(' date 2022-01 Etter dager med uro nekter presidenten å forhandle.\n\nNeste avsnitt.');
    expect(a.date).toBe('2022-01');
    expect(a.datePrecision).toBe('month');
    expect(a.dateFrom).toBe('2022-01-01');
    expect(a.dateTo).toBe('2022-01-31');
    expect(a.section).toBeNull();
    expect(a.body.startsWith('Etter dager med uro')).toBe(true);
  });

  it('takes a few words without punctuation as the section', () => {
    const a = parseArticle(' date 2020-02-29 utenriks\nRegjeringen la fram planen fredag.');
    expect(a.section).toBe('utenriks');
    expect(a.date).toBe('2020-02-29');
    expect(a.datePrecision).toBe('day');
    expect(a.body).toBe('Regjeringen la fram planen fredag.');
  });

  it('reads plain text without a date line', () => {
    const a = parseArticle('Statsministeren møtte pressen i Oslo.');
    expect(a.date).toBeNull();
    expect(a.body).toBe('Statsministeren møtte pressen i Oslo.');
  });

  it('gives the same id to the same text whatever its line ends and spacing', () => {
    const one = parseArticle('Første linje.\r\n\r\nAndre   linje.');
    const two = parseArticle('Første linje.\n\nAndre linje.  ');
    expect(one.id).toBe(two.id);
    expect(parseArticle('Noe helt annet.').id).not.toBe(one.id);
  });
});

describe('parse: bad input is refused with a reason', () => {
  const reason = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof ArticleError ? e.code : 'other';
    }
    return 'accepted';
  };
  it.each([
    ['', 'EMPTY'],
    ['   \n\t ', 'EMPTY'],
    [' date 2022-01', 'EMPTY'],
    ['x'.repeat(1_000_001), 'TOO_LARGE'],
    ['PNG\u0000\u0001\u0002binary', 'BINARY'],
    ['<html><body><p>Hei</p></body></html>', 'HTML'],
  ])('%#: refuses with %s', (text, code) => {
    expect(reason(() => parseArticle(text))).toBe(code);
  });

  it.each(['2022-13', '2022-02-30', '22-01-01', '2022/01/01', 'januar 2022', '2021-02-29'])('refuses the date %s', (d) => {
    expect(reason(() => parseDate(d))).toBe('BAD_DATE');
    expect(reason(() => parseArticle({ text: 'Tekst.', date: d }))).toBe('BAD_DATE');
  });
});
