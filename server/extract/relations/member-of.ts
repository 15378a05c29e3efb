// MEMBER_OF: "Nato-landet Litauen", "dei tre EØS-landa Noreg, Island og Liechtenstein", "X er medlem av Y", ... (see the scale and patterns in index.ts).
import { type Ctx, type At, startingAt, endingAt, type Add, typeOf, lower, lowOf, PREP, enumeration, enumerationBefore, matchPhrase } from './context.ts';
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

export function memberOf(C: Ctx, s: Sent, A: At, add: Add): void {
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
