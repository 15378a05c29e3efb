// Paragraphs, sentences and tokens with character offsets into the body.
// Tokens follow NorNE: punctuation split off, hyphenated words kept whole ("Nord-Makedonia", "LO-leder").

export interface Token {
  text: string;
  start: number; // offset into the body
  end: number;
  index: number; // position in its sentence
}

export interface Para {
  index: number;
  start: number;
  end: number;
  text: string;
  dash: boolean; // opens with a dash: a direct quote (or a reporter's question)
  caption: boolean; // a photo caption ("... Foto: Reuters/NTB")
  heading: boolean; // a short line without closing punctuation: a subheading
}

export interface Sent {
  index: number;
  para: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export interface TextLayout {
  body: string;
  paras: Para[];
  sents: Sent[];
}

const DASH = /^[\u2013\u2014-]\s/;
// Abbreviations after which a full stop does not end a sentence.
const ABBREV = new Set(['bl.a', 'f.eks', 'dvs', 'ca', 'nr', 'mill', 'mrd', 'kr', 'st', 'dr', 'prof', 'jf', 'ev', 'evt', 'osv', 'o.l', 'm.m', 'pst', 'kl', 'mv', 'inkl', 'ekskl', 'jan', 'feb', 'aug', 'sep', 'sept', 'okt', 'nov', 'des', 'mr', 'mrs', 'ms', 'gen', 'lt', 'sen', 'rep', 'a.s', 'asa', 'nrk.no', 'vs']);
const MAX_ABBREV = Math.max(...[...ABBREV].map((a) => a.length));

export function layout(body: string): TextLayout {
  const paras: Para[] = [];
  const sents: Sent[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const start = m.index + lead;
    const para: Para = {
      index: paras.length,
      start,
      end: start + text.length,
      text,
      dash: DASH.test(text),
      caption: /\b(Foto|FOTO|Illustrasjon|Grafikk|Skjermdump|Faksimile)\s*:/.test(text),
      heading: isHeading(text) && !/\b(Foto|FOTO)\s*:/.test(text),
    };
    paras.push(para);
    for (const [s, e] of splitSentences(text)) {
      const st = start + s;
      const stext = body.slice(st, start + e);
      sents.push({ index: sents.length, para: para.index, start: st, end: start + e, text: stext, tokens: tokenize(stext, st) });
    }
  }
  return { body, paras, sents };
}

function isHeading(text: string): boolean {
  const words = text.replace(DASH, '').split(/\s+/);
  return words.length <= 8 && !/[.!?:»"]$/.test(text) && !/,/.test(text);
}

/** Sentence spans [start, end) within a paragraph. */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let begin = 0;
  let quoteDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '«') quoteDepth++;
    else if (ch === '»') quoteDepth = Math.max(0, quoteDepth - 1);
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // closing quote marks and brackets belong to the sentence they close
    let j = i + 1;
    while (j < text.length && /[»")\]]/.test(text[j])) j++;
    if (j < text.length && text[j] !== ' ') continue;
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    if (k >= text.length) break;
    const next = text[k];
    // a new sentence starts with a capital, a digit, a dash or an opening quote
    if (!/[\p{Lu}\d«"\u2013\u2014(]/u.test(next)) continue;
    if (ch === '.') {
      const w = wordBefore(text, begin, i);
      if (/^\d+$/.test(w) && w.length <= 2) continue; // "14. mars", "1. nestleiar"
      if (ABBREV.has(w.toLowerCase()) && !isAllCaps(w)) continue; // "pst." is per cent, "PST." the agency
      if (/^\p{Lu}$/u.test(w)) continue; // an initial: "J. Smith"
    }
    if (quoteDepth > 0 && ch !== '.') continue;
    out.push([begin, j]);
    begin = k;
  }
  if (begin < text.length) out.push([begin, text.length]);
  return out;
}

const LETTER_OR_DOT = /^[\p{L}.]$/u;
const DIGIT = /^\d$/;

/**
 * The word that ends at `end` (not before `begin`): the longest run of letters and full stops, or of digits,
 * that ends there ("bl.a", "14"), else "". What /([\p{L}.]+|\d+)$/u finds in text.slice(begin, end), found by
 * walking back from the end instead of trying every start: its time is the word's length, not the sentence's.
 */
export function wordBefore(text: string, begin: number, end: number): string {
  let p = end;
  const last = codePointBefore(text, begin, p);
  if (last === '') return '';
  const cls = DIGIT.test(last) ? DIGIT : LETTER_OR_DOT.test(last) ? LETTER_OR_DOT : null;
  if (!cls) return '';
  for (let c = last; c !== '' && cls.test(c); c = codePointBefore(text, begin, p)) p -= c.length;
  return text.slice(p, end);
}

/** The code point that ends at `p`, not reaching before `begin` ("" at `begin`); a pair when a surrogate pair ends there. */
function codePointBefore(text: string, begin: number, p: number): string {
  if (p <= begin) return '';
  const lo = text.charCodeAt(p - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && p - 2 >= begin) {
    const hi = text.charCodeAt(p - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(p - 2, p);
  }
  return text[p - 1];
}

const LEAD = /^[«"'([\u2013\u2014©]$/;
const TRAIL = /^[»"')\]:;,!?.…]$/;

/** "x.y." (a full stop, letters, a full stop at the end): what /\.\p{L}+\.$/u tests, looking only at the end of w. */
function endsDottedWord(w: string): boolean {
  if (w[w.length - 1] !== '.') return false;
  let p = w.length - 1;
  let letters = 0;
  for (let c = codePointBefore(w, 0, p); c !== '' && c !== '.' && /^\p{L}$/u.test(c); c = codePointBefore(w, 0, p)) {
    p -= c.length;
    letters++;
  }
  return letters > 0 && w[p - 1] === '.';
}

/** NorNE-style tokens with offsets (base = offset of text in the body). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let w = m[0];
    let s = m.index;
    // leading punctuation: quotes, brackets, dashes standing alone
    while (w.length > 1 && LEAD.test(w[0])) {
      out.push(tok(w[0], base + s));
      w = w.slice(1);
      s++;
    }
    // trailing punctuation; keep a final full stop of an abbreviation or initial ("bl.a.", "J.")
    // (looked at one character at a time from the end, so that a long run of punctuation costs its length)
    let tailCount = 0;
    while (w.length > 1 && TRAIL.test(w[w.length - 1])) {
      const c = w[w.length - 1];
      if (c === '.' && (/^\p{Lu}\.$/u.test(w) || (w.length <= MAX_ABBREV + 1 && ABBREV.has(w.slice(0, -1).toLowerCase()) && !isAllCaps(w.slice(0, -1))) || endsDottedWord(w))) break;
      tailCount++;
      w = w.slice(0, -1);
    }
    // "Reuters/NTB", "Lars Nyland/TV 2": a slash between names separates them
    const slash = /^([\p{L}.]+)\/(\p{Lu}[\p{L}\d]*)$/u.exec(w);
    if (slash) {
      out.push(tok(slash[1], base + s), tok('/', base + s + slash[1].length), tok(slash[2], base + s + slash[1].length + 1));
    } else out.push(tok(w, base + s));
    // the stripped characters, in text order
    const p = s + w.length;
    for (let k = 0; k < tailCount; k++) out.push(tok(text[p + k], base + p + k));
  }
  for (let i = 0; i < out.length; i++) out[i].index = i;
  return out;
}

function tok(text: string, start: number): Token {
  return { text, start, end: start + text.length, index: 0 };
}

export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d&-]{2,}$/u.test(w) && /\p{Lu}/u.test(w);
export const isPunct = (w: string): boolean => /^[^\p{L}\d]+$/u.test(w);
