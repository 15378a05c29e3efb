// Titles that the text ties to a person, and to the organisation or country the title belongs to:
//   "Natos generalsekretær Jens Stoltenberg", "den svenske statsministeren Stefan Löfven", "LO-leder X",
//   "fagrådgiver Ivar Dale i Den norske Helsingforskomité", "presidenten i Kasakhstan, Kassym-Jomart Tokajev",
//   "Erna Solberg (H)", "Noresjø, som er fylkesleiar i Nordland KrF og fylkesråd ... i Nordland fylkeskommune".
// A bare title ("statsminister Erna Solberg") is a role without a target: it helps find a speaker ("sa
// statsministeren") but states no relation.
//
// Confidence of a stated role (see the scale in relations.ts), by how the sentence ties title and target:
//   0.95 a party code after the name that reference data knows: "Erna Solberg (H)"
//   0.9  a title compound or a genitive with a reference organisation or country: "LO-leder X", "USAs president X"
//   0.85 a title with i/ved/for/hos right after the name, or an apposition before it: "leiar X i Y", "leiaren i Y, X"
//   0.8  the same with an organisation only the name's shape gives; a state title after a country adjective
//        ("den svenske statsministeren X"; any other title after an adjective is nationality, "den norske forskaren
//        X", and states no role); an apposition after the name ("X, leiar i Y,", "X, som er leiar i Y")
//   0.75 a title, a preposition and the organisation right before the name, no comma ("leiar i Y X")
//   0.7  "X, som leiar Y": the verb gives the title
//   0.6  a party's genitive before the name ("Sps Trygve Slagsvold Vedum"): title medlem
//   0.5  a party-leader title in an article that names one party only
import type { ExtractedEntity } from './types.ts';
import { isTitleWord, type ArticleMentions, type Mention, type SpotContext } from './mention.ts';
import type { TextLayout } from './text.ts';

export interface Role {
  person: number; // entity index
  title: string;
  target: number | null; // entity index of the organisation or country, when the text names it
  sent: number;
  /** The sentence ties this title to the target (a HAS_ROLE relation), rather than only naming both. */
  stated: boolean;
  confidence: number;
}

/** "presidenten" → "president", "statsråden" → "statsråd", "leiaren" → "leiar". */
export function titleStem(w: string): string {
  const lw = w.toLowerCase();
  for (const suf of ['eren', 'aren', 'en', 'et', 'a', 'n']) {
    if (lw.endsWith(suf) && lw.length > suf.length + 3) {
      const stem = suf === 'eren' ? lw.slice(0, -2) : suf === 'aren' ? lw.slice(0, -2) : lw.slice(0, -suf.length);
      return stem;
    }
  }
  return lw;
}

const MODIFIERS = /^(og|visuell|fungerende|fungerande|tidligere|tidlegare|daværende|dåverande|avtroppende|påtroppende|nyvalgt|nyvald|assisterende|assisterande|administrerende|administrerande|daglig|dagleg|første|andre|1\.|2\.|no|nå|avgåtte|avgåande|avgående|konstituert|konstituerte|mangeårig|mangeårige)$/;
const ROLE_PREP = /^(i|ved|for|hos)$/;
const COPULA = /^(er|var|blir|ble|blei|vart)$/;
const LEADS = /^(leder|leiar|ledet|leidde|leia)$/;

let stateTitleRe: RegExp | null = null;
/** A title that belongs to a state ("statsministeren", "utanriksminister", "ambassadøren"): see lexicon stateTitles. */
export function isStateTitle(ctx: SpotContext, w: string): boolean {
  stateTitleRe ??= new RegExp(`(${ctx.ref.lexicon.stateTitles.join('|')})(en|a|et|n)?$`);
  return stateTitleRe.test(w.toLowerCase());
}

const isRefTarget = (e: ExtractedEntity) => Boolean(e.refId);

/** The article as the role rules read it: mentions by where they start and end, and which entities a title may go to. */
interface Reader extends ArticleMentions {
  ctx: SpotContext;
  roles: Role[];
  mentionAt: (sent: number, tok: number) => { m: Mention; e: number } | undefined;
  mentionEndingAt: (sent: number, endTok: number) => { m: Mention; e: number } | undefined;
  isTarget: (e: number) => boolean;
}

/** One person mention being read: its tokens and how a role found for it is kept. */
interface At {
  R: Reader;
  m: Mention;
  tk: (j: number) => string;
  push: (title: string, target: number | null, confidence: number, stated?: boolean) => void;
  /** A reference organisation or country as target is surer than one only the name's shape gives. */
  refConf: (e: number, yes: number, no: number) => number;
}

export function findRoles(ctx: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[]): Role[] {
  const at = new Map<string, number>(); // "sent:start" → mention index
  const endAt = new Map<string, number>(); // "sent:end" → mention index
  ms.forEach((m, i) => {
    at.set(`${m.sent}:${m.start}`, i);
    if (!endAt.has(`${m.sent}:${m.end}`)) endAt.set(`${m.sent}:${m.end}`, i);
  });
  const found = (i: number | undefined) => (i === undefined ? undefined : { m: ms[i], e: of[i] });
  const R: Reader = {
    ctx,
    L,
    ms,
    of,
    ents,
    roles: [],
    mentionAt: (sent, tok) => found(at.get(`${sent}:${tok}`)),
    mentionEndingAt: (sent, endTok) => found(endAt.get(`${sent}:${endTok}`)),
    isTarget: (e) => e >= 0 && (ents[e].type === 'Organisation' || ents[e].type === 'Country'),
  };
  ms.forEach((m, mi) => {
    const pe = of[mi];
    if (pe < 0 || ents[pe].type !== 'Person' || m.adjective) return;
    // tokens read where needed: mapping the sentence for every person made a long sentence quadratic
    const toks = L.sents[m.sent].tokens;
    const P: At = {
      R,
      m,
      tk: (j) => toks[j]?.text as string, // undefined out of range, as an array index gives
      push: (title, target, confidence, stated = target !== null) => R.roles.push({ person: pe, title, target, sent: m.sent, stated, confidence }),
      refConf: (e, yes, no) => (isRefTarget(ents[e]) ? yes : no),
    };
    rolesOf(P);
  });
  return R.roles;
}

/** The roles the text gives one person mention, before and after the name. */
function rolesOf(P: At): void {
  const { R, m, tk, push, refConf } = P;
  const { titles, k, commaTitles } = titlesBefore(P);
  // "LO-leder Hans-Christian Gabrielsen": a prefix compound right before the name
  const pre = R.mentionEndingAt(m.sent, m.start);
  if (pre && pre.m.suffix && isTitleWord(R.ctx, pre.m.suffix) && R.isTarget(pre.e)) {
    push(titleStem(pre.m.suffix), pre.e, refConf(pre.e, 0.9, 0.8));
    return;
  }
  const owner = titles.length ? titlesOwner(P, titles, k, commaTitles) : { target: null, conf: 0, firstOnly: true };
  if (commaTitles && owner.target === null) titles.length = 0; // a title before a comma names no one without its owner
  // "Erna Solberg (H)": membership of a party
  if (tk(m.end) === '(' && tk(m.end + 2) === ')') {
    const p = R.mentionAt(m.sent, m.end + 1);
    if (p && p.e >= 0 && p.m.ref?.kind === 'organisation' && p.m.ref.organisation.category === 'party') push('medlem', p.e, 0.95);
  }
  titleWithOrganisationBefore(P, pre);
  // "Sps Trygve Slagsvold Vedum": a party's own politician
  if (!titles.length && pre && (pre.m.genitive || /s$/.test(pre.m.text)) && !pre.m.suffix && pre.m.ref?.kind === 'organisation' && pre.m.ref.organisation.category === 'party') push('medlem', pre.e, 0.6);
  titlesAfter(P, titles.length > 0);
  const { target, conf, firstOnly } = owner;
  titles.forEach((title, i) => push(titleStem(title), target, conf, target !== null && (i === 0 || !firstOnly)));
}

/**
 * Titles to the left: "Seismolog og forskningsleder", "statsminister og partileiar"; after a comma when a genitive
 * or adjective opens them: "Russlands president, Vladimir Putin". Gives them in text order and the token before them.
 */
function titlesBefore({ R, m, tk }: At): { titles: string[]; k: number; commaTitles: boolean } {
  const titles: string[] = [];
  const leftTitles = (from: number) => {
    let k = from;
    // a title opening the sentence is capitalised: "Statssekretær Anne Grethe Erlandsen i ..."
    while (k >= 0 && (isTitleWord(R.ctx, tk(k)) || MODIFIERS.test(tk(k))) && (/^\p{Ll}/u.test(tk(k)) || k === 0 || /^[–—«(:]$/.test(tk(k - 1)))) {
      if (isTitleWord(R.ctx, tk(k))) titles.push(tk(k));
      k--;
    }
    titles.reverse(); // gathered right to left, kept in text order
    return k;
  };
  let k = leftTitles(m.start - 1);
  let commaTitles = false;
  if (!titles.length && tk(m.start - 1) === ',' && m.start >= 3) {
    k = leftTitles(m.start - 2);
    commaTitles = titles.length > 0;
  }
  return { titles, k, commaTitles };
}

/** Whose titles they are: a genitive, a country adjective or a compound before them, or "i/ved/for/hos Y" after the name. */
function titlesOwner(P: At, titles: string[], k: number, commaTitles: boolean): { target: number | null; conf: number; firstOnly: boolean } {
  const { R, m, tk, push, refConf } = P;
  let target: number | null = null;
  let conf = 0;
  let firstOnly = true; // a genitive or adjective owns the title next to it; a preposition after the name, all of them
  const g = R.mentionEndingAt(m.sent, k + 1);
  // "Ap-leiar og statsminister Jonas Gahr Støre": a compound opens the titles
  if (g && g.m.suffix && isTitleWord(R.ctx, g.m.suffix) && R.isTarget(g.e) && !commaTitles) {
    push(titleStem(g.m.suffix), g.e, refConf(g.e, 0.9, 0.8));
  }
  // "Natos generalsekretær", "USAs president": a genitive right before the titles
  else if (g && R.isTarget(g.e) && (g.m.genitive || /s$/.test(g.m.text)) && !g.m.adjective && !g.m.suffix) {
    target = g.e;
    conf = refConf(g.e, 0.9, 0.75);
  }
  // "den svenske statsministeren Stefan Löfven"
  // ("Bergs norske advokat", "den svenske forskaren" give a nationality, not a role the country gives)
  else if (g && g.m.adjective && R.isTarget(g.e) && isStateTitle(R.ctx, titles[0])) {
    target = g.e;
    conf = 0.8;
  }
  // "fagrådgiver Ivar Dale i Den norske Helsingforskomité", "seksjonsleder X i Sørøst politidistrikt"
  if (target === null && !commaTitles && ROLE_PREP.test(tk(m.end) ?? '')) {
    const o = R.mentionAt(m.sent, m.end + 1);
    if (o && o.e >= 0 && R.ents[o.e].type === 'Organisation') {
      target = o.e;
      conf = refConf(o.e, 0.9, 0.85);
      firstOnly = false;
    }
  }
  return { target, conf, firstOnly };
}

/**
 * "presidenten i Kasakhstan, Kassym-Jomart Tokajev", "leiaren til valkomiteen, Solveig Ege Tengesdal", "Leder av
 * Stortingets utenrikskomité, Ine Eriksen Søreide"; "leiar i Noregs Bondelag Bjarne Undheim" (title, preposition and
 * organisation right before the name).
 */
function titleWithOrganisationBefore({ R, m, tk, push }: At, pre: { m: Mention; e: number } | undefined): void {
  if (tk(m.start - 1) === ',') {
    const o = R.mentionEndingAt(m.sent, m.start - 1);
    const prep = o ? tk(o.m.start - 1) : undefined;
    const noun = o ? tk(o.m.start - 2) : undefined;
    if (o && R.isTarget(o.e) && prep && /^(i|til|for|ved|hos|av)$/.test(prep) && noun && isTitleWord(R.ctx, noun)) push(titleStem(noun), o.e, 0.85);
  } else if (pre && !pre.m.suffix && !pre.m.adjective && !pre.m.genitive && R.isTarget(pre.e) && R.ents[pre.e].type === 'Organisation') {
    const prep = tk(pre.m.start - 1);
    const noun = tk(pre.m.start - 2);
    const opens = pre.m.start - 2 === 0 || /^[–—«(:]$/.test(tk(pre.m.start - 3) ?? '');
    if (prep && ROLE_PREP.test(prep) && noun && (/^\p{Ll}/u.test(noun) || opens) && isTitleWord(R.ctx, noun)) push(titleStem(noun), pre.e, 0.75);
  }
}

/**
 * After the name: "Noresjø, som er fylkesleiar i Nordland KrF og fylkesråd for ... i Nordland fylkeskommune", "Ola
 * Kaldager, etterretningsekspert og tidlegare leiar for avdeling E14", "Dale er fagrådgivar i ...", "X, som leiar Y".
 */
function titlesAfter({ R, m, tk, push }: At, titledBefore: boolean): void {
  let j = -1;
  let loose = false; // an apposition without "som er": only title-like words may lead to the title
  // "Ola Nordmann (45), dagleg leiar i ...", "Kari Holm (Ap), leiar i ...": an age or party code first
  let e = m.end;
  if (tk(e) === '(' && tk(e + 2) === ')' && /^(\d{1,3}|\p{Lu}[\p{L}]{0,4})$/u.test(tk(e + 1) ?? '')) e += 3;
  if (tk(e) === ',' && tk(e + 1) === 'som' && COPULA.test(tk(e + 2) ?? '')) j = e + 3;
  else if (COPULA.test(tk(e) ?? '')) j = e + 1;
  else if (tk(e) === ',' && tk(e + 1) === 'som' && LEADS.test(tk(e + 2) ?? '')) {
    // "X, som leiar Y": the verb names the title
    const o = R.mentionAt(m.sent, e + 3);
    if (o && o.e >= 0 && R.ents[o.e].type === 'Organisation') push(/^led/.test(tk(e + 2)) ? 'leder' : 'leiar', o.e, 0.7);
  } else if (tk(e) === ',' && !titledBefore) {
    j = e + 1;
    loose = true;
  }
  if (j < 0) return;
  const toks = R.L.sents[m.sent].tokens;
  const common = R.ctx.ref.commonWords;
  let title: string | null = null;
  const from = j;
  while (j < toks.length && j < from + 14 && !/^[.;:!?]$/.test(tk(j))) {
    const w = tk(j);
    const o = R.mentionAt(m.sent, j);
    if (o && title && R.isTarget(o.e) && ROLE_PREP.test(tk(j - 1))) {
      push(title, o.e, 0.8);
      title = null;
      j = o.m.end;
      continue;
    }
    if (w === ',') break;
    if (isTitleWord(R.ctx, w) && /^\p{Ll}/u.test(w)) title = titleStem(w);
    else if (loose && !title && !(MODIFIERS.test(w) || (/^\p{Ll}{5,}$/u.test(w) && !common.has(w)))) break;
    else if (loose && title && !ROLE_PREP.test(w) && !o) break;
    j++;
  }
}
