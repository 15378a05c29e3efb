// Statements: direct quotes (dash paragraphs, «»), reported speech (", sier X", "X sier at ...", "ifølge X") and
// who said them. Speakers given as pronouns or roles ("sier han", "sa presidenten") are resolved to the person
// the text means; media reporting a story ("skriver VG") and reporters' questions are not statements.
import type { ExtractedEntity, ExtractedStatement } from './types.ts';
import type { Mention, SpotContext } from './spot.ts';
import type { Sent, TextLayout } from './text.ts';
import { findRoles, titleStem, type Role } from './roles.ts';
import { speakerAt, type SpeakerCtx, type Speaker } from './speaker.ts';

export function findStatements(ctx: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[]): ExtractedStatement[] {
  const roles = findRoles(ctx, L, ms, of, ents);
  const S: SpeakerCtx = makeSpeakerCtx(ctx, L, ms, of, ents, roles);
  const out: ExtractedStatement[] = [];
  const lex = ctx.ref.lexicon;
  const direct = new Set(lex.speechVerbsDirect.filter((v) => !v.includes(' ')));
  const indirect = new Set(lex.indirectVerbs.filter((v) => !v.includes(' ')));
  let lastSpeaker: number | null = null;
  let prevEndsColon = false;
  let prevColonSpeaker: number | null = null;
  let prevQuestion = false;

  const emit = (speakers: number[], text: string, sent: number) => {
    const clean = trimEndSpaceComma(text.replace(/^[\s–—-]+/, '')).trim();
    if (clean.split(/\s+/).length < 3) return;
    const about = [...new Set((S.bySent.get(sent) ?? []).filter((i) => of[i] >= 0).map((i) => of[i]))].map((e) => ents[e].key);
    for (const sp of speakers) out.push({ speaker: ents[sp].key, text: clean, sentence: sent, about });
    if (speakers.length) {
      lastSpeaker = speakers[0];
      S.focus = speakers[0];
    }
  };

  // the sentences of each paragraph, gathered once (not searched for per paragraph)
  const byPara = new Map<number, Sent[]>();
  for (const s of L.sents) {
    const list = byPara.get(s.para);
    if (list) list.push(s);
    else byPara.set(s.para, [s]);
  }
  for (const p of L.paras) {
    const sents = byPara.get(p.index) ?? [];
    if (!sents.length) continue;
    if (p.heading || p.caption) {
      // a caption names photographers and a heading names nobody who speaks next: focus stays
      prevEndsColon = false;
      continue;
    }
    let narrativeFrom = 0;
    if (p.dash) {
      // find the attribution: ", sier X" (or a sentence "Sier X.") in the paragraph's sentences
      let attrib: { si: number; tok: number; speakers: number[] } | null = null;
      for (let si = 0; si < sents.length && !attrib; si++) {
        const s = sents[si];
        const t = s.tokens.map((x) => x.text);
        for (let k = 1; k < t.length; k++) {
          const lw = t[k].toLowerCase();
          if (!direct.has(lw) && !(lw === 'legger' || lw === 'la' || lw === 'legg')) continue;
          const initial = k === 0 || (k === 1 && /^[–—-]$/.test(t[0]));
          if (t[k - 1] !== ',' && !initial && !(si > 0 && k === 0)) continue;
          const sp = speakerAt(S, s, k + 1);
          if (sp.kind === 'none') continue;
          attrib = { si, tok: k, speakers: sp.kind === 'entity' ? sp.entities : [] };
          if (sp.kind === 'media') attrib.speakers = [];
          break;
        }
        if (!attrib && si > 0 && /^(sier|seier|sa)$/i.test(s.tokens[0]?.text ?? '')) {
          const sp = speakerAt(S, s, 1);
          if (sp.kind === 'entity') attrib = { si, tok: 0, speakers: sp.entities };
        }
      }
      const quoteEnd = attrib ? sents[attrib.si].tokens[attrib.tok].start : sents.at(-1)!.end;
      const quote = L.body.slice(sents[0].start, quoteEnd).replace(/^[–—-]\s*/, '');
      const question = !attrib && /\?\s*$/.test(p.text);
      if (attrib) {
        emit(attrib.speakers, quote, sents[0].index);
        narrativeFrom = attrib.si + 1;
      } else if (question) {
        // a reporter's question: the answer that follows is the interviewee's
        narrativeFrom = sents.length;
      } else {
        const sp = prevEndsColon && prevColonSpeaker !== null ? prevColonSpeaker : lastSpeaker;
        if (sp !== null) emit([sp], quote, sents[0].index);
        narrativeFrom = sents.length;
      }
      prevQuestion = question;
    }
    for (let si = narrativeFrom; si < sents.length; si++) {
      const s = sents[si];
      const found = reported(S, s, direct, indirect);
      if (found) emit(found.speakers, found.text, s.index);
      else updateFocus(S, [s]);
    }
    prevEndsColon = /:\s*$/.test(p.text);
    prevColonSpeaker = prevEndsColon ? firstPerson(S, sents.at(-1)!) : null;
  }
  void prevQuestion;
  return out;
}

const SPACE_OR_COMMA = /^[\s,]$/;

/** text.replace(/[\s,]+$/, ''), walking back from the end: the regex retries every start of a long run. */
function trimEndSpaceComma(text: string): string {
  let e = text.length;
  while (e > 0 && SPACE_OR_COMMA.test(text[e - 1])) e--;
  return e === text.length ? text : text.slice(0, e);
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

/** Reported speech in a narrative sentence; returns the speakers and the reported text. */
function reported(S: SpeakerCtx, s: Sent, direct: Set<string>, indirect: Set<string>): { speakers: number[]; text: string } | null {
  const t = s.tokens.map((x) => x.text);
  const lt = t.map((x) => x.toLowerCase());
  const rest = (k: number) => S.L.body.slice(s.tokens[k]?.start ?? s.end, s.end);
  // "ifølge X ...": the whole sentence is X's
  const ifi = lt.findIndex((w) => w === 'ifølge' || w === 'ifølgje');
  if (ifi >= 0 && !inGuillemets(S, s, ifi)) {
    const sp = speakerAt(S, s, ifi + 1);
    if (sp.kind === 'entity') return { speakers: sp.entities, text: s.text };
  }
  for (let v = 0; v < t.length; v++) {
    if (inGuillemets(S, s, v)) continue;
    const w = lt[v];
    const isInd =
      indirect.has(w) ||
      ['krevd', 'sagt', 'uttalt', 'varslet', 'varsla', 'beklaget', 'beklaga', 'peker', 'peikar', 'pekte', 'viste', 'viser'].includes(w) ||
      (/^(legger|legg|la)$/.test(w) && lt[v + 1] === 'til');
    // ", sier X": the clause before is X's
    if (direct.has(w) && v >= 4 && t[v - 1] === ',') {
      const sp = speakerAt(S, s, v + 1);
      if (sp.kind === 'entity') return { speakers: sp.entities, text: S.L.body.slice(s.start, s.tokens[v - 1].start) };
      if (sp.kind === 'media') continue;
    }
    if (!isInd && !/^(klar|tydelig|tydeleg)$/.test(w)) continue;
    // who: before the verb ("Dale forteller at"), or after it ("sa presidenten i Kasakhstan, X, at")
    let who: Speaker | null = null;
    let after = v + 1;
    let coordinated = false;
    const before = speakerBefore(S, s, v);
    if (/^(klar|tydelig|tydeleg)$/.test(w)) {
      // "Solberg er klar på at ...", "har hun vært tydelig på at ..."
      if (lt[v + 1] !== 'på' || lt[v + 2] !== 'at') continue;
      const b = nearestSubject(S, s, v);
      if (!b) continue;
      return { speakers: b, text: rest(v + 3) };
    }
    if (before) who = before;
    else {
      const sp = speakerAt(S, s, v + 1);
      if (sp.kind === 'entity' || sp.kind === 'media') {
        who = sp;
        after = sp.end;
      } else {
        const subj = subjectOfSentence(S, s, v);
        if (subj) {
          who = { kind: 'entity', entities: subj, end: v };
          coordinated = true;
        }
      }
    }
    if (!who || who.kind !== 'entity') {
      if (who?.kind === 'media') return null;
      continue;
    }
    // "viste til at", "peker på at", "legg til at", "sier til NRK at", "kunngjorde mandag morgen at"
    let k = after;
    let steps = 0;
    // only adverbials and an addressee may stand between the verb and "at": a pronoun or a comma opens
    // another clause ("sier regionen er ..., men at ...")
    while (k < t.length && steps < 7 && lt[k] !== 'at' && !/^[.;:!?]$/.test(t[k]) && !(t[k] === ',' && k > after) && !CLAUSE_SUBJECT.test(lt[k])) {
      k++;
      steps++;
    }
    if (lt[k] === 'at') return { speakers: who.entities, text: rest(k + 1) };
    // "viste til enighet om ...": what it points to
    if (/^(viste|viser|peker|pekte|peikar)$/.test(w) && /^(til|på)$/.test(lt[after] ?? '')) return { speakers: who.entities, text: rest(after + 1) };
    // "Ropstad seier han er takknemleg", "Han poengterer det har vorte ...": a clause without "at"
    if ((before || coordinated) && /^(sier|seier|sa|mener|meiner|mente|meinte|poengterer|forteller|fortel|hevder|hevdar|tror|trur)$/.test(w)) {
      let j = v + 1;
      while (j < t.length && ADVERBS.test(lt[j])) j++;
      if (t.length - j >= 4 && /^\p{Ll}/u.test(t[j] ?? '') && !/^(til|på|om|for|med|av|i|hos|fra|frå)$/.test(lt[j])) return { speakers: who.entities, text: rest(j) };
    }
  }
  return null;
}

/** The speaker right before the verb: "Dale forteller", "Han sier", "Regjeringen kunngjorde", "LO og NHO". */
function speakerBefore(S: SpeakerCtx, s: Sent, v: number): Speaker | null {
  let k = v - 1;
  while (k >= 0 && /^(selv|sjølv|også|òg|samtidig|har|hadde)$/.test(s.tokens[k].text.toLowerCase())) k--;
  // "Anniken Huitfeldt (Ap) sier": step over a party code
  if (k >= 2 && s.tokens[k].text === ')' && s.tokens[k - 2].text === '(') k -= 3;
  // "Dale, som selv har bodd i Kasakhstan, forteller": step over the relative clause
  if (k > 0 && s.tokens[k].text === ',') {
    let c = k - 1;
    while (c > 0 && s.tokens[c].text !== ',') c--;
    if (c > 0 && s.tokens[c + 1]?.text === 'som') k = c - 1;
    else return null;
  }
  if (k < 0) return null;
  const w = s.tokens[k].text;
  if (S.ctx.ref.lexicon.pronounsPerson.includes(w.toLowerCase())) {
    const sp = speakerAt(S, s, k);
    return sp.kind === 'entity' ? sp : null;
  }
  // the mention ending at k
  const ents: number[] = [];
  let end = k + 1;
  for (;;) {
    const i = firstEndingAt(S, s.index, end);
    if (i < 0 || S.of[i] < 0) break;
    const e = S.ents[S.of[i]];
    if (e.type !== 'Person' && e.type !== 'Organisation') return null;
    // "Volker Oye i Norsar sier": the person, not the place of work
    if (e.type === 'Organisation' && /^(i|ved|hos|fra|frå)$/.test(s.tokens[S.ms[i].start - 1]?.text ?? '')) {
      const pi = firstEndingAt(S, s.index, S.ms[i].start - 1);
      if (pi >= 0 && S.of[pi] >= 0 && S.ents[S.of[pi]].type === 'Person') return { kind: 'entity', entities: [S.of[pi]], end: v };
    }
    if (isMedia(S, i)) return { kind: 'media', end: v };
    ents.push(S.of[i]); // gathered right to left
    const m = S.ms[i];
    if (s.tokens[m.start - 1]?.text === 'og') end = m.start - 1;
    else break;
  }
  return ents.length ? { kind: 'entity', entities: ents.reverse(), end: v } : null;
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
