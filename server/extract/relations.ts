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
}

export function findRelations(sc: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[]): ExtractedRelation[] {
  const bySent = new Map<number, number[]>();
  ms.forEach((m, i) => {
    if (of[i] >= 0) bySent.set(m.sent, [...(bySent.get(m.sent) ?? []), i]);
  });
  const C: Ctx = { sc, L, ms, of, ents, bySent };
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
    memberOf(C, s, mis, add);
    locatedIn(C, s, mis, add);
    // clause by clause: "Tyskland har sendt soldater til Litauen, og Frankrike har styrker i Romania"
    for (const [from, to] of clauses(s)) {
      const t = troops(C, s, mis.filter((i) => ms[i].start >= from && ms[i].end <= to), lastTroopTarget, from, to);
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
function enumeration(C: Ctx, s: Sent, mis: number[], k: number, types: string[]): { ents: number[]; end: number } {
  const found: number[] = [];
  let j = k;
  const t = s.tokens.map((x) => x.text);
  while (j < t.length) {
    const mi = mis.find((i) => C.ms[i].start === j);
    if (mi !== undefined && types.includes(typeOf(C, mi))) {
      found.push(C.of[mi]);
      j = C.ms[mi].end;
      continue;
    }
    if (/^(,|og|eller|samt)$/.test(t[j]) && found.length) {
      j++;
      continue;
    }
    // a generic head before the list: "nabolandene", "de tre", "landa"
    if (!found.length && /^\p{Ll}+$/u.test(t[j]) && j < k + 3) {
      j++;
      continue;
    }
    break;
  }
  return { ents: found, end: j };
}

function memberOf(C: Ctx, s: Sent, mis: number[], add: Add): void {
  const membership = new Set(C.sc.ref.lexicon.membershipWords);
  const t = s.tokens.map((x) => x.text);
  for (const mi of mis) {
    const m = C.ms[mi];
    const org = C.of[mi];
    // "Nato-landet Litauen", "EØS-landa Noreg, Island og Liechtenstein", "NATO-medlemmet Tyrkia"
    if (m.suffix && typeOf(C, mi) === 'Organisation' && (membership.has(m.suffix) || /^medlem/.test(m.suffix))) {
      for (const c of enumeration(C, s, mis, m.end, ['Country']).ents) add('MEMBER_OF', c, org, s.index);
    }
    // "Telemark bataljonen fra Brigade Nord": a unit of a larger one
    if (typeOf(C, mi) === 'Organisation' && t[m.end] === 'fra' && !m.ref) {
      const o = mis.find((i) => C.ms[i].start === m.end + 1 && typeOf(C, i) === 'Organisation');
      if (o !== undefined && !C.ms[o].ref) add('MEMBER_OF', org, C.of[o], s.index);
    }
    // "X er medlem av Y", "X ble medlem i Y"
    if ((typeOf(C, mi) === 'Country' || typeOf(C, mi) === 'Organisation') && /^(er|ble|blei|vart|blir)$/.test(t[m.end] ?? '') && /^(medlem|medlemsland)$/.test(lower(t[m.end + 1])) && /^(av|i)$/.test(t[m.end + 2] ?? '')) {
      const o = mis.find((i) => C.ms[i].start === m.end + 3 && typeOf(C, i) === 'Organisation');
      if (o !== undefined) add('MEMBER_OF', org, C.of[o], s.index);
    }
  }
}

function locatedIn(C: Ctx, s: Sent, mis: number[], add: Add): void {
  const t = s.tokens.map((x) => x.text);
  for (const mi of mis) {
    const m = C.ms[mi];
    if (typeOf(C, mi) !== 'Location' || m.adjective) continue;
    // "Kaunas i Litauen", "Grensen midt i Oslo"
    let k = m.end;
    if (/^(midt|sentralt|nord|sør|øst|vest|aust)$/.test(lower(t[k])) && t[k + 1] === 'i') k++;
    if (t[k] === 'i') {
      const o = mis.find((i) => C.ms[i].start === k + 1 && !C.ms[i].adjective && (typeOf(C, i) === 'Country' || typeOf(C, i) === 'Location'));
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
    const mis = (C.bySent.get(si) ?? []).filter((i) => typeOf(C, i) === 'Country' && (si < sent || C.ms[i].start < tok));
    if (mis.length) return C.of[mis.at(-1)!];
  }
  return null;
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

function troops(C: Ctx, s: Sent, mis: number[], last: { e: number; sent: number } | null, from: number, to: number): { pairs: [number, number][]; target: number | null } {
  const L = C.sc.ref.lexicon;
  const nouns = new Set(L.troopNouns);
  // tokens outside the clause are blanked, so that positions stay sentence positions
  const t = s.tokens.map((x, k) => (k >= from && k < to ? x.text : ''));
  const lt = t.map(lower);
  const pairs: [number, number][] = [];
  const countryAt = (k: number) => mis.find((i) => C.ms[i].start === k && typeOf(C, i) === 'Country' && !C.ms[i].adjective);
  // invasions: "Russlands invasjon av Ukraina", "invaderte Russland Ukraina", "Russland invaderte Ukraina"
  for (let k = 0; k < t.length; k++) {
    if (L.invasionNouns.includes(lt[k]) && lt[k + 1] === 'av') {
      const src = mis.find((i) => C.ms[i].end === k && C.ms[i].genitive && typeOf(C, i) === 'Country');
      const tgt = countryAt(k + 2);
      if (src !== undefined && tgt !== undefined) pairs.push([C.of[src], C.of[tgt]]);
    }
    if (L.invasionVerbs.includes(lt[k]) && /^(invader|okkuper)/.test(lt[k])) {
      const a = countryAt(k + 1);
      const b = a !== undefined ? countryAt(C.ms[a].end) : undefined;
      const before = mis.find((i) => C.ms[i].end === k && typeOf(C, i) === 'Country');
      if (a !== undefined && b !== undefined) pairs.push([C.of[a], C.of[b]]);
      else if (before !== undefined && a !== undefined) pairs.push([C.of[before], C.of[a]]);
    }
  }
  const troopAt = lt.findIndex((w) => nouns.has(w));
  if (troopAt < 0) return { pairs, target: pairs.length ? pairs.at(-1)![1] : null };
  const sources: number[] = [];
  // "styrker fra nabolandene Hviterussland, Tadsjikistan, Kirgisistan"
  for (let k = troopAt + 1; k < t.length; k++) {
    if (!/^(fra|frå)$/.test(lt[k])) continue;
    sources.push(...enumeration(C, s, mis, k + 1, ['Country', 'Organisation']).ents.filter((e) => troopSourceOk(C, e)));
    break;
  }
  // "russiske styrker", "amerikanske soldater"
  const adj = mis.find((i) => C.ms[i].adjective && C.ms[i].end === troopAt);
  if (adj !== undefined) sources.push(C.of[adj]);
  // "USA har ... soldater", "stiller Norge med ... soldater": a country named before the troops
  if (!sources.length) {
    const subj = mis.find((i) => C.ms[i].start < troopAt && !C.ms[i].adjective && troopSourceOk(C, C.of[i]) && !/^(i|til|mot|mellom)$/.test(lt[C.ms[i].start - 1] ?? ''));
    if (subj !== undefined) sources.push(C.of[subj]);
  }
  // targets: countries after "til" or "i" once the troops are named
  const targets: number[] = [];
  for (const i of mis) {
    const m = C.ms[i];
    if (m.start <= troopAt && !/^(kommet|komme|ankommet|sendt|sende)$/.test(lt[troopAt + 1] ?? '')) {
      if (m.start <= troopAt) continue;
    }
    if (typeOf(C, i) !== 'Country' || m.adjective) continue;
    if (/^(til|i|inn)$/.test(lt[m.start - 1] ?? '') && !sources.includes(C.of[i])) targets.push(C.of[i]);
  }
  if (!targets.length && last && s.index - last.sent <= 2 && sources.length) targets.push(last.e);
  for (const src of sources) for (const tgt of targets) if (src !== tgt) pairs.push([src, tgt]);
  return { pairs, target: targets.length ? targets[0] : pairs.length ? pairs.at(-1)![1] : null };
}
