// Relations the text itself states, each with the sentence that says it and a confidence:
//   HAS_ROLE        person → organisation or country, with the title (see roles.ts)
//   MEMBER_OF       "Nato-landet Litauen", "dei tre EØS-landa Noreg, Island og Liechtenstein", "X er medlem av Y",
//                   "X, som er med i Y", "Natos medlemsland X og Y", "X går inn i Y", "Kalmarunionen mellom X og Y"
//   SENDS_TROOPS_TO "styrkene fra Russland kommet til Kasakhstan", "amerikanske soldater i Irak",
//                   "Storbritannia, Tyskland og Frankrike sender soldater til Noreg", "Russlands invasjon av Ukraina";
//                   the destination is a country the clause of the troops names after til/i, never one it names
//                   otherwise ("mot Russland", "ved grensa til Ukraina", "konflikten mellom X og Y")
//   LOCATED_IN      "Kaunas i Litauen", "Grensen midt i Oslo", "Arbil, nord i Irak", "X, som ligg i Y",
//                   "den tyske byen Köln", "i landets største by Almaty", "hovudstaden Kyiv" (reference data names the
//                   country), a parent that reference data contradicts is dropped
//
// Confidence: how strongly the sentence states the relation, in [0, 1], by rule family and evidence. Reference data
// that agrees raises it, reference data that disagrees lowers it (or drops a loose reading). The scale:
//   0.95      an explicit, unambiguous statement that reference data confirms ("Erna Solberg (H)", "Litauen er
//             medlem av Nato" with Litauen among Nato's members)
//   0.9       an explicit pattern with a reference record: a title compound or genitive ("LO-leder X", "USAs
//             president X"), "X i Y" with X's country in the reference data being Y, troops sent "til" a country
//   0.85      explicit pattern, names by shape only ("fagrådgiver X i Y"), "Nato-landet X", a troop clause with
//             subject, troop noun and destination ("Noreg har soldatar i Litauen"), an invasion ("invaderte X Y")
//   0.8       a looser explicit pattern: an apposition after the name, "X går inn i Y", a capital's country from
//             reference data, a troop source given by an adjective ("amerikanske soldater i Irak")
//   0.7       an enumeration's later members, a sub-clause subject
//   0.6       "X i Y" that reference data cannot confirm, "Y mellom X og Z" for a union, a unit of a larger unit
//   0.5       inferences: "X bør ut av Y", troops whose destination the sentence before named, a party leader in an
//             article about one party, "X på Y"
//   ≤ 0.4     weak co-occurrence with reference support (a place and the country reference data puts it in, in
//             one sentence)
// Within an article, a relation stated several times keeps its highest confidence; the graph combines articles.
import type { ExtractedEntity, ExtractedRelation, RelationType } from './types.ts';
import type { Mention, SpotContext } from './mention.ts';
import type { Sent, TextLayout } from './text.ts';
import type { Lexicon } from '../reference/index.ts';
import { findRoles, isStateTitle } from './roles.ts';
import { gazetteerKey, loadGazetteer, type Gazetteer } from '../reference/gazetteer.ts';

interface Words {
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
  entry: Phrases;
  speech: Set<string>;
}

/** Multi-word phrases by their first word. */
type Phrases = Map<string, string[][]>;

function phrases(list: string[]): Phrases {
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
function wordsOf(lex: Lexicon): Words {
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
    entry: phrases(lex.entryPhrases),
    speech: new Set([...lex.speechVerbs, ...lex.indirectVerbs.filter((v) => !v.includes(' '))]),
  };
  wordsCache = { lex, w };
  return w;
}

interface Ctx {
  sc: SpotContext;
  L: TextLayout;
  ms: Mention[];
  of: number[];
  ents: ExtractedEntity[];
  bySent: Map<number, number[]>; // sentence → mention indices, in order
  countries: Map<number, { mis: number[]; sorted: boolean }>; // sentence → its country mentions, in order
  countryByCode: Map<string, number>; // ISO code → the article's country entity
  stateOf: Map<number, number>; // person → the country the article says they hold a state office of
  W: Words;
}

/** Mentions of a sentence (or clause) by the token they start and end at, each list in mention order. */
interface At {
  mis: number[];
  byStart: Map<number, number[]>;
  byEnd: Map<number, number[]>;
}

function indexAt(C: Ctx, mis: number[]): At {
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
const startingAt = (A: At, tok: number, p: (i: number) => boolean = () => true) => A.byStart.get(tok)?.find(p);
/** mis.find((i) => C.ms[i].end === tok && p(i)), from the index. */
const endingAt = (A: At, tok: number, p: (i: number) => boolean = () => true) => A.byEnd.get(tok)?.find(p);

type Add = (type: RelationType, s: number, t: number, sent: number, confidence: number, title?: string) => void;

export function findRelations(sc: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[]): ExtractedRelation[] {
  const bySent = new Map<number, number[]>();
  ms.forEach((m, i) => {
    if (of[i] < 0) return;
    const list = bySent.get(m.sent);
    if (list) list.push(i);
    else bySent.set(m.sent, [i]);
  });
  const countryByCode = new Map<string, number>();
  ents.forEach((e, i) => {
    if (e.type === 'Country' && e.code && !countryByCode.has(e.code)) countryByCode.set(e.code, i);
  });
  const C: Ctx = { sc, L, ms, of, ents, bySent, countries: new Map(), countryByCode, stateOf: new Map(), W: wordsOf(sc.ref.lexicon) };
  const out: ExtractedRelation[] = [];
  const seen = new Map<string, ExtractedRelation>();
  const add: Add = (type, s, t, sent, confidence, title) => {
    if (s === t || s < 0 || t < 0 || !(confidence > 0)) return;
    const c = Math.min(1, Math.round(confidence * 100) / 100);
    const k = `${type}:${s}:${t}`;
    const prev = seen.get(k);
    if (prev) {
      // stated again: the strongest statement is the evidence
      if (c > prev.confidence) {
        prev.confidence = c;
        prev.sentence = sent;
        if (title) prev.title = title;
      }
      return;
    }
    const r: ExtractedRelation = { type, source: ents[s].key, target: ents[t].key, sentence: sent, confidence: c };
    if (title) r.title = title;
    seen.set(k, r);
    out.push(r);
  };

  // HAS_ROLE
  const roles = findRoles(sc, L, ms, of, ents);
  for (const r of roles) if (r.stated && r.target !== null && ents[r.target].type === 'Country' && isStateTitle(sc, r.title)) C.stateOf.set(r.person, r.target);
  const parties = ents.map((e, i) => ({ e, i })).filter(({ e }) => e.refId && isTopParty(sc, e.refId));
  for (const r of roles) {
    if (r.target !== null) {
      if (r.stated) add('HAS_ROLE', r.person, r.target, r.sent, r.confidence, r.title);
    }
    // "partileiar Erna Solberg" in an article about one party: that party's leader
    else if (/parti/.test(r.title) && parties.length === 1) add('HAS_ROLE', r.person, parties[0].i, r.sent, 0.5, r.title);
  }

  const mem: TroopMemory = { target: null, sources: null };
  for (const s of L.sents) {
    const mis = bySent.get(s.index) ?? [];
    const A = indexAt(C, mis);
    memberOf(C, s, A, add);
    locatedIn(C, s, A, add);
    // troops go to a country: a sentence that names none has none
    let countries = false;
    for (const i of mis) if (typeOf(C, i) === 'Country') countries = true;
    if (!countries) continue;
    // clause by clause: "Tyskland har sendt soldater til Litauen, og Frankrike har styrker i Romania"
    const cl = clauses(s);
    // each mention goes to the clause it lies within (clauses do not overlap), in mention order
    const clauseOf = new Int32Array(s.tokens.length).fill(-1);
    cl.forEach(([from, to], c) => clauseOf.fill(c, from, to));
    const inClause: number[][] = cl.map(() => []);
    for (const i of mis) {
      const c = ms[i].start < s.tokens.length ? clauseOf[ms[i].start] : -1;
      if (c >= 0 && ms[i].start >= cl[c][0] && ms[i].end <= cl[c][1]) inClause[c].push(i);
    }
    let target: number | null = null;
    let senders: number[] = [];
    for (let c = 0; c < cl.length; c++) {
      const [from, to] = cl[c];
      const t = troops(C, s, indexAt(C, inClause[c]), mem, from, to);
      for (const [src, tgt, conf] of t.pairs) add('SENDS_TROOPS_TO', src, tgt, s.index, conf);
      if (t.target !== null) target = t.target;
      if (t.sources.length) senders = t.sources;
    }
    if (target !== null) mem.target = { e: target, sent: s.index };
    if (senders.length) mem.sources = { es: senders, sent: s.index };
  }
  return out;
}

function isTopParty(sc: SpotContext, refId: string): boolean {
  if (!refId.startsWith('org:')) return false;
  const o = sc.ref.organisationById(refId.slice(4));
  return !!o && o.category === 'party' && !o.members;
}

const typeOf = (C: Ctx, mi: number) => C.ents[C.of[mi]].type;
const lower = (w: string | undefined) => (w ?? '').toLowerCase();

/** A sentence's tokens in lower case, made once per sentence (the rules read them many times). */
const lowCache = new WeakMap<Sent, string[]>();
function lowOf(s: Sent): string[] {
  let l = lowCache.get(s);
  if (!l) {
    l = s.tokens.map((t) => t.text.toLowerCase());
    lowCache.set(s, l);
  }
  return l;
}
const PREP = /^(i|til|mot|mellom|fra|frå|av|med|på|ved|for|om|over|under|etter|hos|blant|utan|uten|enn|som)$/;

/** Countries (and organisations) listed from token k on: "Noreg, Island og Liechtenstein", "nabolandene X, Y, Z". */
function enumeration(
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
function enumerationBefore(C: Ctx, A: At, k: number, types: string[]): { ents: number[]; start: number } {
  const found: number[] = [];
  let j = k;
  let start = k;
  while (j > 0) {
    const mi = endingAt(A, j, (i) => !C.ms[i].adjective && types.includes(typeOf(C, i)));
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

function matchPhrase(P: Phrases, s: Sent, k: number, to = s.tokens.length): number {
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
function refMember(C: Ctx, member: number, org: number): boolean | null {
  const o = C.ents[org];
  const x = C.ents[member];
  if (!o.refId?.startsWith('org:')) return null;
  const rec = C.sc.ref.organisationById(o.refId.slice(4));
  const list = rec?.members;
  if (!list || list.length < 3) return null;
  const id = x.code ?? (x.refId?.startsWith('org:') ? x.refId.slice(4) : undefined);
  if (!id) return null;
  return list.includes(id);
}

function memberConf(C: Ctx, member: number, org: number, base: number, loose: boolean): number {
  const r = refMember(C, member, org);
  if (r === true) return Math.min(0.95, base + 0.1);
  if (r === false) return loose ? 0 : base * 0.6;
  return base;
}

function memberOf(C: Ctx, s: Sent, A: At, add: Add): void {
  // every membership is of an organisation the sentence names
  let orgs = false;
  for (const i of A.mis) if (typeOf(C, i) === 'Organisation') orgs = true;
  if (!orgs) return;
  const W = C.W;
  const t = (k: number) => s.tokens[k]?.text;
  const low = lowOf(s);
  const lt = (k: number) => low[k] ?? '';
  const isOrg = (i: number) => typeOf(C, i) === 'Organisation';
  const isMemberType = (i: number) => typeOf(C, i) === 'Country' || typeOf(C, i) === 'Organisation';
  const negatedBetween = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (W.negations.has(lt(k))) return true;
    return false;
  };
  // words between the members and the membership noun or compound: "er (begge) (eit av) medlemslanda"
  const FILL = /^(eit|et|ett|ein|en|eitt|fullverdig|fullverdige|fullverdig|nytt|nye|ny|begge|alle|også|òg|no|nå|allereie|allerede|av|dei|de|blant|faste|fast|stiftande|stiftende|to|tre|fire|fem|seks)$/;
  /** The members named before token k: "X (og Y) er ... " or "X, som er ...": their list and the copula's place. */
  const membersBefore = (k: number): { ents: number[]; conf: number } | null => {
    let j = k - 1;
    while (j >= 0 && FILL.test(lt(j))) j--;
    if (j < 0 || !/^(er|var|blir|ble|blei|vart|som)$/.test(lt(j))) return null;
    let end = j;
    if (/^(er|var|blir|ble|blei|vart)$/.test(lt(j)) && lt(j - 1) === 'som') end = j - 1;
    if (lt(end - 1) === ',') end--;
    if (negatedBetween(end, k)) return null;
    const before = enumerationBefore(C, A, end, ['Country', 'Organisation']);
    return before.ents.length ? { ents: before.ents, conf: 0.85 } : null;
  };

  for (const mi of A.mis) {
    const m = C.ms[mi];
    const org = C.of[mi];
    if (!isMemberType(mi)) continue;
    // "Nato-landet Litauen", "EØS-landa Noreg, Island og Liechtenstein", "NATO-medlemmet Tyrkia": the country is named
    // right after the compound (or after "som", such as); "Nato-land nærare Ukraina" names no member
    if (m.suffix && isOrg(mi) && (W.membership.has(m.suffix) || /^medlem/.test(m.suffix))) {
      let k = m.end;
      if (lt(k) === 'som' || lt(k) === ':') k++;
      const list = enumeration(C, s, A, k, ['Country'], { head: false });
      list.ents.forEach((c, i) => add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, i ? 0.8 : 0.85, true)));
      // "Noreg og Danmark er begge Nato-land"
      const before = membersBefore(m.start);
      if (before) for (const c of before.ents) if (C.ents[c].type === 'Country') add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, 0.85, true));
    }
    // "Tyrkia og dei andre Nato-landa", "Island får støtte av sine Nato-allierte": one of them
    if (m.suffix && isOrg(mi) && (W.membership.has(m.suffix) || /^medlem/.test(m.suffix)) && /(a|ene|ane|te)$/.test(m.suffix)) {
      const p1 = lt(m.start - 1);
      const p2 = lt(m.start - 2);
      if (/^(andre|øvrige|øvrigе|resten)$/.test(p1) && /^(de|dei)$/.test(p2) && lt(m.start - 3) === 'og') {
        const c = endingAt(A, m.start - 3, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective);
        if (c !== undefined) add('MEMBER_OF', C.of[c], org, s.index, memberConf(C, C.of[c], org, 0.7, true));
      } else if (/^(sine|sina|sitt|sin)$/.test(p1)) {
        for (let j = m.start - 2; j >= Math.max(0, m.start - 12); j--) {
          const c = endingAt(A, j + 1, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective && !C.ms[i].genitive);
          if (c !== undefined) {
            if (!PREP.test(lt(C.ms[c].start - 1))) add('MEMBER_OF', C.of[c], org, s.index, memberConf(C, C.of[c], org, 0.6, true));
            break;
          }
          if (/^[,;:]$/.test(t(j) ?? '')) break;
        }
      }
    }
    // "Natos medlemsland Tyskland og Frankrike", "Natos allierte Polen og Litauen"
    if (isOrg(mi) && !m.suffix && (m.genitive || /s$/.test(m.text)) && (W.memberNouns.has(lt(m.end)) || /^(allierte|partnarland|partnerland)$/.test(lt(m.end)))) {
      const list = enumeration(C, s, A, m.end + 1, ['Country'], { head: false });
      list.ents.forEach((c, i) => add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, i ? 0.8 : 0.85, true)));
    }
    // "Telemark bataljonen fra Brigade Nord": a unit of a larger one
    if (isOrg(mi) && t(m.end) === 'fra' && !m.ref) {
      const o = startingAt(A, m.end + 1, (i) => isOrg(i));
      if (o !== undefined && !C.ms[o].ref) add('MEMBER_OF', org, C.of[o], s.index, 0.6);
    }
    // "Kalmarunionen mellom Danmark, Norge og Sverige": a union between those it joins
    if (isOrg(mi) && /^(mellom|av)$/.test(lt(m.end)) && !m.genitive && W.orgHeads.some((h) => lower(m.text.split(/\s+/).pop()).endsWith(h))) {
      const list = enumeration(C, s, A, m.end + 1, ['Country'], { head: false });
      if (list.ents.length >= 2) for (const c of list.ents) add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, 0.6, true));
    }
    if (!isMemberType(mi) || m.adjective) continue;
    // "Sverige går inn i Nato", "Noreg er med i EØS", "X meldte seg inn i Y"; "Noreg bør ut av Nato" (it is in now)
    let k = m.end;
    let aux = 0;
    while (aux < 3 && /^(vil|skal|kan|må|bør|burde|skulle|ville|kunne|har|hadde|no|nå|snart|formelt|offisielt|allereie|allerede|òg|også|endeleg|endelig)$/.test(lt(k))) {
      k++;
      aux++;
    }
    if (negatedBetween(m.end, k + 1)) continue;
    const join = matchPhrase(W.join, s, k);
    const leave = join ? 0 : matchPhrase(W.leave, s, k);
    if (join || leave) {
      const o = startingAt(A, k + (join || leave), (i) => isOrg(i) && !C.ms[i].adjective && !C.ms[i].suffix);
      if (o !== undefined) {
        const target = C.of[o];
        const cat = C.ents[target].refId?.startsWith('org:') ? C.sc.ref.organisationById(C.ents[target].refId!.slice(4))?.category : undefined;
        // "Island, Liechtenstein og Noreg er med i EØS": the list the subject ends
        const list = enumerationBefore(C, A, m.end, ['Country', 'Organisation']);
        const subjects = list.ents.length ? list.ents : [C.of[mi]];
        for (const x of subjects) {
          if (join) add('MEMBER_OF', x, target, s.index, memberConf(C, x, target, 0.8, false));
          else if (cat === 'alliance' || cat === 'intergovernmental') add('MEMBER_OF', x, target, s.index, memberConf(C, x, target, 0.5, true));
        }
      }
    }
  }

  // "X er medlem av Y", "X, som er medlem i Y", "X og Y er medlemmer av Z", "X er eit av medlemslanda i Y"
  const toks = s.tokens;
  for (let n = 1; n + 2 < toks.length; n++) {
    if (!W.memberNouns.has(lt(n)) || !/^(av|i)$/.test(lt(n + 1))) continue;
    const o = startingAt(A, n + 2, (i) => isOrg(i) && !C.ms[i].adjective);
    if (o === undefined) continue;
    const before = membersBefore(n);
    if (!before) continue;
    const org = C.of[o];
    before.ents.forEach((c, i) => add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, i ? 0.8 : 0.9, false)));
  }
  // "Medlemslanda i Nato, mellom anna Noreg og Danmark, ..."
  for (let n = 0; n + 3 < toks.length; n++) {
    if (!W.memberNouns.has(lt(n)) || !/^(av|i)$/.test(lt(n + 1))) continue;
    const o = startingAt(A, n + 2, (i) => isOrg(i) && !C.ms[i].adjective);
    if (o === undefined) continue;
    let j = C.ms[o].end;
    if (t(j) === ',' || t(j) === ':') j++;
    if (/^(blant|mellom|deriblant|bl\.a|inkludert|som)$/.test(lt(j))) {
      j++;
      if (/^(dem|anna|annet|andre)$/.test(lt(j))) j++;
      for (const c of enumeration(C, s, A, j, ['Country'], { head: false }).ents) add('MEMBER_OF', c, C.of[o], s.index, memberConf(C, c, C.of[o], 0.8, true));
    }
  }
  // "Finland og Sverige som medlemmer av Nato"
  for (let n = 1; n + 3 < toks.length; n++) {
    if (lt(n) !== 'som' || !W.memberNouns.has(lt(n + 1)) || !/^(av|i)$/.test(lt(n + 2))) continue;
    const o = startingAt(A, n + 3, (i) => isOrg(i) && !C.ms[i].adjective);
    if (o === undefined) continue;
    const before = enumerationBefore(C, A, n, ['Country', 'Organisation']);
    for (const c of before.ents) add('MEMBER_OF', c, C.of[o], s.index, memberConf(C, c, C.of[o], 0.8, false));
  }
}

/** How reference data places a location: 1 when it puts it in `parent`, -1 when elsewhere, 0 when it does not say. */
function refPlaces(C: Ctx, loc: number, parent: number): number {
  const x = C.ents[loc];
  const p = C.ents[parent];
  if (!x.country) return 0;
  if (p.type === 'Country') return p.code ? (p.code === x.country ? 1 : -1) : 0;
  if (p.type === 'Location' && p.country) return p.country === x.country ? 0 : -1; // same country: it may lie there
  return 0;
}

// The gazetteers of `npm run build:reference`: committed, loaded once by the loader; a failure is an error.
const gazetteer = (): Gazetteer => loadGazetteer();

/**
 * How the gazetteers place a location: 1 when one of the places its name denotes lies in `parent` (the country by
 * code, a place by name along its parent chain), -1 when every place of that name with a known country lies in
 * another country, 0 when they do not know the name.
 */
function gazPlaces(C: Ctx, loc: number, parent: number): number {
  const g = gazetteer();
  if (!g) return 0;
  const x = C.ents[loc];
  const p = C.ents[parent];
  const readings = g.place(x.name).slice(0, 12);
  if (!readings.length) return 0;
  if (p.type === 'Country') {
    if (!p.code) return 0;
    let known = false;
    for (const r of readings) {
      if (r.country === p.code) return 1;
      if (r.country) known = true;
    }
    return known ? -1 : 0;
  }
  const keys = new Set([p.name, ...p.aliases].map(gazetteerKey));
  const chains = g.parentsOf(x.name).slice(0, 12);
  for (const chain of chains) for (const q of chain) if (keys.has(gazetteerKey(q.name))) return 1;
  return 0;
}

/** The country the gazetteers give a place name, when its best reading has one. */
function gazCountry(name: string): string | undefined {
  return gazetteer()?.place(name)[0]?.country;
}

function locatedIn(C: Ctx, s: Sent, A: At, add: Add): void {
  let places = false;
  for (const i of A.mis) if (typeOf(C, i) === 'Location') places = true;
  if (!places) return;
  const W = C.W;
  const t = (k: number) => s.tokens[k]?.text;
  const low = lowOf(s);
  const lt = (k: number) => low[k] ?? '';
  const isPlace = (i: number) => !C.ms[i].adjective && (typeOf(C, i) === 'Country' || typeOf(C, i) === 'Location');
  const place = (loc: number, parent: number, base: number) => {
    // the seeds' places first (a contradiction drops the reading), then the gazetteers (a contradiction weakens it:
    // a small place may share its name with larger ones elsewhere)
    const r = refPlaces(C, loc, parent);
    if (r < 0) return;
    const isCountry = C.ents[parent].type === 'Country';
    let conf = base;
    if (r > 0) conf = Math.max(base, isCountry ? 0.9 : 0.85);
    else {
      const g = gazPlaces(C, loc, parent);
      if (g > 0) conf = Math.max(base, isCountry ? 0.85 : 0.8);
      else if (g < 0) conf = base * 0.6;
    }
    add('LOCATED_IN', loc, parent, s.index, conf);
  };
  for (const mi of A.mis) {
    const m = C.ms[mi];
    if (typeOf(C, mi) !== 'Location' || m.adjective) continue;
    const loc = C.of[mi];
    // "Kaunas i Litauen", "Grensen midt i Oslo", "Arbil, nord i Irak", "Woodland Hills, som ligg i Los Angeles fylke"
    let k = m.end;
    let base = 0.6;
    if (t(k) === ',' && (W.directions.has(lt(k + 1)) || (lt(k + 1) === 'som' && W.lies.has(lt(k + 2))))) {
      k++;
      base = 0.8;
    }
    if (lt(k) === 'som' && W.lies.has(lt(k + 1))) {
      k += 2;
      base = 0.8;
    } else if (W.lies.has(lt(k))) {
      k++;
      base = 0.8;
    }
    // "Beirut, hovudstaden i Libanon", "Gaziantep, ein by sør i Tyrkia", "Minsk, Hviterusslands hovedstad"
    if (t(m.end) === ',') {
      let j = m.end + 1;
      if (/^(en|ein|ei|et|eit|den|det)$/.test(lt(j))) j++;
      const owner = startingAt(A, j, (i) => typeOf(C, i) === 'Country' && (C.ms[i].genitive || Boolean(C.ms[i].adjective)));
      if (owner !== undefined) j = C.ms[owner].end;
      for (let a = 0; a < 2 && /^\p{Ll}+$/u.test(t(j) ?? '') && !W.placeHeads.has(lt(j)); a++) j++;
      if (W.placeHeads.has(lt(j))) {
        if (owner !== undefined) place(loc, C.of[owner], 0.85);
        else {
          k = j + 1;
          base = 0.85;
        }
      }
    }
    let dirs = 0;
    while (dirs < 2 && W.directions.has(lt(k))) {
      k++;
      dirs++;
    }
    if (dirs) base = Math.max(base, 0.75);
    if (lt(k) === 'i') {
      const o = startingAt(A, k + 1, isPlace);
      if (o !== undefined) {
        place(loc, C.of[o], base);
        // "i Donetsk og Luhansk i Aust-Ukraina": the place listed before shares the parent
        if (C.ents[C.of[o]].type === 'Country' && t(m.start - 1) === 'og') {
          const prev = endingAt(A, m.start - 1, (i) => typeOf(C, i) === 'Location' && !C.ms[i].adjective);
          if (prev !== undefined) place(C.of[prev], C.of[o], 0.55);
        }
      }
    } else if (lt(k) === 'på' && !dirs && C.ents[loc].refId === undefined) {
      // "vulkanen Agung på Bali": a place on an island; a city is not on another place
      const o = startingAt(A, k + 1, isPlace);
      if (o !== undefined) place(loc, C.of[o], 0.5);
    }
    // "den tyske byen Köln", "Kasakhstans største by Almaty", "i den ukrainske hovudstaden Kyiv"
    const head = lt(m.start - 1);
    if (W.placeHeads.has(head)) {
      let c: number | undefined;
      for (let j = m.start - 2, steps = 0; j >= 0 && steps < 4; j--, steps++) {
        c = endingAt(A, j + 1, (i) => typeOf(C, i) === 'Country' && (Boolean(C.ms[i].adjective) || C.ms[i].genitive));
        if (c !== undefined || !/^\p{Ll}+$/u.test(t(j) ?? '') || W.placeHeads.has(lt(j)) || PREP.test(lt(j))) break;
      }
      if (c !== undefined && C.of[c] !== loc) place(loc, C.of[c], 0.85);
      else if (W.capitals.has(head)) {
        // "hovudstaden Kyiv": the country reference data gives, when the article names it
        const code = C.ents[loc].country ?? gazCountry(C.ents[loc].name);
        const cc = code ? C.countryByCode.get(code) : undefined;
        if (cc !== undefined) place(loc, cc, 0.8);
      }
    }
    // "Donetsk og Luhansk lengst aust i landet": the country last named, when reference data puts the place there
    if (lt(k) === 'i' && /^(landet|riket)$/.test(lt(k + 1))) {
      const c = lastCountryBefore(C, s.index, m.start);
      const sure = (x: number) => c !== null && (refPlaces(C, x, c) > 0 || (refPlaces(C, x, c) === 0 && gazPlaces(C, x, c) > 0));
      if (c !== null && sure(loc)) place(loc, c, 0.6);
      if (c !== null && t(m.start - 1) === 'og') {
        const prev = endingAt(A, m.start - 1, (i) => typeOf(C, i) === 'Location' && !C.ms[i].adjective);
        if (prev !== undefined && sure(C.of[prev])) place(C.of[prev], c, 0.55);
      }
    }
    // "i den kurdiske delen av Irak, mellom anna i Qandil-fjella": a place among those of the one before
    if (/^(anna|annet)$/.test(lt(m.start - (/^(i|på)$/.test(lt(m.start - 1)) ? 2 : 1)))) {
      const j = m.start - (/^(i|på)$/.test(lt(m.start - 1)) ? 2 : 1);
      if (/^(mellom|blant)$/.test(lt(j - 1)) && t(j - 2) === ',') {
        const y = endingAt(A, j - 2, isPlace);
        if (y !== undefined && C.of[y] !== loc && /^(i|på|av)$/.test(lt(C.ms[y].start - 1))) place(loc, C.of[y], 0.6);
      }
    }
    // "i landets største by Almaty": the country the text is about just before
    const before = [lt(m.start - 4), lt(m.start - 3), lt(m.start - 2)];
    if (before.includes('landets') && /^(by|byen|hovedstad|hovudstad|hovedstaden|hovudstaden)$/.test(head)) {
      const c = lastCountryBefore(C, s.index, m.start);
      if (c !== null) place(loc, c, 0.7);
    }
  }
}

function lastCountryBefore(C: Ctx, sent: number, tok: number): number | null {
  for (let si = sent; si >= Math.max(0, sent - 5); si--) {
    const { mis, sorted } = countriesOf(C, si);
    if (!mis.length) continue;
    if (si < sent) return C.of[mis[mis.length - 1]];
    // the last country mention that starts before tok: by binary search when the mentions are in token order
    let last = -1;
    if (sorted) {
      let lo = 0;
      let hi = mis.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (C.ms[mis[mid]].start < tok) lo = mid + 1;
        else hi = mid;
      }
      last = lo - 1;
    } else for (let k = 0; k < mis.length; k++) if (C.ms[mis[k]].start < tok) last = k;
    if (last >= 0) return C.of[mis[last]];
  }
  return null;
}

/** A sentence's country mentions, in mention order, built once per sentence. */
function countriesOf(C: Ctx, si: number): { mis: number[]; sorted: boolean } {
  let c = C.countries.get(si);
  if (!c) {
    const mis = (C.bySent.get(si) ?? []).filter((i) => typeOf(C, i) === 'Country');
    let sorted = true;
    for (let k = 1; k < mis.length; k++) if (C.ms[mis[k - 1]].start > C.ms[mis[k]].start) sorted = false;
    C.countries.set(si, (c = { mis, sorted }));
  }
  return c;
}

const troopSourceOk = (C: Ctx, e: number) => {
  const x = C.ents[e];
  if (x.type === 'Country') return true;
  if (x.type !== 'Organisation' || !x.refId?.startsWith('org:')) return false;
  const cat = C.sc.ref.organisationById(x.refId.slice(4))?.category;
  return cat === 'alliance' || cat === 'intergovernmental' || cat === 'military';
};

/** Token ranges of a sentence's main clauses: split at ", og", ", men", ", mens" and ";". */
function clauses(s: Sent): [number, number][] {
  const out: [number, number][] = [];
  const t = s.tokens;
  let from = 0;
  for (let k = 0; k < t.length; k++) {
    if (t[k].text === ';' || (t[k].text === ',' && /^(og|men|mens|medan)$/.test(t[k + 1]?.text ?? ''))) {
      out.push([from, k]);
      from = k + 1;
    }
  }
  out.push([from, t.length]);
  return out;
}

// Words that end the reach of a subject read leftwards from the troops: a sub-clause or another clause begins.
const SUBJECT_STOP = /^(at|fordi|før|då|når|dersom|mens|medan|sidan|siden|enn|der|hvor|kor|:|–|—)$/;
const PRONOUN = /^(de|dei|vi|han|hun|ho|den|det|landet|alliansen)$/;

type Pair = [number, number, number];

/** Where the troops of the sentence before went, or came from: the next sentence may go on from there. */
interface TroopMemory {
  target: { e: number; sent: number } | null;
  sources: { es: number[]; sent: number } | null;
}

const isTroopNoun = (W: Words, w: string) => W.troopNouns.has(w);

function troops(C: Ctx, s: Sent, A: At, mem: TroopMemory, from: number, to: number): { pairs: Pair[]; target: number | null; sources: number[] } {
  const W = C.W;
  const mis = A.mis;
  // tokens outside the clause read as blank, so that positions stay sentence positions; only the clause's
  // tokens are looked at (blank tokens match no word), so that a sentence of many clauses is not read per clause
  const low = lowOf(s);
  const lt = (k: number): string => (k >= from && k < to ? low[k] : '');
  const pairs: Pair[] = [];
  const countryAt = (k: number) => startingAt(A, k, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective);
  // invasions: "Russlands invasjon av Ukraina", "invaderte Russland Ukraina", "Russland invaderte Ukraina"
  for (let k = from; k < to; k++) {
    const w = lt(k);
    if (W.invasionNouns.has(w) && /^(invasjon|invasjonen|innrykk|innrykket)$/.test(w) && /^(av|i)$/.test(lt(k + 1))) {
      const src = endingAt(A, k, (i) => C.ms[i].genitive && typeOf(C, i) === 'Country');
      const tgt = countryAt(k + 2);
      if (src !== undefined && tgt !== undefined) pairs.push([C.of[src], C.of[tgt], 0.85]);
    } else if (W.invasionNouns.has(w) && lt(k + 1) === 'av') {
      const src = endingAt(A, k, (i) => C.ms[i].genitive && typeOf(C, i) === 'Country');
      const tgt = countryAt(k + 2);
      if (src !== undefined && tgt !== undefined) pairs.push([C.of[src], C.of[tgt], 0.75]);
    }
    if (W.invasionVerbs.has(w) && /^(invader|okkuper)/.test(w)) {
      const a = countryAt(k + 1);
      const b = a !== undefined ? countryAt(C.ms[a].end) : undefined;
      const before = endingAt(A, k, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective);
      const adj = endingAt(A, k, (i) => typeOf(C, i) === 'Country');
      if (a !== undefined && b !== undefined) pairs.push([C.of[a], C.of[b], 0.85]);
      else if (before !== undefined && a !== undefined) pairs.push([C.of[before], C.of[a], 0.85]);
      else if (adj === undefined && a !== undefined) {
        // "Russland har invadert Ukraina": the subject a few words before
        for (const x of nearestSubject(C, s, A, k, from)) pairs.push([x.e, C.of[a], Math.min(0.75, x.conf)]);
      }
    }
  }
  militaryAction(C, s, A, from, to, lt, pairs);
  const none = { pairs, target: pairs.length ? pairs.at(-1)![1] : null, sources: [] as number[] };
  // the troops: the first troop noun of the clause, or a compound ending in one ("Nato-styrker")
  let troopAt = -1;
  let compoundSource: number | null = null;
  for (let k = from; k < to && troopAt < 0; k++) {
    if (isTroopNoun(W, lt(k))) troopAt = k;
    else {
      const cm = startingAt(A, k, (i) => Boolean(C.ms[i].suffix) && isTroopNoun(W, C.ms[i].suffix!) && troopSourceOk(C, C.of[i]));
      if (cm !== undefined) {
        troopAt = k;
        compoundSource = C.of[cm];
      }
    }
  }
  if (troopAt < 0) return none;
  const weak = /^personell/.test(lt(troopAt)); // staff, not only soldiers
  // a troop verb before the troops opens the stretch where the destination may be named: "sender til Litauen 300 soldatar"
  let verbAt = troopAt;
  for (let k = troopAt - 1; k >= from && k >= troopAt - 6; k--) {
    if (W.troopVerbs.has(lt(k)) && lt(k) !== 'har') {
      verbAt = k;
      break;
    }
    if (lt(k) === ',' || SUBJECT_STOP.test(lt(k))) break;
  }
  // withdrawn troops were there: "trekke 9500 soldater ut av Tyskland", "trekkjer styrkane sine frå Syria"
  let withdraw = false;
  for (let k = Math.max(from, troopAt - 6); k < Math.min(to, troopAt + 6) && !withdraw; k++) if (W.withdraw.has(lt(k))) withdraw = true;
  const sources: { e: number; conf: number }[] = [];
  if (compoundSource !== null) sources.push({ e: compoundSource, conf: 0.85 });
  // "styrker fra nabolandene Hviterussland, Tadsjikistan, Kirgisistan"
  if (!withdraw) {
    for (let k = troopAt + 1; k < to && k < troopAt + 6; k++) {
      if (!/^(fra|frå)$/.test(lt(k))) continue;
      // right after the troops, or in "soldatane, som kjem frå X,"
      if (k > troopAt + 3 && !(lt(troopAt + 1) === ',' && lt(troopAt + 2) === 'som')) break;
      enumeration(C, s, A, k + 1, ['Country', 'Organisation'], { end: to }).ents.forEach((e, i) => {
        if (troopSourceOk(C, e)) sources.push({ e, conf: i ? 0.8 : 0.85 });
      });
      break;
    }
  }
  // "russiske styrker", "350 tyske soldater", "britiske, tyske og franske soldatar"
  if (!sources.length) {
    let k = troopAt;
    let skipped = 0;
    while (skipped < 3 && k - 1 >= from && /^(\d[\d.,]*|flere|fleire|ekstra|nye|mange|nær|rundt|lag|inntil|opptil|tusen|hundre|titals|titalls|også|òg|alle|dei|de|sine|sitt|egne|eigne)$/.test(lt(k - 1))) {
      k--;
      skipped++;
    }
    // "USAs 35.000 soldatar i Tyskland": the owner of the troops
    const owner = endingAt(A, k, (i) => C.ms[i].genitive && !C.ms[i].adjective && troopSourceOk(C, C.of[i]));
    if (owner !== undefined) sources.push({ e: C.of[owner], conf: 0.85 });
    let adj = owner !== undefined ? undefined : endingAt(A, k, (i) => Boolean(C.ms[i].adjective) && typeOf(C, i) === 'Country');
    while (adj !== undefined) {
      sources.push({ e: C.of[adj], conf: 0.8 });
      const st = C.ms[adj].start;
      const sep = lt(st - 1);
      adj = sep === ',' || sep === 'og' ? endingAt(A, st - 1, (i) => Boolean(C.ms[i].adjective) && typeOf(C, i) === 'Country') : undefined;
    }
  }
  // "USA har ... soldater", "stiller Norge med ... soldater", "Storbritannia, Tyskland og Frankrike sender soldater":
  // the subject named before the troops, in the same stretch of the clause
  if (!sources.length) for (const x of nearestSubject(C, s, A, troopAt, from)) sources.push(x);
  // negated: "Noreg sender ikkje soldatar"
  for (let k = Math.max(from, verbAt - 4); k < troopAt; k++) if (W.negations.has(lt(k))) return { ...none, target: null };
  // destinations: countries after "til" or "i" once the troops (or their verb) are named, lists included;
  // never after "grensa til", "nær", "mot", "mellom"
  const targets: number[] = [];
  const isTarget = new Set<number>();
  const isSource = new Set(sources.map((x) => x.e));
  const target = (e: number) => {
    if (!isSource.has(e) && !isTarget.has(e)) {
      isTarget.add(e);
      targets.push(e);
    }
  };
  let fromWithdrawal = false;
  for (let k = verbAt + 1; k < to; k++) {
    const w = lt(k);
    // "ved grensa til Ukraina" is no destination, "krysset grensen til Ukraina" is
    const blocked = W.blockers.has(lt(k - 1)) && !/^(krysset|kryssa|krysser|kryssar|over|passerte|passerer)$/.test(lt(k - 2));
    if ((w === 'til' || w === 'i') && !blocked && !/^(fra|frå|mellom)$/.test(lt(k - 1))) {
      for (const e of enumeration(C, s, A, k + 1, ['Country'], { head: false, skip: ['Location'], end: to }).ents) target(e);
    } else if (w === 'på' && !blocked) {
      // "kampfly på Island": a country after "på" is an island state
      const c = countryAt(k + 1);
      if (c !== undefined) target(C.of[c]);
    } else if (withdraw && (/^(fra|frå)$/.test(w) || (w === 'av' && lt(k - 1) === 'ut'))) {
      const before = targets.length;
      for (const e of enumeration(C, s, A, k + 1, ['Country'], { head: false, skip: ['Location'], end: to }).ents) target(e);
      if (targets.length > before) fromWithdrawal = true;
    }
  }
  // "Litauen får 200 norske soldatar", "Polen tok imot amerikanske styrkar": the receiver is the destination
  if (!targets.length && sources.length) {
    for (let k = troopAt - 1; k >= Math.max(from, troopAt - 6); k--) {
      const two = `${lt(k - 1)} ${lt(k)}`;
      if (!/^(får|fikk|fekk|mottar|mottok|mottek|huser|husar)$/.test(lt(k)) && !/^(tar|tok|tek) imot$/.test(two)) continue;
      const at = /imot$/.test(two) ? k - 1 : k;
      const r = endingAt(A, at, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective && !C.ms[i].genitive);
      if (r !== undefined && !PREP.test(lt(C.ms[r].start - 1))) target(C.of[r]);
      break;
    }
  }
  // "patruljere Islands luftrom med kampfly"
  for (const i of mis) {
    const m = C.ms[i];
    if (m.start > from && typeOf(C, i) === 'Country' && !m.adjective && m.genitive && W.territory.has(lt(m.end))) target(C.of[i]);
  }
  // "Russland har sendt soldatar til Kasakhstan. Det vil òg komme styrkar frå Kviterussland": the next sentence,
  // with troops on their way and no destination of its own, goes where the one before said
  let carried = false;
  const last = mem.target;
  if (!targets.length && last && s.index - last.sent === 1 && sources.length && sources.every((x) => x.e !== last.e)) {
    let motion = false;
    for (let k = from; k < to; k++) if (/^(komme|kome|kommer|kjem|sendes|sendast|sendt|sende|sender|også|òg)$/.test(lt(k))) motion = true;
    if (motion) {
      targets.push(last.e);
      carried = true;
    }
  }
  // "USA sender 3000 soldatar. Soldatane skal til Polen": a destination for the senders of the sentence before
  if (targets.length && !sources.length && mem.sources && s.index - mem.sources.sent === 1 && /^(soldat|styrk|tropp)\p{L}*(ene|ane)$/u.test(lt(troopAt))) {
    for (const e of mem.sources.es) if (!isTarget.has(e)) sources.push({ e, conf: 0.5 });
  }
  // every source to every target, each entity once: a pair repeated adds nothing, and repeated names in a long
  // list made the product grow with the square of the list
  const seen = new Set<number>();
  for (const src of sources) {
    if (seen.has(src.e)) continue;
    seen.add(src.e);
    for (const tgt of targets) {
      if (src.e === tgt) continue;
      let conf = carried ? 0.5 : src.conf;
      if (fromWithdrawal) conf = Math.min(conf, 0.5);
      if (weak) conf *= 0.75;
      pairs.push([src.e, tgt, conf]);
    }
  }
  const tgt = targets.length && !carried && !fromWithdrawal ? targets[0] : null;
  return { pairs, target: tgt ?? (pairs.length && !carried ? pairs.at(-1)![1] : null), sources: targets.length ? [] : [...seen] };
}

/**
 * Who sends: a country or alliance, or one that the text ties to a country: a person with a state role the article
 * states ("Biden sender soldater" after "USAs president Joe Biden"), a ministry or armed force in the reference data
 * ("Pentagon"), an adjective before an armed force ("Det svenske forsvaret").
 */
function senderOf(C: Ctx, mi: number): { e: number; conf: number } | null {
  const m = C.ms[mi];
  const e = C.of[mi];
  const x = C.ents[e];
  if (m.adjective) {
    // "Det svenske forsvaret sender", "Amerikanarane har 35.000 soldatar"
    const next = lowOf(C.L.sents[m.sent])[m.end] ?? '';
    if (x.type !== 'Country') return null;
    if (C.W.armedForces.has(next)) return { e, conf: 0.8 };
    const c = m.ref?.kind === 'country' ? m.ref.country : undefined;
    return c && c.demonyms.includes(m.text.toLowerCase()) && /(ne|ane|erne|arane)$/.test(m.text.toLowerCase()) ? { e, conf: 0.75 } : null;
  }
  if (troopSourceOk(C, e)) return { e, conf: 0.85 };
  if (x.type === 'Person') {
    const c = C.stateOf.get(e);
    return c === undefined ? null : { e: c, conf: 0.7 };
  }
  if (x.type === 'Organisation' && x.refId?.startsWith('org:')) {
    const o = C.sc.ref.organisationById(x.refId.slice(4));
    if (o?.country && /^(ministry|government|military)$/.test(o.category)) {
      const c = C.countryByCode.get(o.country);
      if (c !== undefined) return { e: c, conf: 0.7 };
    }
  }
  return null;
}

/**
 * The subject of the troops (or of an invasion verb) at token k: the nearest sender named before it in the same
 * stretch of the clause, with the list it ends ("Storbritannia, Tyskland og Frankrike sender soldater").
 * A country after a preposition ("i Litauen har Tyskland") is no subject; a sub-clause ends the search, unless it is
 * "at dei" reporting what the subject does ("Fleire Nato-land har varsla at dei sender ...").
 */
function nearestSubject(C: Ctx, s: Sent, A: At, k: number, from: number): { e: number; conf: number }[] {
  const low = lowOf(s);
  const lt = (j: number) => (j >= from ? low[j] ?? '' : '');
  // a subject is near its verb: the look-back is bounded, so that a long clause is not read once per verb
  const stop = Math.max(from, k - 40);
  let reported = false;
  for (let j = k - 1; j >= stop; j--) {
    const w = lt(j);
    let hit: number | undefined;
    let who: { e: number; conf: number } | null = null;
    for (const i of A.byEnd.get(j + 1) ?? []) {
      const m = C.ms[i];
      if (m.suffix && !(C.W.membership.has(m.suffix) && troopSourceOk(C, C.of[i]))) continue;
      const x = senderOf(C, i);
      if (x) {
        hit = i;
        who = x;
        break;
      }
    }
    if (hit !== undefined && who && reported && C.ents[C.of[hit]].type === 'Country' && !C.ms[hit].suffix) return []; // "Litauen opplyser at ..."
    if (hit !== undefined && who) {
      const m = C.ms[hit];
      if (m.genitive && !m.suffix) {
        j = m.start;
        continue; // "Natos styrker": an owner, not the subject
      }
      const list = m.adjective ? { ents: [], start: m.start } : enumerationBefore(C, A, m.end, ['Country']);
      const first = list.ents.length ? list.start : m.start;
      const ents = list.ents.length > 1 && C.ents[C.of[hit]].type === 'Country' ? list.ents.map((e, i) => ({ e, conf: i === list.ents.length - 1 ? who!.conf : 0.8 })) : [who];
      const p = lt(first - 1);
      // "Regjeringen i Storbritannia har vedtatt å sende": a government or armed force of the country
      if (p === 'i' && C.W.armedForces.has(lt(first - 2)) && C.ents[C.of[hit]].type === 'Country') return [{ e: C.of[hit], conf: 0.8 }];
      if (PREP.test(p) && p !== 'som') {
        j = first;
        continue;
      }
      return ents;
    }
    if (w === ',') {
      // a list of subjects is read above; "Tyskland, som har ..." goes on; any other comma ends the stretch
      if (lt(j + 1) === 'som') continue;
      return [];
    }
    if (SUBJECT_STOP.test(w)) {
      if (w === 'at' && PRONOUN.test(lt(j + 1))) continue;
      // "Pentagon bekrefter at 1000 soldater flyttes": a ministry or office reporting its own troops
      if (w === 'at' && !reported && C.W.speech.has(lt(j - 1))) {
        reported = true;
        continue;
      }
      if (w === 'før' && /^(fra|frå|enn)$/.test(lt(j - 1))) continue; // "fra før": already
      return [];
    }
  }
  return [];
}

/**
 * Forces in a country without a troop noun: "Russland gikk inn i Ukraina", "Russland har invadert Ukraina",
 * "Tyrkias offensiv mot kurdiske mål i Irak", "tyrkiske bakkeoperasjonar i Irak" (the country after i/mot/på). An
 * attack from afar (air strikes, missiles) is not troops sent.
 */
function militaryAction(C: Ctx, s: Sent, A: At, from: number, to: number, lt: (k: number) => string, pairs: Pair[]): void {
  const W = C.W;
  const countryAt = (k: number) => startingAt(A, k, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective);
  for (let k = from; k < to; k++) {
    const len = matchPhrase(W.entry, s, k, to);
    if (len) {
      const tgt = countryAt(k + len);
      if (tgt === undefined) continue;
      const subj = nearestSubject(C, s, A, k, from).filter((x) => x.e !== C.of[tgt]);
      for (let j = from; j < k; j++) if (W.negations.has(lt(j))) subj.length = 0;
      for (const x of subj) pairs.push([x.e, C.of[tgt], Math.min(0.75, x.conf)]);
      continue;
    }
    if (!W.actions.has(lt(k))) continue;
    // the country where the action is: "i Syria", "mot mål i Irak", "mot Ukraina"
    let tgt: number | undefined;
    for (let j = k + 1; j < Math.min(to, k + 6) && tgt === undefined; j++) {
      if (/^(i|mot|på)$/.test(lt(j))) tgt = countryAt(j + 1);
      if (lt(j) === ',') break;
    }
    if (tgt === undefined) continue;
    const owner = endingAt(A, k, (i) => typeOf(C, i) === 'Country' && (C.ms[i].genitive || Boolean(C.ms[i].adjective)));
    const srcs = owner !== undefined ? [{ e: C.of[owner], conf: 0.6 }] : nearestSubject(C, s, A, k, from).map((x) => ({ e: x.e, conf: 0.55 }));
    for (const x of srcs) if (x.e !== C.of[tgt]) pairs.push([x.e, C.of[tgt], x.conf]);
  }
}
