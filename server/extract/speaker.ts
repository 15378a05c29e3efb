// Who a speech verb's speaker is: a named person or organisation, a pronoun resolved to the person in focus,
// or a role ("presidenten", "NATO-sjefen") resolved to the person the article gives that role.
import { isDefiniteTitle, isTitleWord, type ArticleMentions, type SpotContext } from './mention.ts';
import type { Sent } from './text.ts';
import type { Role } from './roles.ts';

export interface SpeakerCtx extends ArticleMentions {
  ctx: SpotContext;
  roles: Role[];
  at: Map<string, number>; // "sent:start" → the last mention starting there
  firstAt: Map<string, number>; // "sent:start" → the first mention starting there
  firstEnd: Map<string, number>; // "sent:end" → the first mention ending there (exclusive end)
  bySent: Map<number, number[]>; // sentence → its mentions (indices into ms), in order
  focus: number | null; // the person the narrative is about just now
  titleStem: (w: string) => string;
  sentCache: Map<number, unknown>; // per-sentence tables of the statement finder
  roleIndex?: RoleIndex;
}

export type Speaker =
  | { kind: 'entity'; entities: number[]; end: number }
  | { kind: 'media'; end: number }
  | { kind: 'none' };

const SKIP = /^(og|visuell|fungerende|fungerande|tidligere|tidlegare|dåverande|daværende|den|det|dei|de|nyhetsbyrået|nyheitsbyrået|avisen|avisa|bladet|kanalen|storebror|lillebror|pappa|mamma|far|mor)$/;

/** The person a mention starting at token a names, as the speaker. */
function personAt(S: SpeakerCtx, s: Sent, a: number): Speaker | null {
  const pi = S.at.get(`${s.index}:${a}`);
  if (pi !== undefined && S.of[pi] >= 0 && S.ents[S.of[pi]].type === 'Person') return { kind: 'entity', entities: [S.of[pi]], end: S.ms[pi].end };
  return null;
}

/**
 * What a mention of an entity at token j makes of the speaker: the speaker itself, the organisation or country of a
 * role that goes on after it (`roleOrg`, read on from `next`), or 'stop' (the role read so far speaks).
 */
function mentionStep(S: SpeakerCtx, s: Sent, mi: number, j: number, role: string | null): Speaker | { roleOrg: number; next: number } | 'stop' {
  const tk = (a: number): string | undefined => s.tokens[a]?.text;
  const m = S.ms[mi];
  const e = S.ents[S.of[mi]];
  if (m.ref?.kind === 'organisation' && m.ref.organisation.category === 'media') {
    if (m.suffix && isTitleWord(S.ctx, m.suffix)) return roleSpeaker(S, m.suffix, S.of[mi], m.end, s.index);
    // "seier UDs kommunikasjonssjef til NTB": the medium is spoken to, the role speaks
    if (role && /^(til|overfor)$/.test(tk(j - 1)?.toLowerCase() ?? '')) return 'stop';
    return { kind: 'media', end: m.end };
  }
  if (m.suffix && isTitleWord(S.ctx, m.suffix)) return roleSpeaker(S, m.suffix, S.of[mi], m.end, s.index); // "NATO-sjefen"
  // "sa Nato-landa": a compound on a name is not the name
  if (m.suffix) return { kind: 'none' };
  // "Advokaten" opening a sentence, read as a name: the role it is
  if (e.type === 'Person' && m.end - m.start === 1 && isRoleNoun(S, m.text)) return roleSpeaker(S, m.text, null, m.end, s.index);
  if (e.type === 'Person') return { kind: 'entity', entities: [S.of[mi]], end: m.end };
  // "sa NATOs generalsekretær Jens Stoltenberg": a genitive organisation introduces the role
  if ((e.type === 'Organisation' || e.type === 'Country') && (m.genitive || /s$/.test(m.text)) && /^\p{Ll}/u.test(tk(m.end) ?? '') && isTitleWord(S.ctx, tk(m.end) ?? '')) {
    return { roleOrg: S.of[mi], next: m.end };
  }
  if (e.type === 'Organisation') {
    if (role) {
      // "leiaren til valkomiteen, Solveig Ege Tengesdal": the person in apposition
      const p = tk(m.end) === ',' ? personAt(S, s, m.end + 1) : null;
      return p ?? { roleOrg: S.of[mi], next: m.end };
    }
    // "kunngjorde LO og NHO at"
    if (tk(m.end) === 'og') {
      const oi = S.at.get(`${s.index}:${m.end + 1}`);
      if (oi !== undefined && S.of[oi] >= 0 && S.ents[S.of[oi]].type === 'Organisation') return { kind: 'entity', entities: [S.of[mi], S.of[oi]], end: S.ms[oi].end };
    }
    return { kind: 'entity', entities: [S.of[mi]], end: m.end };
  }
  if (e.type === 'Country' && role) return { roleOrg: S.of[mi], next: m.end };
  return { kind: 'none' };
}

/** "leiaren til valkomiteen, Solveig Ege Tengesdal": a person in apposition a few words after a role at j - 1. */
function appositionAfterRole(S: SpeakerCtx, s: Sent, j: number): Speaker | null {
  for (let a = j; a < Math.min(s.tokens.length - 1, j + 5); a++) {
    if (s.tokens[a]?.text !== ',') continue;
    return personAt(S, s, a + 1);
  }
  return null;
}

/** "sjef for det lokale sivilforsvaret Claudio Yucot": the name after the title's complement, from token j on. */
function nameAfterComplement(S: SpeakerCtx, s: Sent, j: number): Speaker | null {
  for (let a = j + 1; a < Math.min(s.tokens.length, j + 5); a++) {
    const pi = S.at.get(`${s.index}:${a}`);
    if (pi !== undefined && S.of[pi] >= 0) {
      if (S.ents[S.of[pi]].type === 'Person' && !S.ms[pi].suffix) return { kind: 'entity', entities: [S.of[pi]], end: S.ms[pi].end };
      return null;
    }
    if (!/^\p{Ll}/u.test(s.tokens[a]?.text ?? '')) return null;
  }
  return null;
}

/** The speaker named from token k on: "sier fagrådgiver Ivar Dale", "sa han", "sa presidenten", "seier leiaren til valkomiteen, X". */
export function speakerAt(S: SpeakerCtx, s: Sent, k: number): Speaker {
  // tokens are read where needed: mapping the whole sentence here made every call cost the sentence's length
  const toks = s.tokens;
  let j = k;
  let role: string | null = null;
  let roleOrg: number | null = null;
  let rolePrep = false; // a preposition after the title: "sjef for det lokale sivilforsvaret X"
  while (j < toks.length && j < k + 6) {
    const w = toks[j].text;
    const lw = w.toLowerCase();
    const mi = S.at.get(`${s.index}:${j}`);
    // "ifølge det ukrainske forsvarsdepartementet": a country adjective qualifies the speaker
    if (mi !== undefined && S.ms[mi].adjective) {
      j = S.ms[mi].end;
      continue;
    }
    if (mi !== undefined && S.of[mi] >= 0) {
      const step = mentionStep(S, s, mi, j, role);
      if (step === 'stop') break;
      if ('kind' in step) return step;
      roleOrg = step.roleOrg;
      j = step.next;
      continue;
    }
    if (S.ctx.ref.lexicon.pronounsPerson.includes(lw) || lw === 'henne' || lw === 'honom') {
      const p = S.focus;
      return p !== null ? { kind: 'entity', entities: [p], end: j + 1 } : { kind: 'none' };
    }
    if (/^\p{Ll}/u.test(w) && (isTitleWord(S.ctx, w) || isRoleNoun(S, w))) {
      role = w;
      j++;
      const p = appositionAfterRole(S, s, j);
      if (p) return p;
      continue;
    }
    if (SKIP.test(lw) || (role && /^(i|til|for|ved|,)$/.test(lw))) {
      if (role && /^(i|til|for|ved)$/.test(lw)) rolePrep = true;
      j++;
      continue;
    }
    if (role && rolePrep && /^\p{Ll}/u.test(w) && !isRoleNoun(S, role)) {
      const p = nameAfterComplement(S, s, j);
      if (p) return p;
    }
    break;
  }
  if (role) return roleSpeaker(S, role, roleOrg, j, s.index);
  return { kind: 'none' };
}

/** A definite role noun standing for a person: "presidenten", "Advokaten", "partileiaren", "gullvinneren". */
export function isRoleNoun(S: SpeakerCtx, w: string): boolean {
  const lw = w.toLowerCase();
  let set = genericCache.get(S.ctx.ref.lexicon.genericSpeakers);
  if (!set) genericCache.set(S.ctx.ref.lexicon.genericSpeakers, (set = new Set(S.ctx.ref.lexicon.genericSpeakers)));
  if (set.has(lw)) return true;
  return isDefiniteTitle(S.ctx, lw);
}

const genericCache = new WeakMap<string[], Set<string>>();

/**
 * A role as speaker: the person the article ties to that title (and organisation). Of those introduced so far,
 * the one in focus or else the last introduced; when none is yet, the only one in the article; else the person in focus.
 */
export function roleSpeaker(S: SpeakerCtx, role: string, org: number | null, end: number, sent: number): Speaker {
  const stem = S.titleStem(role);
  const P = rolePeople(S, stem, org);
  if (P.people.length === 1) return { kind: 'entity', entities: [P.people[0]], end };
  if (P.people.length > 1) {
    // roles introduced up to this sentence: the last of them by binary search
    let lo = 0;
    let hi = P.sents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (P.sents[mid] <= sent) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) {
      if (S.focus !== null && (P.firstPos.get(S.focus) ?? Infinity) < lo) return { kind: 'entity', entities: [S.focus], end };
      return { kind: 'entity', entities: [P.persons[lo - 1]], end };
    }
    if (S.focus !== null && P.firstPos.has(S.focus)) return { kind: 'entity', entities: [S.focus], end };
  }
  // a title nobody in the article has yet is the person in focus ("sa presidenten"); a noun that is no title
  // ("gullvinneren") names nobody without a role to go by
  if (S.focus !== null && isTitleWord(S.ctx, role)) return { kind: 'entity', entities: [S.focus], end };
  return { kind: 'none' };
}

/** Roles by organisation, by title and by the endings of titles: a role speaker is found without reading every role. */
export interface RoleIndex {
  byTarget: Map<number, number[]>; // indices into roles, in order
  byTitle: Map<string, number[]>;
  bySuffix: Map<string, number[]>; // every ending of a title up to MAX_SUFFIX characters ("" included)
  people: Map<string, RolePeople>; // answers already given
}

/** The people whose role fits, and the roles in the order of their sentences. */
interface RolePeople {
  people: number[]; // distinct, in the order the roles name them
  sents: Int32Array; // the roles' sentences, ascending
  persons: Int32Array; // the person of each of those roles
  firstPos: Map<number, number>; // person → position of the first of their roles in `sents`
}

const MAX_SUFFIX = 32;

function roleIndex(S: SpeakerCtx): RoleIndex {
  if (S.roleIndex) return S.roleIndex;
  const push = <K>(m: Map<K, number[]>, k: K, i: number) => {
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  };
  const ix: RoleIndex = { byTarget: new Map(), byTitle: new Map(), bySuffix: new Map(), people: new Map() };
  S.roles.forEach((r, i) => {
    if (r.target !== null) push(ix.byTarget, r.target, i);
    push(ix.byTitle, r.title, i);
    for (let len = 0; len <= Math.min(r.title.length, MAX_SUFFIX); len++) push(ix.bySuffix, r.title.slice(r.title.length - len), i);
  });
  return (S.roleIndex = ix);
}

/**
 * The people, in the order the roles name them, whose role fits: those with a role at `org` when it is given,
 * else those whose title is, or ends with, the stem (a statsråd is a minister and the other way round).
 */
function rolePeople(S: SpeakerCtx, stem: string, org: number | null): RolePeople {
  const ix = roleIndex(S);
  const key = org !== null ? `o:${org}` : `t:${stem}`;
  const known = ix.people.get(key);
  if (known) return known;
  let lists: number[][];
  if (org !== null) lists = [ix.byTarget.get(org) ?? []];
  else {
    const ending = (suffix: string) =>
      suffix.length <= MAX_SUFFIX ? ix.bySuffix.get(suffix) ?? [] : S.roles.flatMap((r, i) => (r.title.endsWith(suffix) ? [i] : []));
    lists = [ending(stem)];
    if (stem === 'statsråd') lists.push(ending('minister'));
    if (stem.endsWith('minister')) lists.push(ix.byTitle.get('statsråd') ?? []);
  }
  const roleIds = lists.length === 1 ? lists[0] : [...new Set(lists.flat())].sort((a, b) => a - b);
  const people = [...new Set(roleIds.map((i) => S.roles[i].person))];
  const bySent = [...roleIds].sort((a, b) => S.roles[a].sent - S.roles[b].sent || a - b);
  const sents = Int32Array.from(bySent.map((i) => S.roles[i].sent));
  const persons = Int32Array.from(bySent.map((i) => S.roles[i].person));
  const firstPos = new Map<number, number>();
  persons.forEach((p, i) => {
    if (!firstPos.has(p)) firstPos.set(p, i);
  });
  const answer: RolePeople = { people, sents, persons, firstPos };
  ix.people.set(key, answer);
  return answer;
}
