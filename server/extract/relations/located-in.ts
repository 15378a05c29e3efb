// LOCATED_IN: "Kaunas i Litauen", "X, som ligg i Y", "den tyske byen Köln", ... (see the scale and patterns in index.ts); the seeds' places and the
// gazetteers confirm or contradict a reading.
import { type Ctx, type At, type SentenceReader, sentenceReader, startingAt, endingAt, type Add, typeOf, PREP } from './context.ts';
import type { Sent } from '../text.ts';
import { loadGazetteer, type Gazetteer } from '../../reference/gazetteer.ts';
import { gazetteerKey } from '../../text/fold.ts';
import { isLargePlace } from '../name-runs.ts';

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

/** One sentence as the place rules read it. */
interface Reader extends SentenceReader {
  isPlace: (i: number) => boolean;
  place: (loc: number, parent: number, base: number) => void;
}

export function locatedIn(C: Ctx, s: Sent, A: At, add: Add): void {
  let places = false;
  for (const i of A.mis) if (typeOf(C, i) === 'Location') places = true;
  if (!places) return;
  const R: Reader = {
    ...sentenceReader(C, s, A),
    isPlace: (i) => !C.ms[i].adjective && (typeOf(C, i) === 'Country' || typeOf(C, i) === 'Location'),
    place: (loc, parent, base) => {
      const conf = placeConfidence(C, loc, parent, base);
      if (conf !== null) add('LOCATED_IN', loc, parent, s.index, conf);
    },
  };
  for (const mi of A.mis) {
    const m = C.ms[mi];
    if (typeOf(C, mi) !== 'Location' || m.adjective) continue;
    const k = parentAfter(R, mi);
    addressAfter(R, mi);
    headBefore(R, mi);
    inTheCountry(R, mi, k);
    amongTheOnesBefore(R, mi);
    countrysCity(R, mi);
  }
}

/**
 * The confidence of a place in a parent, or null when reference data rules it out. The place's country (the
 * gazetteers' best reading of its name) first, then every reading of the name. A large place elsewhere is a
 * contradiction that drops the reading ("Oslo i Sverige"); a small one weakens it, as a place may share its name with
 * a village elsewhere ("vulkanen Mayon på Filippinene": the best Mayon is in Russia).
 */
function placeConfidence(C: Ctx, loc: number, parent: number, base: number): number | null {
  const r = refPlaces(C, loc, parent);
  if (r < 0 && isLargePlace(C.ents[loc].name)) return null;
  const isCountry = C.ents[parent].type === 'Country';
  if (r > 0) return Math.max(base, isCountry ? 0.9 : 0.85);
  const g = gazPlaces(C, loc, parent);
  if (g > 0) return Math.max(base, isCountry ? 0.85 : 0.8);
  return g < 0 || r < 0 ? base * 0.6 : base;
}

/**
 * "Kaunas i Litauen", "Grensen midt i Oslo", "Arbil, nord i Irak", "Woodland Hills, som ligg i Los Angeles fylke",
 * "Beirut, hovudstaden i Libanon", "vulkanen Agung på Bali". Gives the token where the parent's preposition stands.
 */
function parentAfter(R: Reader, mi: number): number {
  const { C, A, W, t, lt, isPlace, place } = R;
  const m = C.ms[mi];
  const loc = C.of[mi];
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
  const head = apposition(R, mi);
  if (head !== null) {
    k = head;
    base = 0.85;
  }
  let dirs = 0;
  while (dirs < 2 && W.directions.has(lt(k))) {
    k++;
    dirs++;
  }
  if (dirs) base = Math.max(base, 0.75);
  if (lt(k) === 'i') {
    // "i det østlige Ukraina": a part of the place named by a direction
    const at = /^(det|den)$/.test(lt(k + 1)) && W.directions.has(lt(k + 2)) ? k + 3 : k + 1;
    const o = startingAt(A, at, isPlace);
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
  return k;
}

/**
 * "Beirut, hovudstaden i Libanon", "Gaziantep, ein by sør i Tyrkia", "Minsk, Hviterusslands hovedstad": a place
 * head in apposition. With its country as owner the place is placed here (null); else the token after the head.
 */
function apposition(R: Reader, mi: number): number | null {
  const { C, A, W, t, lt, place } = R;
  const m = C.ms[mi];
  if (t(m.end) !== ',') return null;
  let j = m.end + 1;
  if (/^(en|ein|ei|et|eit|den|det)$/.test(lt(j))) j++;
  const owner = startingAt(A, j, (i) => typeOf(C, i) === 'Country' && (C.ms[i].genitive || Boolean(C.ms[i].adjective)));
  if (owner !== undefined) j = C.ms[owner].end;
  for (let a = 0; a < 2 && /^\p{Ll}+$/u.test(t(j) ?? '') && !W.placeHeads.has(lt(j)); a++) j++;
  if (!W.placeHeads.has(lt(j))) return null;
  if (owner === undefined) return j + 1;
  place(C.of[mi], C.of[owner], 0.85);
  return null;
}

/** "Uvalde, Texas": a parent after a comma, as addresses are written, when the gazetteers confirm it. */
function addressAfter({ C, A, t, lt, isPlace, place }: Reader, mi: number): void {
  const m = C.ms[mi];
  const loc = C.of[mi];
  if (t(m.end) !== ',') return;
  const o = startingAt(A, m.end + 1, isPlace);
  if (o !== undefined && C.of[o] !== loc && gazPlaces(C, loc, C.of[o]) > 0 && !/^(og|eller)$/.test(lt(C.ms[o].end))) place(loc, C.of[o], 0.6);
}

/** "den tyske byen Köln", "Kasakhstans største by Almaty", "i den ukrainske hovudstaden Kyiv", "hovudstaden Kyiv". */
function headBefore({ C, A, W, t, lt, place }: Reader, mi: number): void {
  const m = C.ms[mi];
  const loc = C.of[mi];
  const head = lt(m.start - 1);
  if (!W.placeHeads.has(head)) return;
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

/** "Donetsk og Luhansk lengst aust i landet": the country last named, when reference data puts the place there. */
function inTheCountry({ C, s, A, t, lt, place }: Reader, mi: number, k: number): void {
  if (lt(k) !== 'i' || !/^(landet|riket)$/.test(lt(k + 1))) return;
  const m = C.ms[mi];
  const c = lastCountryBefore(C, s.index, m.start);
  if (c === null) return;
  const sure = (x: number) => refPlaces(C, x, c) > 0 || (refPlaces(C, x, c) === 0 && gazPlaces(C, x, c) > 0);
  if (sure(C.of[mi])) place(C.of[mi], c, 0.6);
  if (t(m.start - 1) === 'og') {
    const prev = endingAt(A, m.start - 1, (i) => typeOf(C, i) === 'Location' && !C.ms[i].adjective);
    if (prev !== undefined && sure(C.of[prev])) place(C.of[prev], c, 0.55);
  }
}

/** "i den kurdiske delen av Irak, mellom anna i Qandil-fjella": a place among those of the one before. */
function amongTheOnesBefore({ C, A, t, lt, isPlace, place }: Reader, mi: number): void {
  const m = C.ms[mi];
  const j = m.start - (/^(i|på)$/.test(lt(m.start - 1)) ? 2 : 1);
  if (!/^(anna|annet)$/.test(lt(j)) || !/^(mellom|blant)$/.test(lt(j - 1)) || t(j - 2) !== ',') return;
  const y = endingAt(A, j - 2, isPlace);
  if (y !== undefined && C.of[y] !== C.of[mi] && /^(i|på|av)$/.test(lt(C.ms[y].start - 1))) place(C.of[mi], C.of[y], 0.6);
}

/** "i landets største by Almaty": the country the text is about just before. */
function countrysCity({ C, s, lt, place }: Reader, mi: number): void {
  const m = C.ms[mi];
  const before = [lt(m.start - 4), lt(m.start - 3), lt(m.start - 2)];
  if (!before.includes('landets') || !/^(by|byen|hovedstad|hovudstad|hovedstaden|hovudstaden)$/.test(lt(m.start - 1))) return;
  const c = lastCountryBefore(C, s.index, m.start);
  if (c !== null) place(C.of[mi], c, 0.7);
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
