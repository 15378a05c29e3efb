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
      const before = /([\p{L}.]+|\d+)$/u.exec(text.slice(begin, i));
      const w = before?.[1] ?? '';
      if (/^\d+$/.test(w) && w.length <= 2) continue; // "14. mars", "1. nestleiar"
      if (ABBREV.has(w.toLowerCase())) continue;
      if (/^\p{Lu}$/u.test(w)) continue; // an initial: "J. Smith"
    }
    if (quoteDepth > 0 && ch !== '.') continue;
    out.push([begin, j]);
    begin = k;
  }
  if (begin < text.length) out.push([begin, text.length]);
  return out;
}

/** NorNE-style tokens with offsets (base = offset of text in the body). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let w = m[0];
    let s = m.index;
    const lead: Token[] = [];
    const trail: Token[] = [];
    // leading punctuation: quotes, brackets, dashes standing alone
    while (w.length > 1 && /^[«"'(\[\u2013\u2014©]/.test(w)) {
      lead.push(tok(w[0], base + s));
      w = w.slice(1);
      s++;
    }
    // trailing punctuation; keep a final full stop of an abbreviation or initial ("bl.a.", "J.")
    const tail: string[] = [];
    while (w.length > 1 && /[»"')\]:;,!?.…]$/.test(w)) {
      const c = w[w.length - 1];
      if (c === '.' && (/^\p{Lu}\.$/u.test(w) || ABBREV.has(w.slice(0, -1).toLowerCase()) || /\.\p{L}+\.$/u.test(w))) break;
      tail.unshift(c);
      w = w.slice(0, -1);
    }
    out.push(...lead);
    // "Reuters/NTB", "Lars Nyland/TV 2": a slash between names separates them
    const slash = /^([\p{L}.]+)\/(\p{Lu}[\p{L}\d]*)$/u.exec(w);
    if (slash) {
      out.push(tok(slash[1], base + s), tok('/', base + s + slash[1].length), tok(slash[2], base + s + slash[1].length + 1));
    } else out.push(tok(w, base + s));
    let p = s + w.length;
    for (const c of tail) {
      trail.push(tok(c, base + p));
      p++;
    }
    out.push(...trail);
  }
  return out.map((t, i) => ({ ...t, index: i }));
}

function tok(text: string, start: number): Token {
  return { text, start, end: start + text.length, index: 0 };
}

export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d&-]{2,}$/u.test(w) && /\p{Lu}/u.test(w);
export const isPunct = (w: string): boolean => /^[^\p{L}\d]+$/u.test(w);
