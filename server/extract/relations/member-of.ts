// MEMBER_OF: "Nato-landet Litauen", "dei tre EØS-landa Noreg, Island og Liechtenstein", "X er medlem av Y", ... (see the scale and patterns in index.ts).
import { type Ctx, type At, type SentenceReader, type Words, sentenceReader, startingAt, endingAt, type Add, typeOf, lower, lowOf, PREP, enumeration, enumerationBefore, matchPhrase } from './context.ts';
import type { Sent } from '../text.ts';

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

/** One sentence as the membership rules read it. */
interface Reader extends SentenceReader {
  add: Add;
  isOrg: (i: number) => boolean;
  /** The members named before token k: "X (og Y) er ... " or "X, som er ...". */
  membersBefore: (k: number) => number[] | null;
}

// words between the members and the membership noun or compound: "er (begge) (eit av) medlemslanda", "var det
// siste Nato-landet", "ble Natos 32. medlem"
const FILL = /^(eit|et|ett|ein|en|eitt|det|fullverdig|fullverdige|nytt|nye|ny|begge|alle|også|òg|no|nå|allereie|allerede|av|dei|de|blant|faste|fast|stiftande|stiftende|to|tre|fire|fem|seks|siste|første|nyaste|nyeste|ferskaste|ferskeste|\d+|\.)$/; // "32." is two tokens
const COPULA = /^(er|var|blir|ble|blei|vart)$/;
/** The tokens an ordinal takes at k: "første" one, "32 ." two (the tokenizer splits the point off), else none. */
const ordinalAt = (lt: (k: number) => string, k: number) => (/^(første|siste|nyaste|nyeste)$/.test(lt(k)) ? 1 : /^\d+$/.test(lt(k)) && lt(k + 1) === '.' ? 2 : 0);
const isMembership = (W: Words, suffix: string | undefined) => !!suffix && (W.membership.has(suffix) || /^medlem/.test(suffix));

function reader(C: Ctx, s: Sent, A: At, add: Add): Reader {
  const low = lowOf(s);
  const lt = (k: number) => low[k] ?? '';
  const negatedBetween = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (C.W.negations.has(lt(k))) return true;
    return false;
  };
  const membersBefore = (k: number): number[] | null => {
    let j = k - 1;
    while (j >= 0 && FILL.test(lt(j))) j--;
    if (j < 0 || !/^(er|var|blir|ble|blei|vart|som)$/.test(lt(j))) return null;
    let end = j;
    if (COPULA.test(lt(j)) && lt(j - 1) === 'som') end = j - 1;
    else if (COPULA.test(lt(j)) && /^(alle|begge)$/.test(lt(j - 1)) && lt(j - 2) === 'som') end = j - 2; // "som alle er"
    if (lt(end - 1) === ',') end--;
    if (negatedBetween(end, k)) return null;
    // a compound naming a person is no member: "Sp-politikeren er medlem av Stortinget"
    const before = enumerationBefore(C, A, end, ['Country', 'Organisation'], (i) => !C.ms[i].suffix);
    return before.ents.length ? before.ents : null;
  };
  return { ...sentenceReader(C, s, A), add, isOrg: (i) => typeOf(C, i) === 'Organisation', membersBefore };
}

export function memberOf(C: Ctx, s: Sent, A: At, add: Add): void {
  // every membership is of an organisation the sentence names
  let orgs = false;
  for (const i of A.mis) if (typeOf(C, i) === 'Organisation') orgs = true;
  if (!orgs) return;
  const R = reader(C, s, A, add);
  for (const mi of A.mis) {
    if (typeOf(C, mi) !== 'Country' && !R.isOrg(mi)) continue;
    membershipCompound(R, mi);
    oneOfTheMembers(R, mi);
    genitiveMembers(R, mi);
    unitOf(R, mi);
    unionBetween(R, mi);
    joinsOrLeaves(R, mi);
  }
  memberOfPhrase(R);
  membersAmong(R);
  asMembers(R);
}

/**
 * "Nato-landet Litauen", "EØS-landa Noreg, Island og Liechtenstein", "NATO-medlemmet Tyrkia": the country named right
 * after the compound (or after "som", such as); "Nato-land nærare Ukraina" names no member. "Noreg og Danmark er
 * begge Nato-land", "Ungarn var det siste Nato-landet": the members before it.
 */
function membershipCompound({ C, s, A, W, lt, add, isOrg, membersBefore }: Reader, mi: number): void {
  const m = C.ms[mi];
  const org = C.of[mi];
  if (!isOrg(mi) || !isMembership(W, m.suffix)) return;
  let k = m.end;
  if (lt(k) === 'som' || lt(k) === ':') k++;
  const list = enumeration(C, s, A, k, ['Country'], { head: false });
  list.ents.forEach((c, i) => add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, i ? 0.8 : 0.85, true)));
  for (const c of membersBefore(m.start) ?? []) if (C.ents[c].type === 'Country') add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, 0.85, true));
}

/** "Tyrkia og dei andre Nato-landa", "Island får støtte av sine Nato-allierte": one of them. */
function oneOfTheMembers({ C, s, A, W, t, lt, add, isOrg }: Reader, mi: number): void {
  const m = C.ms[mi];
  const org = C.of[mi];
  if (!isOrg(mi) || !isMembership(W, m.suffix) || !/(a|ene|ane|te)$/.test(m.suffix!)) return;
  const p1 = lt(m.start - 1);
  if (/^(andre|øvrige|øvrigе|resten)$/.test(p1) && /^(de|dei)$/.test(lt(m.start - 2)) && lt(m.start - 3) === 'og') {
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

/** "Natos medlemsland Tyskland og Frankrike", "Natos allierte Polen og Litauen"; "Sverige ble Natos 32. medlem". */
function genitiveMembers({ C, s, A, W, lt, add, isOrg, membersBefore }: Reader, mi: number): void {
  const m = C.ms[mi];
  const org = C.of[mi];
  if (!isOrg(mi) || m.suffix || !(m.genitive || /s$/.test(m.text))) return;
  const ordinal = ordinalAt(lt, m.end);
  const n = m.end + ordinal;
  if (!(W.memberNouns.has(lt(n)) || /^(allierte|partnarland|partnerland)$/.test(lt(n)))) return;
  const list = ordinal ? [] : enumeration(C, s, A, n + 1, ['Country'], { head: false }).ents;
  list.forEach((c, i) => add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, i ? 0.8 : 0.85, true)));
  if (!list.length) for (const c of membersBefore(m.start) ?? []) add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, 0.85, true));
}

/** "Telemark bataljonen fra Brigade Nord": a unit of a larger one. */
function unitOf({ C, s, A, t, add, isOrg }: Reader, mi: number): void {
  const m = C.ms[mi];
  if (!isOrg(mi) || t(m.end) !== 'fra' || m.ref) return;
  const o = startingAt(A, m.end + 1, (i) => isOrg(i));
  if (o !== undefined && !C.ms[o].ref) add('MEMBER_OF', C.of[mi], C.of[o], s.index, 0.6);
}

/** "Kalmarunionen mellom Danmark, Norge og Sverige": a union between those it joins. */
function unionBetween({ C, s, A, W, lt, add, isOrg }: Reader, mi: number): void {
  const m = C.ms[mi];
  const org = C.of[mi];
  if (!isOrg(mi) || !/^(mellom|av)$/.test(lt(m.end)) || m.genitive || !W.orgHeads.some((h) => lower(m.text.split(/\s+/).pop()).endsWith(h))) return;
  const list = enumeration(C, s, A, m.end + 1, ['Country'], { head: false });
  if (list.ents.length >= 2) for (const c of list.ents) add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, 0.6, true));
}

/** "Sverige går inn i Nato", "Noreg er med i EØS", "X meldte seg inn i Y"; "Noreg bør ut av Nato" (it is in now). */
function joinsOrLeaves({ C, s, A, W, lt, add, isOrg }: Reader, mi: number): void {
  const m = C.ms[mi];
  if (m.adjective) return;
  let k = m.end;
  let aux = 0;
  while (aux < 3 && /^(vil|skal|kan|må|bør|burde|skulle|ville|kunne|har|hadde|no|nå|snart|formelt|offisielt|allereie|allerede|òg|også|endeleg|endelig)$/.test(lt(k))) {
    k++;
    aux++;
  }
  for (let j = m.end; j <= k; j++) if (W.negations.has(lt(j))) return;
  const join = matchPhrase(W.join, s, k);
  const leave = join ? 0 : matchPhrase(W.leave, s, k);
  if (!join && !leave) return;
  const o = startingAt(A, k + (join || leave), (i) => isOrg(i) && !C.ms[i].adjective && !C.ms[i].suffix);
  if (o === undefined) return;
  const target = C.of[o];
  const cat = C.ents[target].refId?.startsWith('org:') ? C.sc.ref.organisationById(C.ents[target].refId!.slice(4))?.category : undefined;
  // "Island, Liechtenstein og Noreg er med i EØS": the list the subject ends
  const list = enumerationBefore(C, A, m.end, ['Country', 'Organisation']);
  for (const x of list.ents.length ? list.ents : [C.of[mi]]) {
    if (join) add('MEMBER_OF', x, target, s.index, memberConf(C, x, target, 0.8, false));
    else if (cat === 'alliance' || cat === 'intergovernmental') add('MEMBER_OF', x, target, s.index, memberConf(C, x, target, 0.5, true));
  }
}

/** "X er medlem av Y", "X, som er medlem i Y", "X og Y er medlemmer av Z", "X er eit av medlemslanda i Y". */
function memberOfPhrase({ C, s, A, W, lt, add, isOrg, membersBefore }: Reader): void {
  for (let n = 1; n + 2 < s.tokens.length; n++) {
    if (!W.memberNouns.has(lt(n)) || !/^(av|i)$/.test(lt(n + 1))) continue;
    const o = startingAt(A, n + 2, (i) => isOrg(i) && !C.ms[i].adjective);
    if (o === undefined) continue;
    const org = C.of[o];
    (membersBefore(n) ?? []).forEach((c, i) => add('MEMBER_OF', c, org, s.index, memberConf(C, c, org, i ? 0.8 : 0.9, false)));
  }
}

/** "Medlemslanda i Nato, mellom anna Noreg og Danmark, ...". */
function membersAmong({ C, s, A, W, t, lt, add, isOrg }: Reader): void {
  for (let n = 0; n + 3 < s.tokens.length; n++) {
    if (!W.memberNouns.has(lt(n)) || !/^(av|i)$/.test(lt(n + 1))) continue;
    const o = startingAt(A, n + 2, (i) => isOrg(i) && !C.ms[i].adjective);
    if (o === undefined) continue;
    let j = C.ms[o].end;
    if (t(j) === ',' || t(j) === ':') j++;
    if (!/^(blant|mellom|deriblant|bl\.a|inkludert|som)$/.test(lt(j))) continue;
    j++;
    if (/^(dem|anna|annet|andre)$/.test(lt(j))) j++;
    for (const c of enumeration(C, s, A, j, ['Country'], { head: false }).ents) add('MEMBER_OF', c, C.of[o], s.index, memberConf(C, c, C.of[o], 0.8, true));
  }
}

/** "Finland og Sverige som medlemmer av Nato". */
function asMembers({ C, s, A, W, lt, add, isOrg }: Reader): void {
  for (let n = 1; n + 3 < s.tokens.length; n++) {
    if (lt(n) !== 'som' || !W.memberNouns.has(lt(n + 1)) || !/^(av|i)$/.test(lt(n + 2))) continue;
    const o = startingAt(A, n + 3, (i) => isOrg(i) && !C.ms[i].adjective);
    if (o === undefined) continue;
    for (const c of enumerationBefore(C, A, n, ['Country', 'Organisation']).ents) add('MEMBER_OF', c, C.of[o], s.index, memberConf(C, c, C.of[o], 0.8, false));
  }
}
