import { createHash } from 'node:crypto';
import { sourceFromText, sourceOfSection } from './source.ts';
import { daySpan, daysInMonth } from '../../schema/dates.ts';

// The parse stage: raw article text in, a validated article out. It decides nothing about content.

export type DatePrecision = 'day' | 'month';

export interface ParsedArticle {
  id: string; // "article:<hash>": identity is the normalised text, so the same story loaded twice is one article
  contentHash: string;
  title: string;
  body: string; // the text that extraction reads (the date line removed, a date-line sentence kept)
  date: string | null; // "2022-01" or "2022-01-07"
  datePrecision: DatePrecision | null;
  dateFrom: string | null; // first day the date covers, ISO "YYYY-MM-DD"
  dateTo: string | null; // last day it covers
  section: string | null;
  source: string | null;
}

export interface ArticleInput {
  text: string;
  date?: string | null;
  source?: string | null;
  title?: string | null;
}

export class ArticleError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'ArticleError';
  }
}

/** The largest article text by default, in bytes of UTF-8 (the largest real article is about 3 KB). */
export const MAX_ARTICLE_BYTES = 200_000;

/** The largest article text accepted, in bytes of UTF-8: KG_MAX_ARTICLE_BYTES when set, else MAX_ARTICLE_BYTES. */
export function maxArticleBytes(): number {
  const raw = process.env.KG_MAX_ARTICLE_BYTES?.trim();
  if (!raw) return MAX_ARTICLE_BYTES;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`KG_MAX_ARTICLE_BYTES must be a whole number of bytes, at least 1 (got "${raw}")`);
  return n;
}

// A first line that starts with the word "date" and then something date-like (a number or a month name) is a date
// line, in any case; it must then be exactly "date YYYY-MM[-DD]", optionally followed by a section or the first paragraph.
const LOOKS_LIKE_DATE_LINE =
  /^\s*date\b\s*[:=]?\s*(?:\S*\d|(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)\p{L}*\.?(?:\s|$))/iu;
const DATE_LINE = /^\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+(.*))?$/i;
// A date line's rest is a section only when it is a few words without sentence punctuation.
const SECTION = /^[\p{L}\d][\p{L}\d &/-]{0,40}$/u;
const MIN_YEAR = 1800;
export const MAX_TITLE_CHARS = 500;
export const MAX_SOURCE_CHARS = 200;
const DERIVED_TITLE_CHARS = 120;
// Control characters: C0 (NUL included), DEL and C1.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// Any tag: <name ...>, </name>, <name/>. Text such as "3 < 5" or "a<b" has none.
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
// HTML and HTML fragments: a known element's opening tag (with well-formed attributes) or closing tag, a doctype or a comment.
const HTML_TAGS =
  'html|head|body|title|meta|link|script|style|noscript|template|div|p|span|a|br|hr|table|thead|tbody|tfoot|tr|td|th|caption|' +
  'article|section|header|footer|main|nav|aside|h[1-6]|ul|ol|li|dl|dt|dd|img|picture|figure|figcaption|video|audio|iframe|' +
  'form|input|button|select|option|textarea|label|em|strong|b|i|u|s|small|sub|sup|mark|code|pre|blockquote|cite|q|time|abbr';
const HTML = new RegExp(
  `<(?:${HTML_TAGS})(?:\\s+[a-z_:][-a-z0-9_:.]*(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'<>=\`]+))?)*\\s*/?>|</(?:${HTML_TAGS})\\s*>|<!doctype\\b|<!--`,
  'i',
);

export function parseDate(raw: string): { date: string; precision: DatePrecision; from: string; to: string } {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(raw.trim());
  if (!m) throw new ArticleError(`Malformed date "${raw}": expected YYYY-MM or YYYY-MM-DD`, 'BAD_DATE');
  const year = Number(m[1]);
  const month = Number(m[2]);
  const latest = new Date().getUTCFullYear() + 1;
  if (year < MIN_YEAR || year > latest) {
    throw new ArticleError(`Impossible date "${raw}": the year must be from ${MIN_YEAR} to ${latest}`, 'BAD_DATE');
  }
  if (month < 1 || month > 12) throw new ArticleError(`Impossible date "${raw}"`, 'BAD_DATE');
  const lastDay = daysInMonth(year, month);
  const ym = `${m[1]}-${m[2]}`;
  if (m[3] === undefined) {
    const [from, to] = daySpan(ym);
    return { date: ym, precision: 'month', from, to };
  }
  const day = Number(m[3]);
  if (day < 1 || day > lastDay) throw new ArticleError(`Impossible date "${raw}"`, 'BAD_DATE');
  const d = `${ym}-${m[3]}`;
  return { date: d, precision: 'day', from: d, to: d };
}

export function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new ArticleError('Article text must be a string', 'BAD_TEXT');
  const max = maxArticleBytes();
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > max) {
    throw new ArticleError(`Article text is ${bytes} bytes, over the limit of ${max} bytes (set by KG_MAX_ARTICLE_BYTES)`, 'TOO_LARGE');
  }
  if (text.trim() === '') throw new ArticleError('Article text is empty', 'EMPTY');
  // Binary: NUL or other C0 control characters, or the replacement character from a failed decode.
  // eslint-disable-next-line no-control-regex -- control characters are what this counts
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/g);
  if (controls && controls.length > 0) throw new ArticleError('Article text looks binary (control characters)', 'BINARY');
  if (HTML.test(text)) {
    throw new ArticleError('Article text looks like HTML: load plain text', 'HTML');
  }
  return text;
}

export function normaliseText(text: string): string {
  // The lookbehind makes the blank-run match start once per run: without it a long run of spaces is quadratic.
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/(?<![ \t])[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function parseArticle(input: ArticleInput | string): ParsedArticle {
  const given: ArticleInput = typeof input === 'string' ? { text: input } : input;
  const raw = normaliseText(checkText(given.text));
  let body = raw;
  let lineDate: string | null = null;
  let section: string | null = null;
  const firstBreak = raw.indexOf('\n');
  const firstLine = firstBreak < 0 ? raw : raw.slice(0, firstBreak);
  const m = checkDateLine(firstLine);
  if (m) {
    lineDate = m[1];
    const rest = (m[2] ?? '').trim();
    const after = firstBreak < 0 ? '' : raw.slice(firstBreak + 1).trim();
    if (rest && SECTION.test(rest) && rest.split(/\s+/).length <= 4) {
      section = rest;
      body = after;
    } else {
      body = rest ? `${rest}\n\n${after}`.trim() : after;
    }
  }
  if (body.trim() === '') throw new ArticleError('Article has a date line but no text', 'EMPTY');
  const dateRaw = given.date?.trim() || lineDate;
  const d = dateRaw ? parseDate(dateRaw) : null;
  const contentHash = createHash('sha256').update(body.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
  const givenTitle = checkField(given.title, 'title');
  // A given source wins; else the text's own credit. A section word that names the source is no section.
  const source = checkField(given.source, 'source') ?? sourceFromText(body, section);
  const sectionSource = sourceOfSection(section);
  if (sectionSource) section = sectionSource.rest;
  const title = givenTitle ?? derivedTitle(body);
  return {
    id: `article:${contentHash.slice(0, 20)}`,
    contentHash,
    title,
    body,
    date: d?.date ?? null,
    datePrecision: d?.precision ?? null,
    dateFrom: d?.from ?? null,
    dateTo: d?.to ?? null,
    section,
    source,
  };
}

/** The date line's match, null when the first line is not a date line, an error when it looks like one but is not. */
function checkDateLine(firstLine: string): RegExpExecArray | null {
  if (!LOOKS_LIKE_DATE_LINE.test(firstLine)) return null;
  const shown = firstLine.length > 80 ? `${firstLine.slice(0, 77)}…` : firstLine;
  const m = DATE_LINE.exec(firstLine);
  if (!m) {
    throw new ArticleError(`Malformed date line "${shown}": expected " date YYYY-MM" or " date YYYY-MM-DD"`, 'BAD_DATE');
  }
  try {
    parseDate(m[1]);
  } catch (err) {
    throw new ArticleError(`Bad date line "${shown}": ${(err as Error).message}`, 'BAD_DATE');
  }
  return m;
}

const FIELD = {
  title: { max: MAX_TITLE_CHARS, tooLong: 'TITLE_TOO_LONG', bad: 'BAD_TITLE', Name: 'Title' },
  source: { max: MAX_SOURCE_CHARS, tooLong: 'SOURCE_TOO_LONG', bad: 'BAD_SOURCE', Name: 'Source' },
} as const;

/** A given title or source: trimmed, null when blank, refused when too long, with control characters, or (a title) markup. */
export function checkField(value: unknown, field: keyof typeof FIELD): string | null {
  const f = FIELD[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ArticleError(`${f.Name} must be a string`, f.bad);
  const v = value.normalize('NFC').trim();
  if (v === '') return null;
  const length = [...v].length;
  if (length > f.max) throw new ArticleError(`${f.Name} is ${length} characters, more than ${f.max}`, f.tooLong);
  if (CONTROL.test(v)) throw new ArticleError(`${f.Name} contains control characters`, f.bad);
  const tag = field === 'title' ? MARKUP.exec(v) : null;
  if (tag) throw new ArticleError(`${f.Name} contains markup (${tag[0].slice(0, 40)}): give plain text`, f.bad);
  return v;
}

/** The title taken from the first paragraph, whitespace folded and cut at a word to fit. */
function derivedTitle(body: string): string {
  const first = body.split('\n')[0].replace(/\s+/g, ' ').trim();
  const chars = [...first];
  const title =
    chars.length > DERIVED_TITLE_CHARS ? chars.slice(0, DERIVED_TITLE_CHARS - 3).join('').replace(/\s+\S*$/, '') + '…' : first;
  if (CONTROL.test(title)) {
    throw new ArticleError('The title taken from the first line contains control characters: give a title', 'BAD_TITLE');
  }
  const tag = MARKUP.exec(title);
  if (tag) {
    throw new ArticleError(`The title taken from the first line contains markup (${tag[0].slice(0, 40)}): give a title`, 'BAD_TITLE');
  }
  return title;
}
