// Relations the text itself states, each with the sentence that says it:
//   HAS_ROLE        person → organisation or country, with the title (see roles.ts)
//   MEMBER_OF       "Nato-landet Litauen", "dei tre EØS-landa Noreg, Island og Liechtenstein", "X er medlem av Y"
//   SENDS_TROOPS_TO "styrkene fra Russland kommet til Kasakhstan", "amerikanske soldater i Irak",
//                   "Russlands invasjon av Ukraina", an enumeration of senders whose target is in the context
//   LOCATED_IN      "Kaunas i Litauen", "Grensen midt i Oslo", "i landets største by Almaty"
import type { ExtractedEntity, ExtractedRelation, RelationType } from './types.ts';
import type { Mention, SpotContext } from './spot.ts';
import type { Sent, TextLayout } from './text.ts';
import { findRoles } from './roles.ts';

interface Ctx {
  sc: SpotContext;
  L: TextLayout;
  ms: Mention[];
  of: number[];
  ents: ExtractedEntity[];
  bySent: Map<number, number[]>; // sentence → mention indices, in order
  countries: Map<number, { mis: number[]; sorted: boolean }>; // sentence → its country mentions, in order
  membership: Set<string>;
  troopNouns: Set<string>;
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

export function findRelations(sc: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[]): ExtractedRelation[] {
  const bySent = new Map<number, number[]>();
  ms.forEach((m, i) => {
    if (of[i] < 0) return;
    const list = bySent.get(m.sent);
    if (list) list.push(i);
    else bySent.set(m.sent, [i]);
  });
  const lex = sc.ref.lexicon;
  const C: Ctx = { sc, L, ms, of, ents, bySent, countries: new Map(), membership: new Set(lex.membershipWords), troopNouns: new Set(lex.troopNouns) };
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const add = (type: RelationType, s: number, t: number, sent: number, title?: string) => {
    if (s === t || s < 0 || t < 0) return;
    const k = `${type}:${s}:${t}`;
    if (seen.has(k)) return;
    seen.add(k);
    const r: ExtractedRelation = { type, source: ents[s].key, target: ents[t].key, sentence: sent };
    if (title) r.title = title;
    out.push(r);
  };

  // HAS_ROLE
  const roles = findRoles(sc, L, ms, of, ents);
  const parties = ents.map((e, i) => ({ e, i })).filter(({ e }) => e.refId && isTopParty(sc, e.refId));
  for (const r of roles) {
    if (r.target !== null) add('HAS_ROLE', r.person, r.target, r.sent, r.title);
    // "partileiar Erna Solberg" in an article about one party: that party's leader
    else if (/parti/.test(r.title) && parties.length === 1) add('HAS_ROLE', r.person, parties[0].i, r.sent, r.title);
  }

  let lastTroopTarget: { e: number; sent: number } | null = null;
  for (const s of L.sents) {
    const mis = bySent.get(s.index) ?? [];
    const A = indexAt(C, mis);
    memberOf(C, s, A, add);
    locatedIn(C, s, A, add);
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
    for (let c = 0; c < cl.length; c++) {
      const [from, to] = cl[c];
      const t = troops(C, s, indexAt(C, inClause[c]), lastTroopTarget, from, to);
      for (const [src, tgt] of t.pairs) add('SENDS_TROOPS_TO', src, tgt, s.index);
      if (t.target !== null) lastTroopTarget = { e: t.target, sent: s.index };
    }
  }
  return out;
}

function isTopParty(sc: SpotContext, refId: string): boolean {
  if (!refId.startsWith('org:')) return false;
  const o = sc.ref.organisationById(refId.slice(4));
  return !!o && o.category === 'party' && !o.members;
}

type Add = (type: RelationType, s: number, t: number, sent: number, title?: string) => void;

const typeOf = (C: Ctx, mi: number) => C.ents[C.of[mi]].type;
const lower = (w: string | undefined) => (w ?? '').toLowerCase();

/** Countries (and organisations) listed from token k on: "Noreg, Island og Liechtenstein", "nabolandene X, Y, Z". */
function enumeration(C: Ctx, s: Sent, A: At, k: number, types: string[]): { ents: number[]; end: number } {
  const found: number[] = [];
  let j = k;
  const toks = s.tokens;
  while (j < toks.length) {
    const w = toks[j].text;
    const mi = startingAt(A, j);
    if (mi !== undefined && types.includes(typeOf(C, mi))) {
      found.push(C.of[mi]);
      j = C.ms[mi].end;
      continue;
    }
    if (/^(,|og|eller|samt)$/.test(w) && found.length) {
      j++;
      continue;
    }
    // a generic head before the list: "nabolandene", "de tre", "landa"
    if (!found.length && /^\p{Ll}+$/u.test(w) && j < k + 3) {
      j++;
      continue;
    }
    break;
  }
  return { ents: found, end: j };
}

function memberOf(C: Ctx, s: Sent, A: At, add: Add): void {
  const membership = C.membership;
  const t = s.tokens.map((x) => x.text);
  for (const mi of A.mis) {
    const m = C.ms[mi];
    const org = C.of[mi];
    // "Nato-landet Litauen", "EØS-landa Noreg, Island og Liechtenstein", "NATO-medlemmet Tyrkia"
    if (m.suffix && typeOf(C, mi) === 'Organisation' && (membership.has(m.suffix) || /^medlem/.test(m.suffix))) {
      for (const c of enumeration(C, s, A, m.end, ['Country']).ents) add('MEMBER_OF', c, org, s.index);
    }
    // "Telemark bataljonen fra Brigade Nord": a unit of a larger one
    if (typeOf(C, mi) === 'Organisation' && t[m.end] === 'fra' && !m.ref) {
      const o = startingAt(A, m.end + 1, (i) => typeOf(C, i) === 'Organisation');
      if (o !== undefined && !C.ms[o].ref) add('MEMBER_OF', org, C.of[o], s.index);
    }
    // "X er medlem av Y", "X ble medlem i Y"
    if ((typeOf(C, mi) === 'Country' || typeOf(C, mi) === 'Organisation') && /^(er|ble|blei|vart|blir)$/.test(t[m.end] ?? '') && /^(medlem|medlemsland)$/.test(lower(t[m.end + 1])) && /^(av|i)$/.test(t[m.end + 2] ?? '')) {
      const o = startingAt(A, m.end + 3, (i) => typeOf(C, i) === 'Organisation');
      if (o !== undefined) add('MEMBER_OF', org, C.of[o], s.index);
    }
  }
}

function locatedIn(C: Ctx, s: Sent, A: At, add: Add): void {
  const t = s.tokens.map((x) => x.text);
  for (const mi of A.mis) {
    const m = C.ms[mi];
    if (typeOf(C, mi) !== 'Location' || m.adjective) continue;
    // "Kaunas i Litauen", "Grensen midt i Oslo"
    let k = m.end;
    if (/^(midt|sentralt|nord|sør|øst|vest|aust)$/.test(lower(t[k])) && t[k + 1] === 'i') k++;
    if (t[k] === 'i') {
      const o = startingAt(A, k + 1, (i) => !C.ms[i].adjective && (typeOf(C, i) === 'Country' || typeOf(C, i) === 'Location'));
      if (o !== undefined) add('LOCATED_IN', C.of[mi], C.of[o], s.index);
    }
    // "i landets største by Almaty": the country the text is about just before
    const before = t.slice(Math.max(0, m.start - 4), m.start).map(lower);
    if (before.includes('landets') && /^(by|byen|hovedstad|hovudstad|hovedstaden|hovudstaden)$/.test(lower(t[m.start - 1]))) {
      const c = lastCountryBefore(C, s.index, m.start);
      if (c !== null) add('LOCATED_IN', C.of[mi], c, s.index);
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
  const t = s.tokens.map((x) => x.text);
  let from = 0;
  for (let k = 0; k < t.length; k++) {
    if (t[k] === ';' || (t[k] === ',' && /^(og|men|mens|medan)$/.test(t[k + 1] ?? ''))) {
      out.push([from, k]);
      from = k + 1;
    }
  }
  out.push([from, t.length]);
  return out;
}

function troops(C: Ctx, s: Sent, A: At, last: { e: number; sent: number } | null, from: number, to: number): { pairs: [number, number][]; target: number | null } {
  const L = C.sc.ref.lexicon;
  const nouns = C.troopNouns;
  const mis = A.mis;
  // tokens outside the clause read as blank, so that positions stay sentence positions; only the clause's
  // tokens are looked at (blank tokens match no word), so that a sentence of many clauses is not read per clause
  const n = s.tokens.length;
  const lt = (k: number): string | undefined => (k >= from && k < to ? s.tokens[k].text.toLowerCase() : k >= 0 && k < n ? '' : undefined);
  const pairs: [number, number][] = [];
  const countryAt = (k: number) => startingAt(A, k, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective);
  // invasions: "Russlands invasjon av Ukraina", "invaderte Russland Ukraina", "Russland invaderte Ukraina"
  for (let k = from; k < to; k++) {
    const w = lt(k)!;
    if (L.invasionNouns.includes(w) && lt(k + 1) === 'av') {
      const src = endingAt(A, k, (i) => C.ms[i].genitive && typeOf(C, i) === 'Country');
      const tgt = countryAt(k + 2);
      if (src !== undefined && tgt !== undefined) pairs.push([C.of[src], C.of[tgt]]);
    }
    if (L.invasionVerbs.includes(w) && /^(invader|okkuper)/.test(w)) {
      const a = countryAt(k + 1);
      const b = a !== undefined ? countryAt(C.ms[a].end) : undefined;
      const before = endingAt(A, k, (i) => typeOf(C, i) === 'Country');
      if (a !== undefined && b !== undefined) pairs.push([C.of[a], C.of[b]]);
      else if (before !== undefined && a !== undefined) pairs.push([C.of[before], C.of[a]]);
    }
  }
  let troopAt = -1;
  for (let k = from; k < to && troopAt < 0; k++) if (nouns.has(lt(k)!)) troopAt = k;
  if (troopAt < 0) return { pairs, target: pairs.length ? pairs.at(-1)![1] : null };
  const sources: number[] = [];
  // "styrker fra nabolandene Hviterussland, Tadsjikistan, Kirgisistan"
  for (let k = troopAt + 1; k < to; k++) {
    if (!/^(fra|frå)$/.test(lt(k)!)) continue;
    for (const e of enumeration(C, s, A, k + 1, ['Country', 'Organisation']).ents) if (troopSourceOk(C, e)) sources.push(e);
    break;
  }
  // "russiske styrker", "amerikanske soldater"
  const adj = mis.find((i) => C.ms[i].adjective && C.ms[i].end === troopAt);
  if (adj !== undefined) sources.push(C.of[adj]);
  // "USA har ... soldater", "stiller Norge med ... soldater": a country named before the troops
  if (!sources.length) {
    const subj = mis.find((i) => C.ms[i].start < troopAt && !C.ms[i].adjective && troopSourceOk(C, C.of[i]) && !/^(i|til|mot|mellom)$/.test(lt(C.ms[i].start - 1) ?? ''));
    if (subj !== undefined) sources.push(C.of[subj]);
  }
  // targets: countries after "til" or "i" once the troops are named
  const targets: number[] = [];
  const isSource = new Set(sources);
  for (const i of mis) {
    const m = C.ms[i];
    if (m.start <= troopAt && !/^(kommet|komme|ankommet|sendt|sende)$/.test(lt(troopAt + 1) ?? '')) {
      if (m.start <= troopAt) continue;
    }
    if (typeOf(C, i) !== 'Country' || m.adjective) continue;
    if (/^(til|i|inn)$/.test(lt(m.start - 1) ?? '') && !isSource.has(C.of[i])) targets.push(C.of[i]);
  }
  if (!targets.length && last && s.index - last.sent <= 2 && sources.length) targets.push(last.e);
  // every source to every target, each entity once: a pair repeated adds nothing, and repeated names in a long
  // list made the product grow with the square of the list
  const srcs = [...new Set(sources)];
  const tgts = [...new Set(targets)];
  for (const src of srcs) for (const tgt of tgts) if (src !== tgt) pairs.push([src, tgt]);
  return { pairs, target: targets.length ? targets[0] : pairs.length ? pairs.at(-1)![1] : null };
}
