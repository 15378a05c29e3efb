import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../reference/index.ts';

// Where an article comes from, read from the places a newsroom credits itself: an agency credit such as
// "(©NTB)", a sign-off line, the date line's section word (" date 2022-04 NTB"), a byline
// ("Av Kari Nordmann, NTB"). A medium the text merely quotes ("seier Solberg til NTB", "skriver VG") sits in
// running prose, never in those places, so it is never taken for the source.

interface NewsSources {
  names: Record<string, string[]>;
}

let known: Map<string, string> | undefined;

/** A name's key for lookup: case, spaces and a trailing dot do not matter ("TV2" is "TV 2"). */
const keyOf = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');

/** Every form of a known agency or outlet, by key, to the name recorded (from seeds/lexicon.json). */
function knownSources(): Map<string, string> {
  if (known) return known;
  const lexicon = JSON.parse(readFileSync(join(SEEDS_DIR, 'lexicon.json'), 'utf8')) as { newsSources: NewsSources };
  known = new Map();
  for (const [name, variants] of Object.entries(lexicon.newsSources.names)) {
    for (const form of [name, ...variants]) known.set(keyOf(form), name);
  }
  return known;
}

/** The known source a credit names: the first of "NTB/Reuters", "NTB-AFP", "NTB, Reuters". */
function knownIn(credit: string): string | null {
  const sources = knownSources();
  const whole = sources.get(keyOf(credit));
  if (whole) return whole;
  const first = credit.split(/\s*(?:[/,+&]|\s-\s|-(?=\p{Lu}))\s*/u)[0];
  return sources.get(keyOf(first)) ?? null;
}

// Bounded runs of blanks only: the text may hold any shape of whitespace, and parsing must stay linear.
const CREDIT_MARK = /\([ \t]{0,5}©[ \t]{0,5}([^()\n]{2,60}?)[ \t]{0,5}\)|©[ \t]{0,5}([\p{L}\d][\p{L}\d .\-/]{1,40}?)[ \t]{0,20}$/gmu;
// A line that is nothing but a credit: "(NTB)", "NTB", "– NTB", "NTB/Reuters".
const SIGN_OFF_LINE = /^[\s–—-]*\(?\s*([\p{L}\d][\p{L}\d .\-/,&+]{1,40}?)\s*\)?\s*$/u;
const MAX_CREDIT_LINE = 60;
const TRAILING_CREDIT = /\(\s*([^()\n]{2,40}?)\s*\)\s*$/u;
// The agency dateline at a paragraph's start: "OSLO (NTB): …", "Bergen (NPK) – …".
const DATELINE = /^\p{Lu}[\p{L} .-]{1,40}\s\(\s*([^()\n]{2,40}?)\s*\)\s*[:–—-]/u;
// A byline on a line of its own: "Av Kari Nordmann, NTB", "Tekst: Ola Nordmann / NPK", "Kari Nordmann (NTB)".
const BYLINE = /^(?:(?:[Aa]v|[Tt]ekst|[Tt]ext)\s*:?\s+)?\p{Lu}[\p{L}.'-]*(?:\s+(?:og\s+)?\p{Lu}[\p{L}.'-]*){0,5}\s*(?:[,/|–—]\s*|\(\s*)([^()\n,]{2,40}?)\s*\)?\s*$/u;

/** An agency credit with the copyright sign, anywhere: the last one counts (it signs the text above it). */
function fromCreditMark(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(CREDIT_MARK)) found = knownIn(m[1] ?? m[2]) ?? found;
  return found;
}

/** The last non-empty line, when it is only a credit or ends in one: "… sa han. (NTB)". */
function fromSignOff(lines: string[]): string | null {
  const last = lines.filter((l) => l.trim() !== '').at(-1);
  if (!last) return null;
  // Only a short line, and only a line's end, is read: on a long run of spaces these patterns would backtrack.
  const t = last.trim();
  const m = (t.length <= MAX_CREDIT_LINE ? SIGN_OFF_LINE.exec(t) : null) ?? TRAILING_CREDIT.exec(t.slice(-MAX_CREDIT_LINE));
  return m ? knownIn(m[1]) : null;
}

/** A section word that is a known source ("NTB", "NTB Innenriks") or one glued to it ("ntbsport"). */
export function sourceOfSection(section: string | null): { source: string; rest: string | null } | null {
  if (!section) return null;
  const words = section.trim().split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const source = knownSources().get(keyOf(words.slice(0, n).join(' ')));
    if (source) return { source, rest: words.slice(n).join(' ') || null };
  }
  const glued = /^(ntb|npk|anb)(\p{Ll}{3,})$/u.exec(words[0]);
  // A glued word stays the section: "sport" alone would lose that it is the agency's sports desk.
  return glued ? { source: knownSources().get(glued[1])!, rest: section } : null;
}

/** The first lines: a byline or an agency dateline. */
function fromHead(lines: string[]): string | null {
  for (const line of lines.filter((l) => l.trim() !== '').slice(0, 3)) {
    const t = line.trim();
    const byline = t.length <= 80 ? BYLINE.exec(t) : null;
    const source = (byline && knownIn(byline[1])) || knownIn(DATELINE.exec(t.slice(0, 80))?.[1] ?? '');
    if (source) return source;
  }
  return null;
}

/** The source an article's text credits, or null when it credits none it is known to. */
export function sourceFromText(body: string, section: string | null): string | null {
  const lines = body.split('\n');
  return fromCreditMark(body) ?? fromSignOff(lines) ?? sourceOfSection(section)?.source ?? fromHead(lines);
}
