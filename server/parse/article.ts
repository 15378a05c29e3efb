import { createHash } from 'node:crypto';

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

export const MAX_ARTICLE_BYTES = 1_000_000;
const DATE_LINE = /^ ?date (\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+(.*))?$/;
// A date line's rest is a section only when it is a few words without sentence punctuation.
const SECTION = /^[\p{L}\d][\p{L}\d &/-]{0,40}$/u;

export function parseDate(raw: string): { date: string; precision: DatePrecision; from: string; to: string } {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(raw.trim());
  if (!m) throw new ArticleError(`Malformed date "${raw}": expected YYYY-MM or YYYY-MM-DD`, 'BAD_DATE');
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1800 || year > 2200 || month < 1 || month > 12) {
    throw new ArticleError(`Impossible date "${raw}"`, 'BAD_DATE');
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const ym = `${m[1]}-${m[2]}`;
  if (m[3] === undefined) {
    return { date: ym, precision: 'month', from: `${ym}-01`, to: `${ym}-${String(lastDay).padStart(2, '0')}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > lastDay) throw new ArticleError(`Impossible date "${raw}"`, 'BAD_DATE');
  const d = `${ym}-${m[3]}`;
  return { date: d, precision: 'day', from: d, to: d };
}

export function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new ArticleError('Article text must be a string', 'BAD_TEXT');
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new ArticleError(`Article text is over ${MAX_ARTICLE_BYTES} bytes`, 'TOO_LARGE');
  }
  if (text.trim() === '') throw new ArticleError('Article text is empty', 'EMPTY');
  // Binary: NUL or other C0 control characters, or the replacement character from a failed decode.
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/g);
  if (controls && controls.length > 0) throw new ArticleError('Article text looks binary (control characters)', 'BINARY');
  if (/<\s*(html|body|head|div|p|script|style|span|a|br|table)\b[^>]*>/i.test(text) || /<!doctype/i.test(text)) {
    throw new ArticleError('Article text looks like HTML: load plain text', 'HTML');
  }
  return text;
}

export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function parseArticle(input: ArticleInput | string): ParsedArticle {
  const given: ArticleInput = typeof input === 'string' ? { text: input } : input;
  const raw = normaliseText(checkText(given.text));
  let body = raw;
  let lineDate: string | null = null;
  let section: string | null = null;
  const firstBreak = raw.indexOf('\n');
  const firstLine = firstBreak < 0 ? raw : raw.slice(0, firstBreak);
  const m = DATE_LINE.exec(firstLine) ?? DATE_LINE.exec(' ' + firstLine);
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
  const firstPara = body.split('\n')[0].trim();
  const title = given.title?.trim() || (firstPara.length > 120 ? firstPara.slice(0, 117).replace(/\s+\S*$/, '') + '…' : firstPara);
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
    source: given.source?.trim() || null,
  };
}
