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
  at: Map<string, number>;
  bySent: Map<number, number[]>; // sentence → its mentions (indices into ms), in order
  focus: number | null; // the person the narrative is about just now
  titleStem: (w: string) => string;
}

export type Speaker =
  | { kind: 'entity'; entities: number[]; end: number }
  | { kind: 'media'; end: number }
  | { kind: 'none' };

const SKIP = /^(og|visuell|fungerende|fungerande|tidligere|tidlegare|dåverande|daværende|den|det|dei|de|nyhetsbyrået|nyheitsbyrået|avisen|avisa|bladet|kanalen|storebror|lillebror|pappa|mamma|far|mor)$/;

/** The speaker named from token k on: "sier fagrådgiver Ivar Dale", "sa han", "sa presidenten", "seier leiaren til valkomiteen, X". */
export function speakerAt(S: SpeakerCtx, s: Sent, k: number): Speaker {
  const t = s.tokens.map((x) => x.text);
  let j = k;
  let role: string | null = null;
  let roleOrg: number | null = null;
  while (j < t.length && j < k + 6) {
    const w = t[j];
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
      if ((e.type === 'Organisation' || e.type === 'Country') && (m.genitive || /s$/.test(m.text)) && /^\p{Ll}/u.test(t[m.end] ?? '') && isTitleWord(S.ctx, t[m.end] ?? '')) {
        roleOrg = S.of[mi];
        j = m.end;
        continue;
      }
      if (e.type === 'Organisation') {
        if (role) {
          // "leiaren til valkomiteen, Solveig Ege Tengesdal": the person in apposition
          if (t[m.end] === ',') {
            const pi = S.at.get(`${s.index}:${m.end + 1}`);
            if (pi !== undefined && S.of[pi] >= 0 && S.ents[S.of[pi]].type === 'Person') return { kind: 'entity', entities: [S.of[pi]], end: S.ms[pi].end };
          }
          roleOrg = S.of[mi];
          j = m.end;
          continue;
        }
        const ents = [S.of[mi]];
        // "kunngjorde LO og NHO at"
        if (t[m.end] === 'og') {
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
      for (let a = j; a < Math.min(t.length - 1, j + 5); a++) {
        if (t[a] !== ',') continue;
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
  const fits = (title: string) => title === stem || title.endsWith(stem) || (stem === 'statsråd' && title.endsWith('minister')) || (stem.endsWith('minister') && title === 'statsråd');
  const cands = S.roles.filter((r) => (org !== null ? r.target === org : fits(r.title)));
  const people = [...new Set(cands.map((r) => r.person))];
  if (people.length === 1) return { kind: 'entity', entities: people, end };
  if (people.length > 1 && S.focus !== null && people.includes(S.focus)) return { kind: 'entity', entities: [S.focus], end };
  if (S.focus !== null) return { kind: 'entity', entities: [S.focus], end };
  return { kind: 'none' };
}
