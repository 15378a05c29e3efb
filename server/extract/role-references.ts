// A title that names its owner but no person stands for a person the article names nearby:
//   "det er ikkje sikkert at det er bra nok for den amerikanske presidenten" (Trump, named in the sentences before),
//   "Frp-lederen glimret med sitt fravær".
// (A genitive with a bare title, "Sveriges ambassadør i Budapest", is as often someone the article never names.)
// The person is the nearest one named in the three sentences before, else in the two after (never in the same
// sentence: "Støre ringte Frp-lederen" names two people), who holds no stated role elsewhere of the same kind. The
// role is an inference (confidence 0.5, the scale in relations/index.ts).
import type { ExtractedEntity } from './types.ts';
import { isDefiniteTitle, type Mention, type SpotContext } from './mention.ts';
import type { TextLayout } from './text.ts';
import { isStateTitle, titleStem, type Role } from './roles.ts';

const BACK = 3;
const AHEAD = 2;
const CONFIDENCE = 0.5;

/** "sjefen", "presidenten", "leiaren": a definite title, written in lower case, whose ending titleStem() strips. */
function ownsDefiniteTitle(ctx: SpotContext, w: string): boolean {
  const lw = w.toLowerCase();
  return /\p{Ll}(en|et|a)$/u.test(lw) && titleStem(lw) !== lw && isDefiniteTitle(ctx, lw);
}

/** The title an owner mention carries without a person after it, or null: "Nato-sjefen", "den amerikanske presidenten". */
function ownedTitle(ctx: SpotContext, L: TextLayout, m: Mention, personStarts: Set<string>): string | null {
  const toks = L.sents[m.sent].tokens;
  const next = toks[m.end]?.text;
  const named = (k: number) => personStarts.has(`${m.sent}:${k}`) || /^\p{Lu}/u.test(toks[k]?.text ?? '');
  if (m.suffix) return ownsDefiniteTitle(ctx, m.suffix) && !named(m.end) ? m.suffix : null;
  if (!m.adjective || !next) return null;
  return ownsDefiniteTitle(ctx, next) && isStateTitle(ctx, next) && !named(m.end + 1) ? next : null;
}

export function findRoleReferences(ctx: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[], roles: Role[]): Role[] {
  const isPerson = (i: number) => of[i] >= 0 && ents[of[i]].type === 'Person' && !ms[i].adjective;
  const personStarts = new Set<string>();
  ms.forEach((m, i) => {
    if (isPerson(i)) personStarts.add(`${m.sent}:${m.start}`);
  });
  const stated = roles.filter((r) => r.stated && r.target !== null);
  const out: Role[] = [];
  ms.forEach((m, mi) => {
    const owner = of[mi];
    if (owner < 0 || (ents[owner].type !== 'Organisation' && ents[owner].type !== 'Country')) return;
    const title = ownedTitle(ctx, L, m, personStarts);
    if (!title) return;
    // someone already holds a role there: the title is theirs, and that role is stated already
    if (stated.some((r) => r.target === owner)) return;
    // a person with a stated role elsewhere of the same kind ("USAs utanriksminister Blinken") is not this owner's
    const elsewhere = (p: number) => stated.some((r) => r.person === p && r.target !== owner && ents[r.target as number].type === ents[owner].type);
    const person = nearestPerson(ms, mi, (i) => isPerson(i) && !elsewhere(of[i]));
    if (person !== null) out.push({ person: of[person], title: titleStem(title), target: owner, sent: m.sent, stated: true, confidence: CONFIDENCE });
  });
  return out;
}

/** The mention of the nearest fitting person: backwards over the sentences before, then forwards over those after. */
function nearestPerson(ms: Mention[], mi: number, fits: (i: number) => boolean): number | null {
  const sent = ms[mi].sent;
  for (let i = mi - 1; i >= 0 && ms[i].sent >= sent - BACK; i--) if (ms[i].sent < sent && fits(i)) return i;
  for (let i = mi + 1; i < ms.length && ms[i].sent <= sent + AHEAD; i++) if (ms[i].sent > sent && fits(i)) return i;
  return null;
}
