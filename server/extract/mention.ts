// The mention, its spotting context (the lexicon's word classes as sets) and the small tests that spotting and
// the capitalised-run reader share; kept apart from both so that neither imports the other.
import type { EntityType, ExtractedEntity, Span } from './types.ts';
import type { RefHit, Reference } from '../reference/index.ts';
import type { Sent, TextLayout } from './text.ts';
import { stripGenitive } from './names.ts';

export type MentionSource = 'gazetteer' | 'caps' | 'adjective' | 'lowercase' | 'prefix';

export interface Mention {
  sent: number;
  start: number; // token index in the sentence
  end: number; // exclusive
  text: string; // the surface form
  form: string; // the name form: genitive stripped, hyphen prefix only
  genitive: boolean;
  type: EntityType;
  ref?: RefHit;
  source: MentionSource;
  adjective?: boolean; // a country named through an adjective or demonym
  strong: boolean; // typed by a rule or reference data, not by default
  suffix?: string; // the rest of a hyphen compound: "leder" in "LO-leder"
  why?: string; // the evidence that typed a name no reference record knows (for debugging and tests)
  tentative?: boolean; // a one-word name only the tagger calls a person: kept if the article names it again
  untyped?: boolean; // a name with no evidence, kept only while its sentence's coordinations are read
}

/** An article's mentions as the rules after spotting read them: mention `ms[i]` stands for entity `ents[of[i]]`. */
export interface ArticleMentions {
  L: TextLayout;
  ms: Mention[];
  of: number[];
  ents: ExtractedEntity[];
}

export interface SpotContext {
  ref: Reference;
  words: {
    titles: Set<string>;
    speech: Set<string>;
    orgHeads: string[];
    orgFirst: Set<string>;
    particles: Set<string>;
    lowerOrgs: Set<string>;
    departments: string[];
    placeNouns: Set<string>;
    placeHeads: Set<string>;
    placeHeadsWeak: Set<string>;
    foreignPlace: Set<string>;
    foreignOrg: Set<string>;
    eventNouns: Set<string>;
    eventHeads: Set<string>;
    foreignEvent: Set<string>;
    articles: Set<string>;
    locPreps: Set<string>;
    locPrepsStrong: Set<string>;
    compass: Set<string>;
    placeOf: Set<string>;
    orgOf: Set<string>;
  };
}

export function spotContext(ref: Reference): SpotContext {
  const L = ref.lexicon;
  return {
    ref,
    words: {
      titles: new Set(L.titles.filter((t) => !t.includes(' '))),
      speech: new Set([...L.speechVerbs, ...L.speechVerbsDirect]),
      orgHeads: L.orgHeads,
      orgFirst: new Set(L.orgFirstWords),
      particles: new Set(L.nameParticles),
      lowerOrgs: new Set(L.lowercaseOrgs),
      departments: L.departmentSuffixes,
      placeNouns: new Set(L.placeNouns),
      placeHeads: new Set(L.placeNameHeads),
      placeHeadsWeak: new Set(L.placeNameHeadsWeak),
      foreignPlace: new Set(L.foreignPlaceWords),
      foreignOrg: new Set(L.foreignOrgWords),
      eventNouns: new Set(L.eventNouns),
      eventHeads: new Set(L.eventNameHeads),
      foreignEvent: new Set(L.foreignEventWords),
      articles: new Set(L.indefiniteArticles),
      locPreps: new Set(L.locPrepositions),
      locPrepsStrong: new Set(L.locPrepositionsStrong),
      compass: new Set(L.compassPoints),
      placeOf: new Set(L.placeOfNouns),
      orgOf: new Set(L.orgOfNouns),
    },
  };
}

const titleCache = new Map<string, boolean>();
let titleSuffixRe: RegExp | null = null;

export function isTitleWord(ctx: SpotContext, w: string): boolean {
  const c = titleCache.get(w);
  if (c !== undefined) return c;
  titleSuffixRe ??= new RegExp(`(${ctx.ref.lexicon.titleSuffixes.join('|')})(en|a|et)?$`);
  const lw = w.toLowerCase();
  const stem = lw.replace(/(en|a|et)$/, '');
  const r = ctx.words.titles.has(lw) || ctx.words.titles.has(stem) || titleSuffixRe.test(lw);
  if (titleCache.size > 20_000) titleCache.clear();
  titleCache.set(w, r);
  return r;
}

/** A title in the definite singular, which points at someone known: "statsministeren", "sjefen", "leiaren". */
export function isDefiniteTitle(ctx: SpotContext, w: string): boolean {
  const lw = w.toLowerCase();
  return /(en|et|a)$/.test(lw) && !ctx.words.titles.has(lw) && isTitleWord(ctx, lw);
}

let orgHeadRe: RegExp | null = null;
let orgHeadExact: Set<string> | null = null;

/** Ends in an organisation head noun: "tingrett", "universitetssykehus", "bataljonen", "valkomité", "Fagforbundet". */
export const hasOrgHead = (ctx: SpotContext, w: string): boolean => {
  // definite forms: "-en", "-et", "-a", and "-n" after a final e ("stiftelsen", "kommunen")
  orgHeadExact ??= new Set(ctx.words.orgHeads.flatMap((h) => [h, h + 'en', h + 'et', h + 'a', ...(h.endsWith('e') ? [h + 'n'] : [])]));
  orgHeadRe ??= new RegExp(`..(${ctx.words.orgHeads.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(en|et|a|(?<=e)n)?$`);
  const lw = w.toLowerCase();
  return orgHeadExact.has(lw) || (lw.length > 4 && orgHeadRe.test(lw));
};

/**
 * The word of the set that w is or ends in as a compound, with at least `min` letters before it: "naboøya" ends
 * in "øya", "Idlibprovinsen" in "provinsen". The longest such word, or undefined.
 */
export function endsIn(set: Set<string>, w: string, min = 3): string | undefined {
  const lw = w.toLowerCase();
  if (set.has(lw)) return lw;
  for (let k = min; k <= lw.length - 2; k++) {
    const t = lw.slice(k);
    if (set.has(t)) return t;
  }
  return undefined;
}

/** A place head written after a name, in its indefinite form: "Telemark fylke", "Bergen lufthamn Flesland". */
export function isPlaceHeadAfter(ctx: SpotContext, w: string): boolean {
  return ctx.words.placeHeads.has(w) && !/(en|et|a|ene|ane|i)$/.test(w);
}

export type Tags = () => string[] | null;

export interface Step {
  mentions: Mention[];
  next: number;
}

export function namesOfHit(h: RefHit): string[] {
  return h.kind === 'country' ? [h.country.name, h.country.nameNn, ...h.country.aliases] : [h.organisation.name, ...h.organisation.aliases];
}

export function mk(s: Sent, start: number, end: number, type: EntityType, source: MentionSource, strong: boolean, ref?: RefHit): Mention {
  const toks = s.tokens.slice(start, end).map((t) => t.text);
  const text = joinTokens(toks);
  // a known name ending in s is a genitive only if the name itself does not end in s ("Reuters", "Paris")
  const g = stripGenitive(text, ref ? !namesOfHit(ref).some((n) => n.toLowerCase() === text.toLowerCase()) : false);
  return { sent: s.index, start, end, text, form: g.form, genitive: g.genitive, type, ref, source, strong };
}

/**
 * Where a mention stands in the body. It starts where its first token does; it ends where its last token does,
 * unless its text keeps only the head of that token (a hyphen or closed compound: "LO" of "LO-leder", "Nato" of
 * "Natoland"), where it ends after the head. Read from the tokens, so it costs the same whatever the sentence.
 */
export function mentionSpan(s: Sent, m: Mention): Span {
  const first = s.tokens[m.start];
  const last = s.tokens[m.end - 1];
  if (m.text.endsWith(last.text)) return { start: first.start, end: last.end };
  const head = m.text.length - (m.text.lastIndexOf(' ') + 1);
  return { start: first.start, end: last.start + head };
}

export function joinTokens(toks: string[]): string {
  return toks.join(' ').replace(/- og /g, '- og ').replace(/\s+([,.])/g, '$1');
}

/** The longest reference name starting at token i. */
