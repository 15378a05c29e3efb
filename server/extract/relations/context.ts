// What the relation rules share: the article's mentions by sentence and token, the word lists they read, and the
// readers of enumerations and phrases.
import type { RelationType } from '../types.ts';
import type { ArticleMentions, SpotContext } from '../mention.ts';
import type { Sent } from '../text.ts';
import type { Lexicon } from '../../reference/index.ts';

export interface Words {
  membership: Set<string>; // heads of "Nato-landet", "EU-medlemmet"
  memberNouns: Set<string>;
  orgHeads: string[];
  troopNouns: Set<string>;
  troopVerbs: Set<string>;
  invasionNouns: Set<string>;
  invasionVerbs: Set<string>;
  blockers: Set<string>;
  territory: Set<string>;
  negations: Set<string>;
  directions: Set<string>;
  lies: Set<string>;
  placeHeads: Set<string>;
  capitals: Set<string>;
  join: Phrases;
  leave: Phrases;
  withdraw: Set<string>;
  armedForces: Set<string>;
  hedges: Set<string>;
  actions: Set<string>;
  decisions: Set<string>;
  arrivals: Set<string>;
  entry: Phrases;
  speech: Set<string>;
}

/** Multi-word phrases by their first word. */
export type Phrases = Map<string, string[][]>;

export function phrases(list: string[]): Phrases {
  const out: Phrases = new Map();
  for (const p of list) {
    const ws = p.toLowerCase().split(/\s+/);
    const l = out.get(ws[0]);
    if (l) l.push(ws);
    else out.set(ws[0], [ws]);
  }
  for (const l of out.values()) l.sort((a, b) => b.length - a.length);
  return out;
}

let wordsCache: { lex: Lexicon; w: Words } | null = null;
export function wordsOf(lex: Lexicon): Words {
  if (wordsCache?.lex === lex) return wordsCache.w;
  const w: Words = {
    membership: new Set(lex.membershipWords),
    memberNouns: new Set(lex.membershipNouns),
    orgHeads: lex.membershipOrgHeads,
    troopNouns: new Set(lex.troopNouns),
    troopVerbs: new Set(lex.troopVerbs),
    invasionNouns: new Set(lex.invasionNouns),
    invasionVerbs: new Set(lex.invasionVerbs),
    blockers: new Set(lex.troopTargetBlockers),
    territory: new Set(lex.territoryNouns),
    negations: new Set(lex.negations),
    directions: new Set(lex.directionWords),
    lies: new Set(lex.liesVerbs),
    placeHeads: new Set(lex.placeHeads),
    capitals: new Set(lex.capitalNouns),
    join: phrases(lex.joinPhrases),
    leave: phrases(lex.leavePhrases),
    withdraw: new Set(lex.withdrawVerbs),
    armedForces: new Set(lex.armedForces),
    hedges: new Set(lex.hedges),
    actions: new Set(lex.militaryActionNouns),
    decisions: new Set(lex.decisionVerbs),
    arrivals: new Set(lex.arrivalVerbs),
    entry: phrases(lex.entryPhrases),
    speech: new Set([...lex.speechVerbs, ...lex.indirectVerbs.filter((v) => !v.includes(' '))]),
  };
  wordsCache = { lex, w };
  return w;
}

export interface Ctx extends ArticleMentions {
  sc: SpotContext;
  bySent: Map<number, number[]>; // sentence → mention indices, in order
  countries: Map<number, { mis: number[]; sorted: boolean }>; // sentence → its country mentions, in order
  countryByCode: Map<string, number>; // ISO code → the article's country entity
  stateOf: Map<number, number>; // person → the country the article says they hold a state office of
  W: Words;
}

/** A sentence as the relation rules read it: its mentions and its tokens, as written and in lower case. */
export interface SentenceReader {
  C: Ctx;
  s: Sent;
  A: At;
  W: Words;
  t: (k: number) => string | undefined;
  lt: (k: number) => string;
}

export function sentenceReader(C: Ctx, s: Sent, A: At): SentenceReader {
  const low = lowOf(s);
  return { C, s, A, W: C.W, t: (k) => s.tokens[k]?.text, lt: (k) => low[k] ?? '' };
}

/** Mentions of a sentence (or clause) by the token they start and end at, each list in mention order. */
export interface At {
  mis: number[];
  byStart: Map<number, number[]>;
  byEnd: Map<number, number[]>;
}

export function indexAt(C: Ctx, mis: number[]): At {
  const byStart = new Map<number, number[]>();
  const byEnd = new Map<number, number[]>();
  for (const i of mis) {
    const m = C.ms[i];
    const a = byStart.get(m.start);
    if (a) a.push(i);
    else byStart.set(m.start, [i]);
    const b = byEnd.get(m.end);
    if (b) b.push(i);
    else byEnd.set(m.end, [i]);
  }
  return { mis, byStart, byEnd };
}

/** mis.find((i) => C.ms[i].start === tok && p(i)), from the index. */
export const startingAt = (A: At, tok: number, p: (i: number) => boolean = () => true) => A.byStart.get(tok)?.find(p);
/** mis.find((i) => C.ms[i].end === tok && p(i)), from the index. */
export const endingAt = (A: At, tok: number, p: (i: number) => boolean = () => true) => A.byEnd.get(tok)?.find(p);

export type Add = (type: RelationType, s: number, t: number, sent: number, confidence: number, title?: string) => void;

export const typeOf = (C: Ctx, mi: number) => C.ents[C.of[mi]].type;
export const lower = (w: string | undefined) => (w ?? '').toLowerCase();

/** A sentence's tokens in lower case, made once per sentence (the rules read them many times). */
const lowCache = new WeakMap<Sent, string[]>();
export function lowOf(s: Sent): string[] {
  let l = lowCache.get(s);
  if (!l) {
    l = s.tokens.map((t) => t.text.toLowerCase());
    lowCache.set(s, l);
  }
  return l;
}
export const PREP = /^(i|til|mot|mellom|fra|frå|av|med|på|ved|for|om|over|under|etter|hos|blant|utan|uten|enn|som)$/;

/** Countries (and organisations) listed from token k on: "Noreg, Island og Liechtenstein", "nabolandene X, Y, Z". */
export function enumeration(
  C: Ctx,
  s: Sent,
  A: At,
  k: number,
  types: string[],
  opts: { head?: boolean; skip?: string[]; end?: number } = {},
): { ents: number[]; end: number } {
  const head = opts.head ?? true;
  const found: number[] = [];
  let items = 0; // members and places stepped over
  let j = k;
  const toks = s.tokens;
  const end = Math.min(opts.end ?? toks.length, toks.length);
  while (j < end) {
    const w = toks[j].text;
    const mi = startingAt(A, j, (i) => !C.ms[i].adjective);
    if (mi !== undefined && C.ms[mi].end <= end && types.includes(typeOf(C, mi))) {
      found.push(C.of[mi]);
      items++;
      j = C.ms[mi].end;
      continue;
    }
    // a place inside a list of countries: "til Baltikum, Romania og Bulgaria"
    if (mi !== undefined && C.ms[mi].end <= end && opts.skip?.includes(typeOf(C, mi))) {
      items++;
      j = C.ms[mi].end;
      continue;
    }
    if (/^(,|og|eller|samt)$/.test(w) && items) {
      j++;
      continue;
    }
    // a generic head before the list: "nabolandene", "de tre", "landa"
    if (head && !items && /^\p{Ll}+$/u.test(w) && j < k + 3) {
      j++;
      continue;
    }
    break;
  }
  return { ents: found, end: j };
}

/** A list that ends right before token k, read leftwards: "Noreg, Danmark og Island" before "er medlemmer". */
export function enumerationBefore(C: Ctx, A: At, k: number, types: string[], accept: (i: number) => boolean = () => true): { ents: number[]; start: number } {
  const found: number[] = [];
  let j = k;
  let start = k;
  while (j > 0) {
    const mi = endingAt(A, j, (i) => !C.ms[i].adjective && types.includes(typeOf(C, i)) && accept(i));
    if (mi === undefined) break;
    const toks = C.L.sents[C.ms[mi].sent].tokens;
    start = C.ms[mi].start;
    let sep = toks[start - 1]?.text;
    let hedged = false;
    // "Finland og – trolig snart – Sverige": a member the text only expects is left out, the list goes on
    if (sep === '–' || sep === '—') {
      let o = start - 2;
      while (o >= 0 && o >= start - 6 && toks[o].text !== sep) o--;
      if (o >= 0 && toks[o].text === sep) {
        for (let h = o + 1; h < start - 1; h++) if (C.W.hedges.has(toks[h].text.toLowerCase())) hedged = true;
        if (hedged) {
          start = o;
          sep = toks[o - 1]?.text;
        }
      }
    }
    if (!hedged) found.unshift(C.of[mi]);
    if (sep === ',' || sep === 'og' || sep === 'eller') {
      j = start - 1;
      continue;
    }
    break;
  }
  return { ents: found, start };
}

export function matchPhrase(P: Phrases, s: Sent, k: number, to = s.tokens.length): number {
  const low = lowOf(s);
  const first = low[k] ?? '';
  const list = P.get(first);
  if (!list) return 0;
  for (const ws of list) {
    if (k + ws.length > to) continue;
    let ok = true;
    for (let i = 1; i < ws.length && ok; i++) ok = low[k + i] === ws[i];
    if (ok) return ws.length;
  }
  return 0;
}

/** What reference data says of a country's membership of an organisation: true, false, or null (it does not know). */
