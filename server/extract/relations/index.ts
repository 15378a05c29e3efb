// Relations the text itself states, each with the sentence that says it and a confidence:
//   HAS_ROLE        person → organisation or country, with the title (see roles.ts and role-references.ts)
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
//             article about one party, "X på Y", a title with its owner but no name ("Frp-lederen"; role-references.ts)
//   ≤ 0.4     weak co-occurrence with reference support (a place and the country reference data puts it in, in
//             one sentence)
// Within an article, a relation stated several times keeps its highest confidence; the graph combines articles.
import type { ExtractedEntity, ExtractedRelation } from '../types.ts';
import type { Mention, SpotContext } from '../mention.ts';
import type { TextLayout } from '../text.ts';
import { isStateTitle, type Role } from '../roles.ts';
import { findRoleReferences } from '../role-references.ts';
import { indexAt, typeOf, wordsOf, type Add, type Ctx } from './context.ts';
import { memberOf } from './member-of.ts';
import { locatedIn } from './located-in.ts';
import { clauses, troops, type TroopMemory } from './troops.ts';

export function findRelations(sc: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[], named: Role[]): ExtractedRelation[] {
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
  const roles = [...named, ...findRoleReferences(sc, L, ms, of, ents, named)];
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
