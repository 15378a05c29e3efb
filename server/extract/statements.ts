// Statements: direct quotes (dash paragraphs, «»), reported speech (", sier X", "X sier at ...", "ifølge X") and
// who said them. Speakers given as pronouns or roles ("sier han", "sa presidenten") are resolved to the person
// the text means; media reporting a story ("skriver VG") and reporters' questions are not statements.
import type { ExtractedEntity, ExtractedStatement } from './types.ts';
import { isTitleWord, type Mention, type SpotContext } from './mention.ts';
import type { Sent, TextLayout } from './text.ts';
import { titleStem, type Role } from './roles.ts';
import { isRoleNoun, roleSpeaker, speakerAt, type SpeakerCtx, type Speaker } from './speaker.ts';

/** The reporting verbs of the lexicon, as sets, built once. */
export interface Verbs {
  direct: Set<string>; // after a direct quote: ", sier X"
  indirect: Set<string>; // before a reported clause: "X sier at"
  clause: Set<string>; // before a clause without "at": "X sier Nato vil"
  naming: Set<string>; // "X kaller det ..."
  multi: Map<string, string[][]>; // first word → the rest of a verb of several words ("legger" → ["til"])
}

let verbsCache: { lex: unknown; verbs: Verbs } | null = null;

export function verbsOf(ctx: SpotContext): Verbs {
  const lex = ctx.ref.lexicon;
  if (verbsCache && verbsCache.lex === lex) return verbsCache.verbs;
  const single = (l: string[] | undefined) => new Set((l ?? []).filter((v) => !v.includes(' ')));
  const multi = new Map<string, string[][]>();
  for (const v of [...lex.indirectVerbs, ...lex.speechVerbsDirect]) {
    if (!v.includes(' ')) continue;
    const [head, ...tail] = v.split(' ');
    const list = multi.get(head) ?? [];
    if (!list.some((t) => t.join(' ') === tail.join(' '))) list.push(tail);
    multi.set(head, list);
  }
  const verbs: Verbs = { direct: single(lex.speechVerbsDirect), indirect: single(lex.indirectVerbs), clause: single(lex.clauseVerbs), naming: single(lex.namingVerbs), multi };
  verbsCache = { lex, verbs };
  return verbs;
}

/** A statement found in one sentence: its speakers and the span of its text. */
interface Found {
  speakers: number[];
  from: number; // character offsets into the body
  to: number;
  resume: number; // token from which a further statement of the sentence may be sought
  speakerEnd: number; // token after the speaker's name (or after the verb when the speaker stands before it)
  cut?: number; // where the statement before it in the sentence ends: the comma or "og" before this one's verb
}

/** The attribution of a dash paragraph: the sentence and token of its verb, its speakers, the token after them. */
interface Attribution {
  si: number;
  tok: number;
  speakers: number[];
  end: number;
}

/** The sentences of each paragraph, gathered once (not searched for per paragraph). */
function sentencesByParagraph(L: TextLayout): Map<number, Sent[]> {
  const byPara = new Map<number, Sent[]>();
  for (const s of L.sents) {
    const list = byPara.get(s.para);
    if (list) list.push(s);
    else byPara.set(s.para, [s]);
  }
  return byPara;
}

/** ", sier X" (or a sentence "Sier X.", "Det sier X.") in a dash paragraph's sentences. */
function dashAttribution(S: SpeakerCtx, sents: Sent[], direct: Set<string>): Attribution | null {
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si];
    const t = s.tokens.map((x) => x.text);
    for (let k = 1; k < t.length; k++) {
      const lw = t[k].toLowerCase();
      if (!direct.has(lw) && !(lw === 'legger' || lw === 'la' || lw === 'legg')) continue;
      const initial = k === 0 || (k === 1 && /^[–—-]$/.test(t[0]));
      if (t[k - 1] !== ',' && !initial && !(si > 0 && k === 0)) continue;
      if (inGuillemets(S, s, k)) continue;
      const sp = speakerAt(S, s, k + 1);
      if (sp.kind === 'none') continue;
      return { si, tok: k, speakers: sp.kind === 'entity' ? sp.entities : [], end: sp.end };
    }
    if (si > 0) {
      // "Sier X." / "Det sier X til NRK."
      const w0 = (s.tokens[0]?.text ?? '').toLowerCase();
      const anaphor = /^(det|dette)$/.test(w0) && direct.has((s.tokens[1]?.text ?? '').toLowerCase());
      if (/^(sier|seier|sa)$/.test(w0) || anaphor) {
        const sp = speakerAt(S, s, anaphor ? 2 : 1);
        if (sp.kind === 'entity') return { si, tok: 0, speakers: sp.entities, end: sp.end };
        if (sp.kind === 'media' && anaphor) return { si, tok: 0, speakers: [], end: sp.end };
      }
    }
  }
  return null;
}

/** One pass over an article's paragraphs in reading order, with what each statement found tells the next. */
class StatementReader {
  readonly out: ExtractedStatement[] = [];
  private readonly S: SpeakerCtx;
  private readonly W: Verbs;
  private lastSpeaker: number | null = null;
  private prevEndsColon = false;
  private prevColonSpeaker: number | null = null;
  /** Sentences whose text is (part of) a statement. */
  private readonly emitted = new Set<number>();
  /** A dash paragraph given to the last speaker for want of an attribution: "Det sier X" after it names the speaker. */
  private guessed: { para: number; at: number; count: number } | null = null;
  private prevPara: { sents: Sent[]; dash: boolean } | null = null;

  constructor(
    ctx: SpotContext,
    private readonly L: TextLayout,
    ms: Mention[],
    private readonly of: number[],
    private readonly ents: ExtractedEntity[],
    roles: Role[],
  ) {
    this.S = makeSpeakerCtx(ctx, L, ms, of, ents, roles);
    this.W = verbsOf(ctx);
  }

  read(): ExtractedStatement[] {
    const byPara = sentencesByParagraph(this.L);
    for (const p of this.L.paras) {
      const sents = byPara.get(p.index) ?? [];
      if (!sents.length) continue;
      if (p.heading || p.caption) {
        // a caption names photographers and a heading names nobody who speaks next: focus stays
        this.prevEndsColon = false;
        this.prevPara = null;
        continue;
      }
      const narrativeFrom = p.dash ? this.dashParagraph(p, sents) : 0;
      for (let si = narrativeFrom; si < sents.length; si++) this.narrativeSentence(sents[si], si);
      this.prevEndsColon = endsWithColon(p.text);
      this.prevColonSpeaker = this.prevEndsColon ? firstPerson(this.S, sents.at(-1)!) : null;
      this.prevPara = { sents, dash: p.dash };
    }
    return this.out;
  }

  private emit(speakers: number[], from: number, to: number, sent: number, sents: number[] = [sent]): number {
    const { S, ents, of } = this;
    const { start, end } = quoteSpan(this.L.body, from, to);
    const clean = this.L.body.slice(start, end);
    // only a person is "han" or "ho" in the sentences that follow, or speaks on in a dash paragraph that
    // names nobody ("ifølge PST" before it gives PST no quotes)
    if (speakers.length && ents[speakers[0]].type === 'Person') {
      this.lastSpeaker = speakers[0];
      S.focus = speakers[0];
    }
    // a quote of fewer than five words is not annotated, and is mostly a fragment ("Det er hans ord")
    if (wordCount(clean) < MIN_WORDS) return 0;
    const about = [...new Set((S.bySent.get(sent) ?? []).filter((i) => of[i] >= 0).map((i) => of[i]))].map((e) => ents[e].key);
    for (const sp of speakers) this.out.push({ speaker: ents[sp].key, text: clean, start, end, sentence: sent, about });
    for (const x of sents) this.emitted.add(x);
    return speakers.length;
  }

  /** The statements of one sentence from token `from` on, the first of them `first` when already found. */
  private sentenceStatements(s: Sent, first: Found | null): Found[] {
    const found: Found[] = [];
    let prev = first;
    let from = first ? first.resume : 0;
    for (let guard = 0; guard < 4 && from < s.tokens.length; guard++) {
      const f = reported(this.S, s, from, prev, this.W);
      if (!f) break;
      if (prev && f.from > prev.from && f.cut !== undefined && f.cut < prev.to && f.cut > prev.from) prev.to = f.cut;
      found.push(f);
      prev = f;
      from = Math.max(f.resume, from + 1);
    }
    return found;
  }

  /** A dash paragraph's quote and whom it is given to; returns the sentence from which narrative follows. */
  private dashParagraph(p: TextLayout['paras'][number], sents: Sent[]): number {
    const attrib = dashAttribution(this.S, sents, this.W.direct);
    const quoteEnd = attrib ? sents[attrib.si].tokens[attrib.tok].start : sents.at(-1)!.end;
    const question = !attrib && /\?\s*$/.test(p.text);
    this.guessed = null;
    if (attrib) {
      const covered = sents.slice(0, attrib.si + 1).map((x) => x.index);
      this.emit(attrib.speakers, sents[0].start, quoteEnd, sents[0].index, covered);
      // "..., seier han og understrekar at ...", "..., sier Stoltenberg, som mener ...": more in the same sentence
      if (attrib.speakers.length) {
        const s = sents[attrib.si];
        const head: Found = { speakers: attrib.speakers, from: s.start, to: s.tokens[attrib.tok].start, resume: attrib.end, speakerEnd: attrib.end };
        for (const f of this.sentenceStatements(s, head)) this.emit(f.speakers, f.from, f.to, s.index);
      }
      return attrib.si + 1;
    }
    // a reporter's question: the answer that follows is the interviewee's
    if (question) return sents.length;
    const colonSpeaker = this.prevEndsColon && this.prevColonSpeaker !== null;
    const sp = colonSpeaker ? this.prevColonSpeaker : this.lastSpeaker;
    const at = this.out.length;
    if (sp !== null) {
      const n = this.emit([sp], sents[0].start, quoteEnd, sents[0].index, sents.map((x) => x.index));
      if (n && !colonSpeaker) this.guessed = { para: p.index, at, count: n };
    } else this.guessed = { para: p.index, at, count: 0 };
    return sents.length;
  }

  /**
   * The paragraph before, when a sentence that opens a paragraph of its own points back to it ("Det opplyser
   * forsvarsministeren mandag."); within a paragraph "Det" is mostly what the sentence before says. A guess that
   * gave that paragraph to the last speaker is taken back.
   */
  private pointedBack(si: number): { sents: Sent[]; start: number; end: number } | null {
    if (si !== 0 || !this.prevPara) return null;
    const ps = this.prevPara.sents;
    const replace = this.guessed && this.guessed.para === ps[0].para;
    if (!replace && ps.some((x) => this.emitted.has(x.index))) return null;
    if (replace && this.guessed) {
      this.out.splice(this.guessed.at, this.guessed.count);
      this.guessed = null;
    }
    return { sents: ps, start: ps[0].start, end: ps.at(-1)!.end };
  }

  private narrativeSentence(s: Sent, si: number): void {
    // "Det opplyser forsvarsministeren mandag.": the sentence or paragraph before is the statement
    const back = anaphoric(this.S, s, this.W);
    if (back) {
      if (back.kind === 'media') return;
      const target = this.pointedBack(si);
      if (target) {
        this.emit(back.entities, target.start, target.end, target.sents[0].index, target.sents.map((x) => x.index));
        this.emitted.add(s.index);
        const head: Found = { speakers: back.entities, from: s.start, to: s.start, resume: back.end, speakerEnd: back.end };
        for (const f of this.sentenceStatements(s, head)) this.emit(f.speakers, f.from, f.to, s.index);
        return;
      }
    }
    const found = this.sentenceStatements(s, null);
    if (found.length) for (const f of found) this.emit(f.speakers, f.from, f.to, s.index);
    else updateFocus(this.S, [s]);
  }
}

export function findStatements(ctx: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[], roles: Role[]): ExtractedStatement[] {
  return new StatementReader(ctx, L, ms, of, ents, roles).read();
}

const MIN_WORDS = 5;

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\d]/u.test(w)) n++;
  return n;
}

/** "Det opplyser forsvarsministeren mandag.", "Dette sier Berg til NTB.": a sentence that only attributes what came before. */
function anaphoric(S: SpeakerCtx, s: Sent, W: Verbs): { kind: 'entity'; entities: number[]; end: number } | { kind: 'media' } | null {
  const t = s.tokens;
  if (t.length < 3 || !/^(det|dette)$/i.test(t[0].text)) return null;
  const v = t[1].text.toLowerCase();
  if (!W.direct.has(v) && !W.indirect.has(v)) return null;
  const sp = speakerAt(S, s, 2);
  if (sp.kind === 'media') return { kind: 'media' };
  if (sp.kind !== 'entity') return null;
  // nothing reported after the speaker: "Det sier X at ..." is no anaphor
  for (let k = sp.end; k < t.length && k < sp.end + 8; k++) {
    const w = t[k].text.toLowerCase();
    if (w === 'at') return null;
    if (w === ',' || w === 'og') break;
  }
  return { kind: 'entity', entities: sp.entities, end: sp.end };
}

const SPACE_OR_COMMA = /^[\s,]$/;

/** /:\s*$/.test(text), walking back from the end: a regex would try every position of a long sentence. */
function endsWithColon(text: string): boolean {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e > 0 && text[e - 1] === ':';
}

const DASH_OR_SPACE = /^[\s–—-]$/;

/**
 * The quote in body[from, to): without the dashes and spaces that open a dash paragraph, nor the spaces and commas
 * before its attribution (", sier hun"). Walked from both ends, not matched by a regex, which would retry every
 * start of a long run.
 */
export function quoteSpan(body: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start < to && DASH_OR_SPACE.test(body[start])) start++;
  let end = to;
  while (end > start && SPACE_OR_COMMA.test(body[end - 1])) end--;
  return { start, end };
}

function makeSpeakerCtx(ctx: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[], roles: Role[]): SpeakerCtx {
  const at = new Map<string, number>();
  const firstAt = new Map<string, number>();
  const firstEnd = new Map<string, number>();
  const bySent = new Map<number, number[]>();
  ms.forEach((m, i) => {
    const k = `${m.sent}:${m.start}`;
    at.set(k, i);
    if (!firstAt.has(k)) firstAt.set(k, i);
    const ke = `${m.sent}:${m.end}`;
    if (!firstEnd.has(ke)) firstEnd.set(ke, i);
    const list = bySent.get(m.sent);
    if (list) list.push(i);
    else bySent.set(m.sent, [i]);
  });
  return { ctx, L, ms, of, ents, roles, at, firstAt, firstEnd, bySent, focus: null, titleStem, sentCache: new Map() };
}

/** Per-sentence tables, built once when first needed, so that per-token questions cost O(1). */
interface SentTables {
  depth?: Int32Array; // depth[k]: «» open before token k
  og?: Int32Array; // og[k]: tokens "og" before token k
  subject?: Int32Array; // subject[k]: the last token before k that is a personal pronoun or starts a named subject (-1: none)
}

function tables(S: SpeakerCtx, s: Sent): SentTables {
  let t = S.sentCache.get(s.index) as SentTables | undefined;
  if (!t) S.sentCache.set(s.index, (t = {}));
  return t;
}

/** insideGuillemets(s, tok), from a table of depths built once for the sentence. */
function inGuillemets(S: SpeakerCtx, s: Sent, tok: number): boolean {
  const t = tables(S, s);
  if (!t.depth) {
    const d = new Int32Array(s.tokens.length + 1);
    let depth = 0;
    for (let i = 0; i < s.tokens.length; i++) {
      d[i] = depth;
      if (s.tokens[i].text === '«') depth++;
      else if (s.tokens[i].text === '»') depth = Math.max(0, depth - 1);
    }
    d[s.tokens.length] = depth;
    t.depth = d;
  }
  return t.depth[Math.min(Math.max(tok, 0), s.tokens.length)] > 0;
}

function firstPerson(S: SpeakerCtx, s: Sent): number | null {
  for (const i of S.bySent.get(s.index) ?? []) {
    const m = S.ms[i];
    if (m.sent === s.index && S.of[i] >= 0 && S.ents[S.of[i]].type === 'Person' && !inGuillemets(S, s, m.start)) return S.of[i];
  }
  return null;
}

function updateFocus(S: SpeakerCtx, sents: Sent[]): void {
  for (const s of sents) {
    const p = firstPerson(S, s);
    if (p !== null) S.focus = p;
  }
}

export function insideGuillemets(s: Sent, tok: number): boolean {
  let depth = 0;
  for (let i = 0; i < tok; i++) {
    if (s.tokens[i].text === '«') depth++;
    else if (s.tokens[i].text === '»') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

const CLAUSE_SUBJECT = /^(jeg|eg|han|hun|ho|vi|dei|de|det|dette|man|hen|du|dere|de)$/;

const ADVERBS = /^(samtidig|også|òg|og|selv|sjølv|dessutan|dessuten|likevel|derimot|videre|vidare|vidare|bl\.a\.|blant|annet|anna|ikke|ikkje|no|nå|nok|heller|imidlertid|tidlegare|tidligere|i|ei|en|et|eit|pressemelding|pressemelding|intervju|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|morgen|morgon|kveld|ettermiddag|formiddag)$/;

// between a subject and its verb: "Nato fredag uttalte", "Støre har lenge meint", "Han har tidlegare sagt"
const BETWEEN = /^(selv|sjølv|også|òg|samtidig|har|hadde|nå|no|derfor|difor|likevel|dessuten|dessutan|tidligere|tidlegare|allerede|alt|fortsatt|framleis|fremdeles|lenge|ofte|stadig|gjentatte|gonger|ganger|i|dag|går|helga|helgen|kveld|morgon|morgen|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag)$/;

// a clause opening the sentence before an inverted verb: "Då Støre møtte pressa, fortalde han at ..."
const SUBORDINATOR = /^(da|då|når|etter|mens|medan|før|dersom|hvis|viss|om|fordi|sidan|siden|selv|sjølv|idet|inntil|til|enn|som|hva|kva|hvordan|korleis|hvorfor|kvifor)$/;

// what may stand between an inverted speaker and "at": "sier Dale til NTB at", "sa han på pressekonferansen mandag at"
const ADDRESSEE = /^(til|overfor|på|i|under|etter|ved|foran|framfor|fremfor|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag|dag|går|kveld|morgon|morgen|ettermiddag|formiddag|helga|helgen|natt|også|òg|samtidig|videre|vidare|no|nå|tidligere|tidlegare|ein|en|ei|et|eit|den|det|ei)$/;

/** The end of a verb of several words starting at token v ("legger til", "gav uttrykk for"): the token after it, or -1. */
function multiEnd(W: Verbs, lt: string[], v: number): number {
  const tails = W.multi.get(lt[v]);
  if (!tails) return -1;
  for (const tail of tails) {
    // the tail right after the verb, or a few words on ("la på pressekonferansen til at", "trekker særlig fram at")
    for (let gap = 0; gap <= 4; gap++) {
      const at = v + 1 + gap;
      if (gap > 0) {
        const g = lt[at - 1];
        if (g === undefined || g === 'at' || /^[^\p{L}\d]+$/u.test(g)) break;
      }
      let ok = true;
      for (let i = 0; i < tail.length && ok; i++) ok = lt[at + i] === tail[i];
      if (ok) return at + tail.length;
    }
  }
  return -1;
}

/** A sentence's tokens as written and lower-cased, for the per-verb rules of reported(). */
interface Words {
  s: Sent;
  t: string[];
  lt: string[];
  n: number;
}

/** Go on to the next token: the verb at this one reports nothing. */
const NEXT = Symbol('next');
type Outcome = Found | null | typeof NEXT;

const startOf = (w: Words, k: number) => w.s.tokens[k]?.start ?? w.s.end;

/** What the speakers say from token k to the end of the sentence. */
function foundFrom(w: Words, speakers: number[], k: number, speakerEnd: number, cut?: number): Found {
  return { speakers, from: startOf(w, k), to: w.s.end, resume: k, speakerEnd, cut };
}

/** "ifølge X ...": the whole sentence is X's. */
function accordingTo(S: SpeakerCtx, w: Words): Found | null {
  const ifi = w.lt.findIndex((x) => x === 'ifølge' || x === 'ifølgje');
  if (ifi < 0 || inGuillemets(S, w.s, ifi)) return null;
  const sp = speakerAt(S, w.s, ifi + 1);
  return sp.kind === 'entity' ? { speakers: sp.entities, from: w.s.start, to: w.s.end, resume: w.n, speakerEnd: sp.end } : null;
}

/** ", sier X": the clause before is X's; undefined when the rule does not apply here (the other rules may). */
function saysAfterComma(S: SpeakerCtx, w: Words, v: number): Outcome | undefined {
  const { s, t, lt } = w;
  if (appositionSubject(S, s, v)) return undefined;
  const sp = speakerAt(S, s, v + 1);
  if (sp.kind === 'media') return NEXT;
  if (sp.kind !== 'entity') return undefined;
  // "Då Støre møtte pressa, fortalde Støre at ...": an inverted verb with "at" reports what follows
  const k = skipAddressee(S, s, lt, sp.end);
  if (lt[k] === 'at') return foundFrom(w, sp.entities, k + 1, sp.end, undefined);
  if (SUBORDINATOR.test(lt[0]) || (lt[0] === 'og' && SUBORDINATOR.test(lt[1] ?? ''))) return NEXT;
  // "På spørsmål om ..., svarte X:": the answer follows the colon; the question is the reporter's
  if (t[k] === ':' || (lt[0] === 'på' && S.ctx.ref.lexicon.reporterQuestionMarkers.includes(lt[1] ?? ''))) return NEXT;
  return { speakers: sp.entities, from: s.start, to: s.tokens[v - 1].start, resume: sp.end, speakerEnd: sp.end };
}

/** Who says what a verb reports, and where the search for "at" starts. */
interface Teller {
  who: Speaker | null;
  /** The speaker stands right before the verb. */
  before: Speaker | null;
  after: number;
  /** The speaker is the subject of the sentence, or of the statement before ("og", "som"). */
  coordinated: boolean;
  cut?: number;
}

/** After a statement: "..., og legg til at", "og understrekar at", ", som mener ...", or ", svarte X at". */
function tellerAfterStatement(S: SpeakerCtx, w: Words, v: number, from: number, prev: Found, after: number): Teller | null {
  const { s, t, lt } = w;
  let b = v - 1;
  while (b > from && ADVERBS.test(lt[b]) && lt[b] !== 'og') b--;
  if (lt[b] === 'og' && b >= from) {
    const who: Speaker = { kind: 'entity', entities: prev.speakers, end: v };
    return { who, before: null, after, coordinated: true, cut: startOf(w, t[b - 1] === ',' ? b - 1 : b) };
  }
  if (lt[b] === 'som' && t[b - 1] === ',') {
    const ant = firstEndingAt(S, s.index, b - 1);
    let who: Speaker;
    if (ant >= 0 && S.of[ant] >= 0 && (S.ents[S.of[ant]].type === 'Person' || S.ents[S.of[ant]].type === 'Organisation') && !isMedia(S, ant)) {
      who = { kind: 'entity', entities: [S.of[ant]], end: v };
    } else if (b - 1 === prev.speakerEnd) who = { kind: 'entity', entities: prev.speakers, end: v };
    else return null;
    return { who, before: null, after, coordinated: true, cut: startOf(w, b - 1) };
  }
  if (t[v - 1] === ',') {
    const sp = speakerAt(S, s, v + 1);
    if (sp.kind !== 'entity') return null;
    return { who: sp, before: null, after: Math.max(after, sp.end), coordinated: false, cut: startOf(w, v - 1) };
  }
  return null;
}

/** Before the verb ("Dale forteller at"), after it ("sa presidenten i Kasakhstan, X, at"), or the sentence's subject. */
function tellerOfVerb(S: SpeakerCtx, w: Words, v: number, after: number): Teller {
  const before = speakerBefore(S, w.s, v);
  if (before) return { who: before, before, after, coordinated: false };
  const sp = speakerAt(S, w.s, v + 1);
  if (sp.kind === 'entity' || sp.kind === 'media') return { who: sp, before, after: Math.max(after, sp.end), coordinated: false };
  const subj = subjectOfSentence(S, w.s, v) ?? mainSubject(S, w.s, v);
  if (subj) return { who: { kind: 'entity', entities: subj, end: v }, before, after, coordinated: true };
  return { who: null, before, after, coordinated: false };
}

/** What the teller of the verb at v reports: "at" and what follows, what "viste til" points to, or a clause. */
function reportedClause(S: SpeakerCtx, w: Words, v: number, prev: Found | null, W: Verbs, teller: Teller, entities: number[], end: number): Found | null {
  const { s, t, lt, n } = w;
  const { before, coordinated, cut } = teller;
  let after = teller.after;
  // "Kaldager, ekspert på ..., seier han antar at": the pronoun repeats the subject before
  if ((before || coordinated) && after === v + 1 && S.ctx.ref.lexicon.pronounsPerson.includes(lt[after] ?? '') && t[v - 1] === ',') after++;
  // "viste til at", "peker på at", "legg til at", "sier til NRK at", "kunngjorde mandag morgen at"
  let k = after;
  let steps = 0;
  // only adverbials and an addressee may stand between the verb and "at": a pronoun or a comma opens
  // another clause ("sier regionen er ..., men at ...")
  while (k < n && steps < 7 && lt[k] !== 'at' && !/^[.;:!?]$/.test(t[k]) && !(t[k] === ',' && k > after) && !CLAUSE_SUBJECT.test(lt[k])) {
    k++;
    steps++;
  }
  // "antar at": a verb of thinking between the speech verb and "at"
  if (lt[k] !== 'at' && k === after && (before || coordinated) && W.clause.has(lt[k] ?? '') && lt[k + 1] === 'at') k++;
  // after a statement, "og" or "som" with its verb reports only what "at" opens right after the verb
  if (lt[k] === 'at' && prev && coordinated && k !== after) return null;
  if (lt[k] === 'at') return foundFrom(w, entities, k + 1, end, cut);
  // "viste til enighet om ...": what it points to
  if (/^(viste|viser|peker|pekte|peikar)$/.test(lt[v]) && /^(til|på)$/.test(lt[v + 1] ?? '')) return foundFrom(w, entities, v + 2, end, cut);
  // "Ropstad seier han er takknemleg", "Han sier Nato vil ...": a clause without "at"
  if ((before || coordinated) && W.clause.has(lt[v]) && !endsWithColon(s.text) && !/^(følgende|fylgjande|følgjande)$/.test(lt[v + 1] ?? '')) {
    let j = v + 1;
    while (j < n && ADVERBS.test(lt[j])) j++;
    const named = firstStartingAt(S, s.index, j) >= 0;
    if (n - j >= 4 && (/^\p{Ll}/u.test(t[j] ?? '') || named) && !/^(til|på|om|for|med|av|i|hos|fra|frå|seg|sin|si|sitt|sine)$/.test(lt[j])) {
      return foundFrom(w, entities, j, end, cut);
    }
  }
  return null;
}

/** The statement the word at token v reports, if it is a verb of saying (or "klar på at", "kaller det"). */
function reportedAt(S: SpeakerCtx, w: Words, v: number, from: number, prev: Found | null, W: Verbs): Outcome {
  const { t, lt, n } = w;
  const word = lt[v];
  const mEnd = multiEnd(W, lt, v);
  const isInd = W.indirect.has(word) || mEnd > 0;
  if (!prev && W.direct.has(word) && v >= 4 && t[v - 1] === ',') {
    const r = saysAfterComma(S, w, v);
    if (r !== undefined) return r;
  }
  // "Statsministeren kaller det en god dag": the name given
  if (!prev && W.naming.has(word) && /^(det|dette)$/.test(lt[v + 1] ?? '')) {
    const b = speakerBefore(S, w.s, v);
    return b && b.kind === 'entity' && n - (v + 2) >= 4 ? foundFrom(w, b.entities, v + 2, v) : NEXT;
  }
  const firm = /^(klar|tydelig|tydeleg)$/.test(word);
  if (!isInd && !firm) return NEXT;
  if (firm) {
    // "Solberg er klar på at ...", "har hun vært tydelig på at ..."
    if (prev || lt[v + 1] !== 'på' || lt[v + 2] !== 'at') return NEXT;
    const b = nearestSubject(S, w.s, v);
    return b ? foundFrom(w, b, v + 3, v) : NEXT;
  }
  const after = mEnd > 0 ? mEnd : v + 1;
  const teller = prev ? tellerAfterStatement(S, w, v, from, prev, after) : tellerOfVerb(S, w, v, after);
  if (!teller) return NEXT;
  const { who } = teller;
  if (!who || who.kind !== 'entity') return who?.kind === 'media' ? null : NEXT;
  return reportedClause(S, w, v, prev, W, teller, who.entities, who.end) ?? NEXT;
}

/**
 * Reported speech in a sentence from token `from` on; `prev` is the statement found before it in the sentence,
 * if any: then only a further one may follow ("..., og legg til at", ", som mener ...", ", svarte Isaksen at").
 */
function reported(S: SpeakerCtx, s: Sent, from: number, prev: Found | null, W: Verbs): Found | null {
  const t = s.tokens.map((x) => x.text);
  const w: Words = { s, t, lt: t.map((x) => x.toLowerCase()), n: t.length };
  if (!prev) {
    const whole = accordingTo(S, w);
    if (whole) return whole;
  }
  for (let v = Math.max(from, 0); v < w.n; v++) {
    if (inGuillemets(S, s, v)) continue;
    const r = reportedAt(S, w, v, from, prev, W);
    if (r !== NEXT) return r;
  }
  return null;
}

/** Past an addressee and adverbials after an inverted speaker: "sier Dale til NTB at" → the token "at". */
function skipAddressee(S: SpeakerCtx, s: Sent, lt: string[], k: number): number {
  let steps = 0;
  while (k < lt.length && steps < 6 && lt[k] !== 'at') {
    const mi = firstStartingAt(S, s.index, k);
    if (mi >= 0 && /^(til|overfor|i|på|ved)$/.test(lt[k - 1] ?? '')) {
      k = S.ms[mi].end;
    } else if (ADDRESSEE.test(lt[k])) k++;
    else break;
    steps++;
  }
  return k;
}

/** The speaker right before the verb: "Dale forteller", "Han sier", "Regjeringen kunngjorde", "LO og NHO". */
function speakerBefore(S: SpeakerCtx, s: Sent, v: number): Speaker | null {
  let k = v - 1;
  while (k >= 0 && BETWEEN.test(s.tokens[k].text.toLowerCase())) {
    // "i dag", "i går", "i helga": a preposition only with its time noun
    if (s.tokens[k].text.toLowerCase() === 'i' && !/^(dag|går|helga|helgen|kveld|morgon|morgen)$/.test(s.tokens[k + 1]?.text.toLowerCase() ?? '')) break;
    k--;
  }
  // "Anniken Huitfeldt (Ap) sier": step over a party code
  if (k >= 2 && s.tokens[k].text === ')' && s.tokens[k - 2].text === '(') k -= 3;
  if (k > 0 && s.tokens[k].text === ',') {
    // "Dale, som selv har bodd i Kasakhstan, forteller": step over the relative clause
    let c = k - 1;
    while (c > 0 && s.tokens[c].text !== ',') c--;
    if (c > 0 && s.tokens[c + 1]?.text === 'som') k = c - 1;
    else {
      const app = appositionSubject(S, s, v);
      return app;
    }
  }
  if (k < 0) return null;
  // "Det er Kremls talsperson Dmitrij Peskov som seier": the one a cleft sentence names
  if (s.tokens[k].text === 'som' && k > 0) {
    const i = firstEndingAt(S, s.index, k);
    if (i >= 0 && S.of[i] >= 0 && S.ents[S.of[i]].type === 'Person') return { kind: 'entity', entities: [S.of[i]], end: v };
    return null;
  }
  const w = s.tokens[k].text;
  if (S.ctx.ref.lexicon.pronounsPerson.includes(w.toLowerCase())) {
    const sp = speakerAt(S, s, k);
    return sp.kind === 'entity' ? sp : null;
  }
  // "Statsministeren kaller", "Advokaten seier": a role standing for the person the article gives it
  const mk = firstEndingAt(S, s.index, k + 1);
  if (isRoleNoun(S, w) && (mk < 0 || S.ms[mk].start === k)) {
    const sp = roleSpeaker(S, w, null, k + 1, s.index);
    return sp.kind === 'entity' ? { kind: 'entity', entities: sp.entities, end: v } : null;
  }
  // the mention ending at k
  const ents: number[] = [];
  let end = k + 1;
  let countries = 0;
  for (;;) {
    const i = firstEndingAt(S, s.index, end);
    if (i < 0 || S.of[i] < 0) break;
    const e = S.ents[S.of[i]];
    const m = S.ms[i];
    // "Fleire Nato-land har varsla": a compound on a name is not the name
    if (m.suffix && !isTitleWord(S.ctx, m.suffix)) return null;
    if (e.type === 'Country' && s.tokens[m.start - 1]?.text === 'og') {
      // "USA og Nato meiner": a country is no speaker, the organisation beside it is
      countries++;
      end = m.start - 1;
      continue;
    }
    if (e.type === 'Country' && ents.length) {
      countries++;
      break;
    }
    if (e.type !== 'Person' && e.type !== 'Organisation') return null;
    // "Volker Oye i Norsar sier": the person, not the place of work
    if (e.type === 'Organisation' && /^(i|ved|hos|fra|frå)$/.test(s.tokens[m.start - 1]?.text ?? '')) {
      const pi = firstEndingAt(S, s.index, m.start - 1);
      if (pi >= 0 && S.of[pi] >= 0 && S.ents[S.of[pi]].type === 'Person') return { kind: 'entity', entities: [S.of[pi]], end: v };
    }
    if (m.suffix && isTitleWord(S.ctx, m.suffix)) {
      // "Nato-sjefen sier"
      const sp = roleSpeaker(S, m.suffix, S.of[i], m.end, s.index);
      return sp.kind === 'entity' ? { kind: 'entity', entities: sp.entities, end: v } : null;
    }
    if (e.type === 'Person' && m.end - m.start === 1 && isRoleNoun(S, m.text)) {
      const sp = roleSpeaker(S, m.text, null, m.end, s.index);
      return sp.kind === 'entity' ? { kind: 'entity', entities: sp.entities, end: v } : null;
    }
    if (isMedia(S, i)) return { kind: 'media', end: v };
    ents.push(S.of[i]); // gathered right to left
    if (s.tokens[m.start - 1]?.text === 'og') end = m.start - 1;
    else break;
  }
  void countries;
  return ents.length ? { kind: 'entity', entities: ents.reverse(), end: v } : null;
}

/**
 * The subject named before an apposition, right before the verb: "Den avgåtte styreleiaren, Per Otto Dyb, har
 * hevda", "Ola Kaldager, etterretningsekspert og tidlegare leiar ..., seier han".
 */
function appositionSubject(S: SpeakerCtx, s: Sent, v: number): Speaker | null {
  let k = v - 1;
  while (k >= 0 && /^(har|hadde|selv|sjølv|også|òg)$/.test(s.tokens[k].text.toLowerCase())) k--;
  if (k <= 0 || s.tokens[k].text !== ',') return null;
  // "..., Per Otto Dyb, har hevda": a person between two commas
  const i = firstEndingAt(S, s.index, k);
  if (i >= 0 && S.of[i] >= 0 && S.ents[S.of[i]].type === 'Person') {
    // ", advokat Hege Aakre, seier": titles may stand before the name
    let b = S.ms[i].start - 1;
    while (b > 0 && b > S.ms[i].start - 4 && /^\p{Ll}/u.test(s.tokens[b].text) && isTitleWord(S.ctx, s.tokens[b].text)) b--;
    if (s.tokens[b]?.text === ',') return { kind: 'entity', entities: [S.of[i]], end: v };
  }
  // "Ola Kaldager, etterretningsekspert ..., seier": the sentence opens with the name and a description of it
  const f = firstStartingAt(S, s.index, 0);
  if (f < 0 || S.of[f] < 0) return null;
  const m = S.ms[f];
  const e = S.ents[S.of[f]];
  if ((e.type !== 'Person' && e.type !== 'Organisation') || isMedia(S, f) || s.tokens[m.end]?.text !== ',') return null;
  if (k - m.end < 2 || k - m.end > 20 || !/^\p{Ll}/u.test(s.tokens[m.end + 1]?.text ?? '') || s.tokens[m.end + 1].text === 'som') return null;
  for (let j = m.end + 1; j < k; j++) if (s.tokens[j].text === ',' || s.tokens[j].text === '«') return null;
  return { kind: 'entity', entities: [S.of[f]], end: v };
}

/** "Berg har overfor sine advokatar gitt uttrykk for at": the name opening the sentence, then an auxiliary. */
function mainSubject(S: SpeakerCtx, s: Sent, v: number): number[] | null {
  const i = firstStartingAt(S, s.index, 0);
  if (i < 0 || S.of[i] < 0) return null;
  const m = S.ms[i];
  const e = S.ents[S.of[i]];
  if ((e.type !== 'Person' && e.type !== 'Organisation') || isMedia(S, i) || m.suffix) return null;
  if (!/^(har|hadde|har|hadde)$/.test(s.tokens[m.end]?.text ?? '') || v - m.end > 8 || v <= m.end) return null;
  for (let j = m.end + 1; j < v; j++) {
    if (/^[,.;:«]$/.test(s.tokens[j].text)) return null;
    const o = firstStartingAt(S, s.index, j);
    if (o >= 0 && S.of[o] >= 0 && S.ents[S.of[o]].type === 'Person') return null;
  }
  return [S.of[i]];
}

/** "Trump var svært kritisk til ... og meinte ...": the sentence's first named subject. */
function subjectOfSentence(S: SpeakerCtx, s: Sent, v: number): number[] | null {
  const i = firstStartingAt(S, s.index, 0);
  if (i < 0 || S.of[i] < 0 || S.ms[i].end >= v) return null;
  const e = S.ents[S.of[i]];
  if ((e.type !== 'Person' && e.type !== 'Organisation') || isMedia(S, i) || !ogBetween(S, s, S.ms[i].end, v)) return null;
  return [S.of[i]];
}

/** Is there a token "og" in [from, to)? From prefix counts built once for the sentence. */
function ogBetween(S: SpeakerCtx, s: Sent, from: number, to: number): boolean {
  const t = tables(S, s);
  const n = s.tokens.length;
  if (!t.og) {
    const og = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) og[k + 1] = og[k] + (s.tokens[k].text === 'og' ? 1 : 0);
    t.og = og;
  }
  const clamp = (k: number) => Math.min(Math.max(k, 0), n);
  return from < to && t.og[clamp(to)] - t.og[clamp(from)] > 0;
}

/** The nearest person, organisation or pronoun before token v in the sentence. */
function nearestSubject(S: SpeakerCtx, s: Sent, v: number): number[] | null {
  const pronouns = S.ctx.ref.lexicon.pronounsPerson;
  const t = tables(S, s);
  const n = s.tokens.length;
  if (!t.subject) {
    // subject[k + 1]: the last token at or before k that is a pronoun or where a named subject starts
    const sub = new Int32Array(n + 1);
    sub[0] = -1;
    for (let k = 0; k < n; k++) {
      let hit = pronouns.includes(s.tokens[k].text.toLowerCase());
      if (!hit) {
        const i = firstStartingAt(S, s.index, k);
        if (i >= 0 && S.of[i] >= 0 && !isMedia(S, i)) {
          const e = S.ents[S.of[i]];
          hit = e.type === 'Person' || e.type === 'Organisation';
        }
      }
      sub[k + 1] = hit ? k : sub[k];
    }
    t.subject = sub;
  }
  const k = t.subject[Math.min(Math.max(v, 0), n)];
  if (k < 0) return null;
  if (pronouns.includes(s.tokens[k].text.toLowerCase())) return S.focus !== null ? [S.focus] : null;
  return [S.of[firstStartingAt(S, s.index, k)]];
}

/** The first mention of sentence `sent` (in mention order) that starts at token `tok` (index into S.ms, or -1). */
function firstStartingAt(S: SpeakerCtx, sent: number, tok: number): number {
  return S.firstAt.get(`${sent}:${tok}`) ?? -1;
}

/** The first mention of sentence `sent` (in mention order) that ends at token `tok` (exclusive end), or -1. */
function firstEndingAt(S: SpeakerCtx, sent: number, tok: number): number {
  return S.firstEnd.get(`${sent}:${tok}`) ?? -1;
}

export function isMedia(S: SpeakerCtx, mi: number): boolean {
  const m = S.ms[mi];
  return m.ref?.kind === 'organisation' && m.ref.organisation.category === 'media';
}
