// Who a speech verb's speaker is: a named person or organisation, a pronoun resolved to the person in focus,
// or a role ("presidenten", "NATO-sjefen") resolved to the person the article gives that role.
import type { ExtractedEntity } from './types.ts';
import { isTitleWord, type Mention, type SpotContext } from './spot.ts';
import type { Sent, TextLayout } from './text.ts';
import type { Role } from './roles.ts';

export interface SpeakerCtx {
  ctx: SpotContext;
  L: TextLayout;
  ms: Mention[];
  of: number[];
  ents: ExtractedEntity[];
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

/** The speaker named from token k on: "sier fagrådgiver Ivar Dale", "sa han", "sa presidenten", "seier leiaren til valkomiteen, X". */
export function speakerAt(S: SpeakerCtx, s: Sent, k: number): Speaker {
  // tokens are read where needed: mapping the whole sentence here made every call cost the sentence's length
  const toks = s.tokens;
  const tk = (j: number): string | undefined => toks[j]?.text;
  let j = k;
  let role: string | null = null;
  let roleOrg: number | null = null;
  while (j < toks.length && j < k + 6) {
    const w = tk(j)!;
    const lw = w.toLowerCase();
    const mi = S.at.get(`${s.index}:${j}`);
    // "ifølge det ukrainske forsvarsdepartementet": a country adjective qualifies the speaker
    if (mi !== undefined && S.ms[mi].adjective) {
      j = S.ms[mi].end;
      continue;
    }
    if (mi !== undefined && S.of[mi] >= 0) {
      const m = S.ms[mi];
      const e = S.ents[S.of[mi]];
      if (m.ref?.kind === 'organisation' && m.ref.organisation.category === 'media') {
        if (m.suffix && isTitleWord(S.ctx, m.suffix)) return roleSpeaker(S, m.suffix, S.of[mi], m.end);
        return { kind: 'media', end: m.end };
      }
      if (m.suffix && isTitleWord(S.ctx, m.suffix)) return roleSpeaker(S, m.suffix, S.of[mi], m.end); // "NATO-sjefen"
      if (e.type === 'Person') {
        const ents = [S.of[mi]];
        return { kind: 'entity', entities: ents, end: m.end };
      }
      // "sa NATOs generalsekretær Jens Stoltenberg": a genitive organisation introduces the role
      if ((e.type === 'Organisation' || e.type === 'Country') && (m.genitive || /s$/.test(m.text)) && /^\p{Ll}/u.test(tk(m.end) ?? '') && isTitleWord(S.ctx, tk(m.end) ?? '')) {
        roleOrg = S.of[mi];
        j = m.end;
        continue;
      }
      if (e.type === 'Organisation') {
        if (role) {
          // "leiaren til valkomiteen, Solveig Ege Tengesdal": the person in apposition
          if (tk(m.end) === ',') {
            const pi = S.at.get(`${s.index}:${m.end + 1}`);
            if (pi !== undefined && S.of[pi] >= 0 && S.ents[S.of[pi]].type === 'Person') return { kind: 'entity', entities: [S.of[pi]], end: S.ms[pi].end };
          }
          roleOrg = S.of[mi];
          j = m.end;
          continue;
        }
        const ents = [S.of[mi]];
        // "kunngjorde LO og NHO at"
        if (tk(m.end) === 'og') {
          const oi = S.at.get(`${s.index}:${m.end + 1}`);
          if (oi !== undefined && S.of[oi] >= 0 && S.ents[S.of[oi]].type === 'Organisation') return { kind: 'entity', entities: [...ents, S.of[oi]], end: S.ms[oi].end };
        }
        return { kind: 'entity', entities: ents, end: m.end };
      }
      if (e.type === 'Country' && role) {
        roleOrg = S.of[mi];
        j = m.end;
        continue;
      }
      return { kind: 'none' };
    }
    if (S.ctx.ref.lexicon.pronounsPerson.includes(lw) || lw === 'henne' || lw === 'honom') {
      const p = S.focus;
      return p !== null ? { kind: 'entity', entities: [p], end: j + 1 } : { kind: 'none' };
    }
    if (/^\p{Ll}/u.test(w) && isTitleWord(S.ctx, w)) {
      role = w;
      j++;
      // "leiaren til valkomiteen, Solveig Ege Tengesdal": a person in apposition a few words on
      for (let a = j; a < Math.min(toks.length - 1, j + 5); a++) {
        if (tk(a) !== ',') continue;
        const pi = S.at.get(`${s.index}:${a + 1}`);
        if (pi !== undefined && S.of[pi] >= 0 && S.ents[S.of[pi]].type === 'Person') return { kind: 'entity', entities: [S.of[pi]], end: S.ms[pi].end };
        break;
      }
      continue;
    }
    if (SKIP.test(lw) || (role && /^(i|til|for|ved|,)$/.test(lw))) {
      j++;
      continue;
    }
    break;
  }
  if (role) return roleSpeaker(S, role, roleOrg, j);
  return { kind: 'none' };
}

/** A role as speaker: the person the article ties to that title (and organisation), else the person in focus. */
function roleSpeaker(S: SpeakerCtx, role: string, org: number | null, end: number): Speaker {
  const stem = S.titleStem(role);
  const { list: people, set } = rolePeople(S, stem, org);
  if (people.length === 1) return { kind: 'entity', entities: [people[0]], end };
  if (people.length > 1 && S.focus !== null && set.has(S.focus)) return { kind: 'entity', entities: [S.focus], end };
  if (S.focus !== null) return { kind: 'entity', entities: [S.focus], end };
  return { kind: 'none' };
}

/** Roles by organisation, by title and by the endings of titles: a role speaker is found without reading every role. */
export interface RoleIndex {
  byTarget: Map<number, number[]>; // indices into roles, in order
  byTitle: Map<string, number[]>;
  bySuffix: Map<string, number[]>; // every ending of a title up to MAX_SUFFIX characters ("" included)
  people: Map<string, { list: number[]; set: Set<number> }>; // answers already given
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
function rolePeople(S: SpeakerCtx, stem: string, org: number | null): { list: number[]; set: Set<number> } {
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
  const set = new Set(roleIds.map((i) => S.roles[i].person));
  const people = { list: [...set], set };
  ix.people.set(key, people);
  return people;
}
