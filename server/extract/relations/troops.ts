// SENDS_TROOPS_TO: troops, their senders and their destination, clause by clause (see the scale and patterns in index.ts).
import { type Words, type Ctx, type At, startingAt, endingAt, typeOf, lowOf, PREP, enumeration, enumerationBefore, matchPhrase } from './context.ts';
import type { Sent } from '../text.ts';

const troopSourceOk = (C: Ctx, e: number) => {
  const x = C.ents[e];
  if (x.type === 'Country') return true;
  if (x.type !== 'Organisation' || !x.refId?.startsWith('org:')) return false;
  const cat = C.sc.ref.organisationById(x.refId.slice(4))?.category;
  return cat === 'alliance' || cat === 'intergovernmental' || cat === 'military';
};

/** Token ranges of a sentence's main clauses: split at ", og", ", men", ", mens" and ";". */
export function clauses(s: Sent): [number, number][] {
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
export interface TroopMemory {
  target: { e: number; sent: number } | null;
  sources: { es: number[]; sent: number } | null;
}

const isTroopNoun = (W: Words, w: string) => W.troopNouns.has(w);

/** A clause read for troops: tokens outside it read as blank, so that positions stay sentence positions. */
interface Clause {
  C: Ctx;
  s: Sent;
  A: At;
  from: number;
  to: number;
  lt: (k: number) => string;
  countryAt: (k: number) => number | undefined;
}

type Source = { e: number; conf: number };

export function troops(C: Ctx, s: Sent, A: At, mem: TroopMemory, from: number, to: number): { pairs: Pair[]; target: number | null; sources: number[] } {
  // only the clause's tokens are looked at (blank tokens match no word), so that a sentence of many clauses is not
  // read per clause
  const low = lowOf(s);
  const lt = (k: number): string => (k >= from && k < to ? low[k] : '');
  const countryAt = (k: number) => startingAt(A, k, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective);
  const K: Clause = { C, s, A, from, to, lt, countryAt };
  const pairs = invasions(K);
  militaryAction(C, s, A, from, to, lt, pairs);
  const none = { pairs, target: pairs.length ? pairs.at(-1)![1] : null, sources: [] as number[] };
  const found = troopNoun(K);
  if (!found) return { ...none, pairs: pronounGoesOn(K, mem, pairs) };
  const { troopAt } = found;
  const weak = /^personell/.test(lt(troopAt)); // staff, not only soldiers
  const verbAt = troopVerbBefore(K, troopAt);
  // withdrawn troops were there: "trekke 9500 soldater ut av Tyskland", "trekkjer styrkane sine frå Syria"
  let withdraw = false;
  for (let k = Math.max(from, troopAt - 6); k < Math.min(to, troopAt + 6) && !withdraw; k++) if (C.W.withdraw.has(lt(k))) withdraw = true;
  const sources = troopSources(K, troopAt, found.compoundSource, withdraw);
  // negated: "Noreg sender ikkje soldatar"
  for (let k = Math.max(from, verbAt - 4); k < troopAt; k++) if (C.W.negations.has(lt(k))) return { ...none, target: null };
  const { targets, isTarget, fromWithdrawal } = troopTargets(K, verbAt, troopAt, sources, withdraw);
  const carried = carryTarget(K, mem, targets, sources);
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
 * "Norge skal sende 100 soldater. De skal tjenestegjøre i Litauen.": a clause opening with "de" after troops with
 * senders and no destination goes on about those troops, and names where they go.
 */
function pronounGoesOn({ C, s, A, from, to, lt }: Clause, mem: TroopMemory, pairs: Pair[]): Pair[] {
  const last = mem.sources;
  if (!last || s.index - last.sent !== 1 || from !== 0 || !/^(de|dei)$/.test(lt(0)) || (mem.target && mem.target.sent === last.sent)) return pairs;
  for (let k = 1; k < to; k++) {
    if (!/^(i|til)$/.test(lt(k)) || C.W.blockers.has(lt(k - 1))) continue;
    const tgt = startingAt(A, k + 1, (i) => typeOf(C, i) === 'Country' && !C.ms[i].adjective);
    if (tgt === undefined) continue;
    for (const e of last.es) if (e !== C.of[tgt]) pairs.push([e, C.of[tgt], 0.5]);
    break;
  }
  return pairs;
}

/** Invasions: "Russlands invasjon av Ukraina", "invaderte Russland Ukraina", "Russland invaderte Ukraina". */
function invasions({ C, s, A, from, to, lt, countryAt }: Clause): Pair[] {
  const W = C.W;
  const pairs: Pair[] = [];
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
  return pairs;
}

/** The troops: the first troop noun of the clause, or a compound ending in one ("Nato-styrker"). */
function troopNoun({ C, A, from, to, lt }: Clause): { troopAt: number; compoundSource: number | null } | null {
  const W = C.W;
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
  return troopAt < 0 ? null : { troopAt, compoundSource };
}

/** A troop verb before the troops opens the stretch where the destination may be named: "sender til Litauen 300 soldatar". */
function troopVerbBefore({ C, from, lt }: Clause, troopAt: number): number {
  let verbAt = troopAt;
  for (let k = troopAt - 1; k >= from && k >= troopAt - 6; k--) {
    if (C.W.troopVerbs.has(lt(k)) && lt(k) !== 'har') {
      verbAt = k;
      break;
    }
    if (lt(k) === ',' || SUBJECT_STOP.test(lt(k))) break;
  }
  return verbAt;
}

/** Who sends: "styrker fra X, Y", "russiske styrker", "USAs soldatar i Tyskland", or the subject before the troops. */
function troopSources(K: Clause, troopAt: number, compoundSource: number | null, withdraw: boolean): Source[] {
  const { C, s, A, from, to, lt } = K;
  const sources: Source[] = [];
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
  return sources;
}

/**
 * Destinations: countries after "til" or "i" once the troops (or their verb) are named, lists included; never after
 * "grensa til", "nær", "mot", "mellom"; the receiver of "Litauen får 200 norske soldatar"; "Islands luftrom".
 */
function troopTargets(K: Clause, verbAt: number, troopAt: number, sources: Source[], withdraw: boolean) {
  const { C, s, A, from, to, lt, countryAt } = K;
  const W = C.W;
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
    } else if (C.W.arrivals.has(w) && k > troopAt) {
      // "Russiske styrker ankom Kasakhstan torsdag": the object of an arrival
      const c = countryAt(k + 1);
      if (c !== undefined) target(C.of[c]);
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
  // "I Mali har Frankrike rundt 5000 soldater": a destination fronted before the verb and its subject
  if (!targets.length && sources.length) {
    const k = /^(også|òg|og|men|no|nå)$/.test(lt(from)) ? from + 1 : from;
    const c = /^(i|på)$/.test(lt(k)) ? countryAt(k + 1) : undefined;
    if (c !== undefined && C.ms[c].end < troopAt) target(C.of[c]);
  }
  // "Frankrike har 5000 soldater i landet", "USA har 2500 soldater der": the country the sentences before are about
  if (!targets.length && sources.length) {
    for (let k = troopAt + 1; k < to && k < troopAt + 8; k++) {
      const anaphor = (/^(i|til)$/.test(lt(k)) && /^(landet|riket)$/.test(lt(k + 1))) || (lt(k) === 'der' && (k + 1 >= to || /^[.,;!?]$/.test(lt(k + 1))));
      const c = anaphor ? countryMeant(C, s.index, isSource) : null;
      if (c !== null) {
        target(c);
        fromWithdrawal = true; // an inference, weak as one from a withdrawal
        break;
      }
    }
  }
  // "patruljere Islands luftrom med kampfly"
  for (const i of A.mis) {
    const m = C.ms[i];
    if (m.start > from && typeOf(C, i) === 'Country' && !m.adjective && m.genitive && W.territory.has(lt(m.end))) target(C.of[i]);
  }
  return { targets, isTarget, fromWithdrawal };
}

/**
 * The country "landet" or "der" points back to: the one country the two sentences before name (the senders left
 * out), or, of several, the one the article has named most so far; none when that is a tie.
 */
function countryMeant(C: Ctx, sent: number, exclude: Set<number>): number | null {
  const near = new Set<number>();
  for (let si = Math.max(0, sent - 2); si < sent; si++) for (const i of C.bySent.get(si) ?? []) if (typeOf(C, i) === 'Country' && !exclude.has(C.of[i])) near.add(C.of[i]);
  if (near.size <= 1) return near.size ? [...near][0] : null;
  const count = new Map<number, number>();
  for (let si = 0; si < sent; si++) for (const i of C.bySent.get(si) ?? []) if (near.has(C.of[i])) count.set(C.of[i], (count.get(C.of[i]) ?? 0) + 1);
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/**
 * "Russland har sendt soldatar til Kasakhstan. Det vil òg komme styrkar frå Kviterussland": the next sentence, with
 * troops on their way and no destination of its own, goes where the one before said.
 */
function carryTarget({ s, from, to, lt }: Clause, mem: TroopMemory, targets: number[], sources: Source[]): boolean {
  const last = mem.target;
  if (targets.length || !last || s.index - last.sent !== 1 || !sources.length || !sources.every((x) => x.e !== last.e)) return false;
  let motion = false;
  for (let k = from; k < to; k++) if (/^(komme|kome|kommer|kjem|sendes|sendast|sendt|sende|sender|også|òg)$/.test(lt(k))) motion = true;
  if (motion) targets.push(last.e);
  return motion;
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
      // "Biden har bestemt at 3000 soldater skal sendes": the one who decides it
      if (w === 'at' && !reported && (C.W.speech.has(lt(j - 1)) || C.W.decisions.has(lt(j - 1)))) {
        reported = true;
        continue;
      }
      if (w === 'før' && /^(fra|frå|enn)$/.test(lt(j - 1))) continue; // "fra før": already
      if (/^(siden|sidan)$/.test(w) && /^\d/.test(lt(j + 1))) continue; // "har siden 2016 hatt soldater": since a year
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
