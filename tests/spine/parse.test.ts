import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../server/cli/files.ts';
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

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ArticleError ? e.code : 'other';
  }
  return 'accepted';
};
const messageOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
};

describe('parse: titles and sources are bounded plain text', () => {
  const text = 'Statsministeren møtte pressen i Oslo.';
  it.each([
    [{ title: 'x'.repeat(501) }, 'TITLE_TOO_LONG'],
    [{ source: 'x'.repeat(201) }, 'SOURCE_TOO_LONG'],
    [{ title: 'Tittel\u0000' }, 'BAD_TITLE'],
    [{ title: 'Linje én\nlinje to' }, 'BAD_TITLE'],
    [{ title: 'C1 \u0085 her' }, 'BAD_TITLE'],
    [{ title: '<b>Fet</b> tittel' }, 'BAD_TITLE'],
    [{ title: 'Se <img src=x onerror=alert(1)>' }, 'BAD_TITLE'],
    [{ source: 'NRK\u0007' }, 'BAD_SOURCE'],
    [{ source: 'NTB\u009b' }, 'BAD_SOURCE'],
  ])('%#: refuses %j with %s', (fields, code) => {
    expect(codeOf(() => parseArticle({ text, ...fields }))).toBe(code);
  });

  it('says which limit was passed', () => {
    expect(messageOf(() => parseArticle({ text, title: 'x'.repeat(501) }))).toMatch(/Title is 501 characters, more than 500/);
    expect(messageOf(() => parseArticle({ text, source: 'x'.repeat(201) }))).toMatch(/Source is 201 characters, more than 200/);
  });

  it('accepts titles and sources at the limit and with ordinary < and >', () => {
    const a = parseArticle({ text, title: ` ${'æ'.repeat(500)} `, source: 'ø'.repeat(200) });
    expect(a.title).toBe('æ'.repeat(500));
    expect(a.source).toBe('ø'.repeat(200));
    expect(parseArticle({ text, title: 'Når 3 < 5 og 7 > 2', source: 'a<b' }).title).toBe('Når 3 < 5 og 7 > 2');
  });

  it('cuts a derived title to fit and refuses one with control characters or markup', () => {
    const long = parseArticle(`${'Ordet '.repeat(200)}slutt.\n\nNeste avsnitt.`);
    expect([...long.title].length).toBeLessThanOrEqual(120);
    expect(long.title.endsWith('…')).toBe(true);
    expect(codeOf(() => parseArticle('Tittel med \u0085 i seg\n\nTekst.'))).toBe('BAD_TITLE');
    expect(codeOf(() => parseArticle('Se <blink>her</blink>\n\nTekst.'))).toBe('BAD_TITLE');
    // A given title stands in for the derived one.
    expect(parseArticle({ text: 'Se <blink>her</blink>\n\nTekst.', title: 'Blink' }).title).toBe('Blink');
  });
});

describe('parse: date lines are strict', () => {
  const next = new Date().getUTCFullYear() + 1;
  it.each([
    ' date 99999-01 utenriks\nTekst.',
    ' date 2022-1-5\nTekst.',
    ' date 2022-13 Tekst.',
    ' date 2022-02-30\nTekst.',
    ' date 1799-12\nTekst.',
    ` date ${next + 1}-01\nTekst.`,
    ' date 2022/01/05\nTekst.',
    ' date: 2022-01\nTekst.',
    ' date januar 2022\nTekst.',
    ' DATE 2022-01-05x\nTekst.',
  ])('refuses %j, naming the line', (text) => {
    expect(codeOf(() => parseArticle(text))).toBe('BAD_DATE');
    expect(messageOf(() => parseArticle(text))).toContain(text.split('\n')[0].trim());
  });

  it('reads a date line in any case', () => {
    const a = parseArticle(' DATE 2022-01 UTENRIKS\nRegjeringen la fram planen fredag.');
    expect(a.date).toBe('2022-01');
    expect(a.section).toBe('UTENRIKS');
    expect(a.body).toBe('Regjeringen la fram planen fredag.');
    expect(parseArticle('Date 2022-01-07 Presidenten talte.\n\nMer.').date).toBe('2022-01-07');
  });

  it('accepts years from 1800 to next year, in the line and as the argument', () => {
    expect(parseArticle(' date 1800-01\nTekst.').date).toBe('1800-01');
    expect(parseArticle(` date ${next}-12-31\nTekst.`).date).toBe(`${next}-12-31`);
    expect(parseArticle({ text: 'Tekst.', date: `${next}-01` }).date).toBe(`${next}-01`);
    expect(codeOf(() => parseArticle({ text: 'Tekst.', date: `${next + 1}-01` }))).toBe('BAD_DATE');
    expect(codeOf(() => parseArticle({ text: 'Tekst.', date: '1799-12-31' }))).toBe('BAD_DATE');
  });

  it('leaves a first line that only starts with the word alone', () => {
    expect(parseArticle('Dato og sted er ikke bestemt.').date).toBeNull();
    expect(parseArticle('date night er et engelsk uttrykk.').title).toBe('date night er et engelsk uttrykk.');
  });
});

describe('parse: HTML fragments are refused, < in text is not', () => {
  it.each([
    '<article><h1>Tittel</h1><section>Tekst her.</section></article>',
    'Innledning\n\n<h2>Mellomtittel</h2>\n\nTekst.',
    '<ul><li>Punkt</li></ul>',
    'Tekst med <strong>fet</strong> skrift.',
    'Tekst med <em>kursiv</em>.',
    'Se bildet <img src="a.jpg" alt="x">',
    '<iframe src="https://example.com"></iframe>',
    '<form action="/x"><input name="q"></form>',
    'Tekst </section> slutt.',
    '<header>Topp</header><main>Tekst</main><footer>Bunn</footer><nav>Meny</nav>',
  ])('refuses %j', (text) => {
    expect(codeOf(() => parseArticle(text))).toBe('HTML');
  });

  it.each(['Når 3 < 5 er det sant.', 'Uttrykket a<b holder.', 'Pilen <- og -> peker.', 'Kurs < 10 og > 2 prosent.', 'Hjerte <3'])(
    'accepts %j',
    (text) => {
      expect(parseArticle(text).body).toBe(text);
    },
  );
});

describe('files: article files are decoded, UTF-16 included', () => {
  const article = ' date 2022-01 utenriks\nRegjeringen i Kasakhstan gikk av. Tokajev ba CSTO om hjelp.\n';
  const le = (s: string) => Buffer.from(s, 'utf16le');
  const be = (s: string) => {
    const b = le(s);
    for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
    return b;
  };
  it.each([
    ['UTF-8', Buffer.from(article, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article, 'utf8')])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le(article)])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be(article)])],
    ['UTF-16LE without a BOM', le(article)],
    ['UTF-16BE without a BOM', be(article)],
  ])('%s', (_, bytes) => {
    const text = decodeArticleBytes(bytes);
    expect(text).toBe(article);
    const a = parseArticle(text);
    expect(a.date).toBe('2022-01');
    expect(a.section).toBe('utenriks');
  });

  it('still reports a binary file as binary', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(codeOf(() => parseArticle(decodeArticleBytes(png)))).toBe('BINARY');
  });

  it('kg extract reads a UTF-16 file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-utf16-'));
    try {
      fs.writeFileSync(path.join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), le(article)]));
      fs.writeFileSync(path.join(dir, 'be.txt'), be(article));
      const r = spawnSync('npx', ['tsx', 'server/cli/kg.ts', 'extract', dir], { encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).not.toMatch(/binary/i);
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(/"code":"KZ"/); // read only if the text decoded right
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parse: time linear in the text', () => {
  // Parsing runs on the server's event loop: no shape of text may make it slow.
  it.each([
    ['a run of spaces', `Hei${' '.repeat(190_000)}x`],
    ['blanks before a line end', `Hei\n${' \t'.repeat(95_000)}\nx`],
    ['unclosed tags', `Hei ${'<p '.repeat(63_000)}`],
    ['line ends', `Hei${'\n'.repeat(190_000)}x`],
  ])('%s (190 KB) parses in well under a second', (_, text) => {
    const t0 = performance.now();
    try {
      parseArticle(text);
    } catch (err) {
      expect(err).toBeInstanceOf(ArticleError);
    }
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
