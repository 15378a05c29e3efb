// Capitalised runs that no reference record names: their extent (particles, an organisation or place head noun
// after them, "Den norske ...", a coordination of compounds), and their type from evidence. Evidence, in order:
// name heads (Norwegian word formation: "Sinjar-fjella", "Tollunionen"; name words of other languages: "Crystal
// Lake"), the words around the name (place nouns, locative prepositions and constructions, titles, speech verbs,
// an indefinite article or an event noun before it), given names, and last the NER tagger. A person needs person
// evidence (a given name, a title, a speech verb, the tagger's PER, a surname the article uses for a person); a
// name with no evidence of any type, an event or a work is left out rather than typed by default.
import type { EntityType } from './types.ts';
import { loadGazetteer, type Gazetteer } from '../reference/gazetteer.ts';
import { isAllCaps, isCap, isPunct, type Sent } from './text.ts';
import { endsIn, hasOrgHead, isPlaceHeadAfter, isTitleWord, mk, type Mention, type SpotContext, type Step, type Tags } from './mention.ts';

interface Typed {
  type: EntityType | null; // null: no entity
  strong: boolean;
  why: string;
}

const typed = (type: EntityType | null, strong: boolean, why: string): Typed => ({ type, strong, why });

/**
 * "Kontroll- og konstitusjonskomiteen": a coordination of compounds is one name, typed by the head of its last
 * part; the truncated first part ("Kontroll-") is never a name of its own ("Nord- og Sør-Korea" leaves Sør-Korea).
 */
function coordinatedCompound(ctx: SpotContext, s: Sent, toks: string[], i: number): Step {
  const last = toks[i + 2] ?? '';
  if (/^(og|eller)$/.test(toks[i + 1] ?? '') && /^\p{L}+$/u.test(last) && !ctx.ref.lookup(last).length) {
    const t: EntityType | null = hasOrgHead(ctx, last) ? 'Organisation' : endsIn(ctx.words.placeHeads, last, 0) ? 'Location' : null;
    if (t) {
      const m = mk(s, i, i + 3, t, 'caps', true);
      m.why = 'coordinated compound';
      return { mentions: [m], next: i + 3 };
    }
  }
  return { mentions: [], next: i + 1 };
}

/** "Den norske Helsingforskomité": a capitalised article mid-sentence opens a name. */
function articleOpened(ctx: SpotContext, s: Sent, toks: string[], i: number): Step | null {
  let k = i + 1;
  while (k < toks.length && k < i + 5 && /^\p{Ll}+$/u.test(toks[k]) && !isPunct(toks[k])) {
    if (hasOrgHead(ctx, toks[k])) break;
    k++;
  }
  if (k < toks.length && (isCap(toks[k]) || hasOrgHead(ctx, toks[k]))) {
    let j = k + 1;
    while (j < toks.length && isCap(toks[j]) && !isPunct(toks[j])) j++;
    return { mentions: [mk(s, i, j, 'Organisation', 'caps', true)], next: j };
  }
  return null;
}

/** A sentence's first word that opens no name: a title before a name, an ordinary word, a definite title. */
function initialNoName(ctx: SpotContext, toks: string[], i: number): boolean {
  const ref = ctx.ref;
  // "Forskaren Kari Nordvik": a capitalised title opening the sentence is not part of the name
  // ("Debutant Lars Petter Sveen" too: a word before a full name), but a name's own first word stays when a given
  // name alone follows it ("Micheál Martin": Martin is the surname there)
  const ordinary = (w: string) => isTitleWord(ctx, w) || ref.commonWords.has(w.toLowerCase());
  const fullNameAfter = isCap(toks[i + 2] ?? '') && !isPunct(toks[i + 2] ?? '');
  if (isCap(toks[i + 1] ?? '') && (isTitleWord(ctx, toks[i]) || (ref.givenNames.has(toks[i + 1]) && !ref.givenNames.has(toks[i]) && (ordinary(toks[i]) || fullNameAfter)))) return true;
  // a sentence-initial ordinary word is a name only as a given name before another capitalised word ("Per Olsen");
  // a name may still follow ("Storebror Henrik")
  const w = toks[i];
  if (ref.commonWords.has(w.toLowerCase()) && !(ref.givenNames.has(w) && isCap(toks[i + 1] ?? '') && !isPunct(toks[i + 1] ?? ''))) return true;
  // "Advokaten seier ...": a title in its definite form opening a sentence is a common noun
  return isTitleWord(ctx, toks[i]) && /(en|et|a|ane|ene)$/.test(toks[i]) && !isCap(toks[i + 1] ?? '');
}

/** Where the run of capitalised words from i ends, and the lower-case rest of a final hyphen compound. */
function runExtent(ctx: SpotContext, toks: string[], i: number, initial: boolean): { j: number; suffix?: string } {
  const ref = ctx.ref;
  let j = i;
  while (j < toks.length) {
    const t = toks[j];
    // "Eksport Noreg-saka": a hyphen compound ends the name, its lower-case rest is not part of it
    const hy = j > i ? /^(\p{Lu}[\p{L}]*)-(\p{Ll}+)$/u.exec(t) : null;
    if (hy) return { j: j + 1, suffix: hy[2] };
    // an all-caps word that is an ordinary word ends the run, except in a name written in capitals ("OLA NORDMANN")
    const capsWord = j > i && isAllCaps(t) && ref.commonWords.has(t.toLowerCase()) && !(isAllCaps(toks[i]) && isGiven(ctx, toks[i]));
    if (isCap(t) && !isPunct(t) && !/^\p{Lu}\p{Ll}*-\p{Ll}/u.test(t) && !capsWord) {
      // a country inside a run of capitals ends the run, unless it ends an organisation's name ("Eksport Noreg")
      if (j > i && ref.lookup(t).some((h) => h.kind === 'country')) {
        const lastWord = !isCap(toks[j + 1] ?? '') || isPunct(toks[j + 1] ?? '');
        if (!lastWord || ref.givenNames.has(toks[i]) || initial) break;
      }
      j++;
      continue;
    }
    // "Ursula von der Leyen", "Charles de Gaulle": particles inside a name, before a capitalised part
    if (j > i && ctx.words.particles.has(t)) {
      let q = j;
      while (q < toks.length && ctx.words.particles.has(toks[q])) q++;
      if (q - j <= 3 && isCap(toks[q] ?? '') && !isPunct(toks[q] ?? '')) {
        j = q;
        continue;
      }
    }
    break;
  }
  return { j };
}

export function capsRun(ctx: SpotContext, s: Sent, toks: string[], tags: Tags, i: number, initial: boolean, before?: Mention): Step | null {
  const ref = ctx.ref;
  // all-caps words that are ordinary words: a caption's label ("TALER TIL FOLKET:")
  if (isAllCaps(toks[i]) && ref.commonWords.has(toks[i].toLowerCase())) return null;
  if (/\d/.test(toks[i])) return null;
  if (/\p{L}-$/u.test(toks[i])) return coordinatedCompound(ctx, s, toks, i);
  if (['Den', 'Det', 'De', 'Dei'].includes(toks[i]) && !initial) return articleOpened(ctx, s, toks, i);
  if (initial && initialNoName(ctx, toks, i)) return null;
  const extent = runExtent(ctx, toks, i, initial);
  const { suffix } = extent;
  let { j } = extent;
  if (j === i) return null;
  // the numeral of a broadcaster's name: "TV 2"
  if (j - i === 1 && /^\d$/.test(toks[j] ?? '') && isAllCaps(toks[i])) j++;
  const head = suffix ? null : headAfter(ctx, toks, i, j);
  const end = head?.end ?? j;
  let res: Typed | null = head?.typed ?? null;
  // a run wholly inside «» is a title of a work, not a name
  if (toks[i - 1] === '«' && toks[end] === '»') return { mentions: [], next: end };
  // typed without the rest of a final compound: "Eksport Noreg" of "Eksport Noreg-saka"
  const named = suffix ? [...toks.slice(0, j - 1), toks[j - 1].slice(0, -suffix.length - 1), ...toks.slice(j)] : toks;
  res ??= typeRun(ctx, s, named, tags, i, j, initial, before);
  if (!res.type) {
    // a name with no evidence may still be one of a list whose other names say what it is ("fylka X, Y og Z"):
    // kept untyped until the coordination is read, then dropped if nothing typed it
    if (res.why !== 'no evidence' || initial) return { mentions: [], next: end };
    const u = mk(s, i, end, 'Location', 'caps', false);
    u.untyped = true;
    return { mentions: [u], next: end };
  }
  const m = mk(s, i, end, res.type, 'caps', res.strong);
  m.why = res.why;
  if (res.why === 'tagger' && res.type === 'Person' && end - i === 1) m.tentative = true;
  if (suffix) {
    m.suffix = suffix;
    const stem = toks[j - 1].slice(0, -suffix.length - 1);
    m.text = [...toks.slice(i, j - 1), stem].join(' ');
    m.form = m.text;
  }
  return { mentions: [m], next: end };
}

// The gazetteers of `npm run build:reference`: committed, loaded once by the loader; a failure is an error.
const gazetteer = (): Gazetteer => loadGazetteer();

/**
 * What the gazetteers read a name as: 'place' when it is a place there (spelt so, not a common word) and no
 * person's name, 'person' when it is a person's name (a surname or given name alone; a given name first in a
 * longer name) and no place, null when they know it as both or neither.
 */
function gazetteerReading(span: string[]): 'place' | 'person' | null {
  const g = gazetteer();
  if (!g) return null;
  const name = span.join(' ');
  const place = g.place(name).some((p) => p.exact && !p.common && p.kind !== 'airport' && p.kind !== 'airbase');
  let person: boolean;
  if (span.length === 1) {
    const n = g.name(name);
    person = !!n && !n.common && (n.surname || !!n.given);
    // news names a person alone by surname, seldom by given name: a large place beats a given name ("Kyiv", "London")
    if (person && place && !n?.surname && isLargePlace(name)) return 'place';
  } else {
    const n = g.name(span[0]);
    person = !!n && !n.common && !!n.given;
  }
  if (place && !person) return 'place';
  if (person && !place) return 'person';
  return null;
}

/**
 * A head noun after the name: "Sørøst politidistrikt", "Telemark bataljonen" (organisations), "Telemark fylke",
 * "Bergen lufthamn Flesland" (places); not after a genitive ("Regjeringens handlekraft" is the government's, not a
 * body's name), though a known place ending in s is none ("Los Angeles fylke").
 */
function headAfter(ctx: SpotContext, toks: string[], i: number, j: number): { end: number; typed: Typed } | null {
  const genitive = /s$/.test(toks[j - 1]) && !isKnownPlace(toks.slice(i, j).join(' '));
  if (j >= toks.length || isCap(toks[j]) || genitive) return null;
  if (hasOrgHead(ctx, toks[j])) return { end: j + 1, typed: typed('Organisation', true, 'org head after') };
  if (!isPlaceHeadAfter(ctx, toks[j])) return null;
  const named = toks[j + 1] ?? '';
  const end = isCap(named) && !isPunct(named) && !ctx.ref.lookup(named).length ? j + 2 : j + 1;
  return { end, typed: typed('Location', true, 'place head after') };
}

/** A name the place gazetteers know as written, and not as an ordinary word. */
function isKnownPlace(name: string): boolean {
  return gazetteer()
    .place(name)
    .some((p) => p.exact && !p.common);
}

/** Cities of LARGE_CITY people or more, regions and countries: places far likelier meant than a body of the same name. */
const LARGE_CITY = 100_000;
export function isLargePlace(name: string): boolean {
  return gazetteer()
    .place(name)
    .some((p) => p.exact && !p.common && (p.kind === 'country' || p.kind === 'admin1' || p.kind === 'subdivision' || (p.kind === 'city' && (p.population ?? 0) >= LARGE_CITY)));
}

/** A given name, also written in capitals ("KARI" in a byline). */
function isGiven(ctx: SpotContext, w: string): boolean {
  return ctx.ref.givenNames.has(w) || (w.length > 1 && isAllCaps(w) && ctx.ref.givenNames.has(w[0] + w.slice(1).toLowerCase()));
}

function tagType(getTags: Tags, i: number, end: number): EntityType | 'NONE' | 'OTHER' | null {
  const tags = getTags();
  if (!tags) return null;
  const counts: Record<string, number> = {};
  for (let k = i; k < end; k++) {
    const t = tags[k].replace(/^[BI]-/, '');
    counts[t] = (counts[t] ?? 0) + 1;
  }
  // a tie goes to the last token's type, the head of a name ("Paris Hilton": LOC PER)
  const lastType = tags[end - 1].replace(/^[BI]-/, '');
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1] || (b[0] === lastType ? 1 : 0) - (a[0] === lastType ? 1 : 0))[0][0];
  if (best === 'PER') return 'Person';
  if (best === 'ORG' || best === 'GPE_ORG') return 'Organisation';
  if (best === 'LOC' || best === 'GPE_LOC') return 'Location';
  return best === 'O' ? 'NONE' : 'OTHER';
}

/** A lower-case word before a name, skipping the capitalised words of a name just before it ("operasjonen Northern Shield"). */
function wordBefore(toks: string[], i: number): string {
  let k = i - 1;
  while (k >= 0 && isCap(toks[k]) && !isPunct(toks[k])) k--;
  return (toks[k] ?? '').toLowerCase();
}

/** "et EM", "en C17 Hercules", "Et russiskprodusert Iljusjin": an indefinite article, at most two words before. */
function afterArticle(ctx: SpotContext, toks: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k];
    if (ctx.words.articles.has(t.toLowerCase())) return k === i - 1 || !/^(av|for|til|som)$/.test(toks[k + 1]);
    // adjectives and type numbers between the article and the name
    if (!(/^\p{Ll}+$/u.test(t) && /(e|t|sk|ig|lig|ert|et)$/.test(t)) && !/\d/.test(t)) return false;
    if (ctx.words.locPreps.has(t) || ctx.words.locPrepsStrong.has(t)) return false;
  }
  return false;
}

// evidence from the words around a name or its shape, which a capitalised common noun opening a sentence has
// too ("Demonstrantene krever", "Episenteret til ..."): there the tagger must see a name
const CONTEXTUAL = new Set(['speech', 'speech, tagger org', 'org head', 'place head', 'locative', 'place of', 'body i X', 'title i X', 'genitive title']);

function typeRun(ctx: SpotContext, s: Sent, toks: string[], tags: Tags, i: number, end: number, initial: boolean, before?: Mention): Typed {
  const r = typeFromEvidence(ctx, s, toks, tags, i, end, initial, before);
  if (initial && end - i === 1 && r.type && CONTEXTUAL.has(r.why) && tagType(tags, i, end) === 'NONE') return typed(null, false, 'initial common noun');
  return r;
}

function typeFromEvidence(ctx: SpotContext, s: Sent, toks: string[], tags: Tags, i: number, end: number, initial: boolean, before?: Mention): Typed {
  const ref = ctx.ref;
  const W = ctx.words;
  const span = toks.slice(i, end);
  // a single letter alone is no name ("plan B"); a party code in brackets is read before this
  if (span.length === 1 && span[0].length === 1) return typed(null, false, 'letter');
  // "Norsk", "Politisk" alone ("i Politisk kvarter", a programme): an adjective is no name without the rest of one
  if (span.length === 1 && (W.orgFirst.has(span[0]) || (/(sk|ig|lig)$/.test(span[0]) && ref.commonWords.has(span[0].toLowerCase())))) return typed(null, false, 'adjective');
  // "forskningsleder Volker Oye i Norsar", "Tom Hugo i Keiino": a person's place of work is an organisation
  // ... but a large place stays a place: "Sergej Lavrov i Milano"
  if (before && before.type === 'Person' && before.end === i - 1 && toks[i - 1] === 'i' && end - i <= 3) {
    return isLargePlace(span.join(' ')) ? typed('Location', true, 'person i large place') : typed('Organisation', true, 'person i X');
  }
  // "Noresjø, som er fylkesleiar i ...": a title in apposition makes a person
  if (toks[end] === ',' && toks[end + 1] === 'som' && /^(er|var)$/.test(toks[end + 2] ?? '') && isTitleWord(ctx, toks[end + 3] ?? '')) return typed('Person', true, 'som er title');
  const last = span[span.length - 1];
  const prev = (toks[i - 1] ?? '').toLowerCase();
  const prev2 = (toks[i - 2] ?? '').toLowerCase();
  const next = toks[end] ?? '';
  let tagCache: ReturnType<typeof tagType> | undefined;
  const tagged = () => (tagCache !== undefined ? tagCache : (tagCache = tagType(tags, i, end)));
  const firstName = span[0].split('-')[0];
  const given = isGiven(ctx, firstName);
  // "Strategic Airlift Capability (SAC)": a name defined by an acronym is an organisation
  if (toks[end] === '(' && isAllCaps(toks[end + 1] ?? '') && toks[end + 2] === ')' && span.length > 1 && !given) {
    const party = ref.lookup(toks[end + 1]).some((h) => h.kind === 'organisation' && h.organisation.category === 'party');
    if (!party) return typed('Organisation', true, 'acronym');
  }
  // events, operations, works and things: "brannen Ridge Fire", "operasjonen X", "Øyafestivalen", "et EM"
  if (endsIn(W.eventNouns, wordBefore(toks, i)) || W.foreignEvent.has(last) || (endsIn(W.eventHeads, last) && !given)) return typed(null, false, 'event');
  if (afterArticle(ctx, toks, i)) return typed(null, false, 'indefinite article');
  // name heads: "Tollunionen", "Fagforbundet", "Norsk Folkehjelp"; "Idlibprovinsen", "Crystal Lake"
  // a given name and a surname that is a head noun itself ("Bjørn Kraft") are a person
  const surnameHead = given && span.length >= 2 && !span.slice(0, -1).some((w) => hasOrgHead(ctx, w) || W.orgFirst.has(w)) && ctx.words.orgHeads.includes(last.toLowerCase());
  if (!surnameHead && (span.some((w) => hasOrgHead(ctx, w)) || (span.length > 1 && span.some((w) => W.orgFirst.has(w))) || (span.length > 1 && W.foreignOrg.has(last)))) {
    return typed('Organisation', true, 'org head');
  }
  if (!given && (endsIn(W.placeHeads, last) || (span.length > 1 && W.foreignPlace.has(last)))) return typed('Location', true, 'place head');
  if (span.length === 1 && isAllCaps(span[0])) {
    if (span[0].length > 6) return typed(null, false, 'long acronym');
    const tg = tags();
    if (tg && /EVT|PROD|MISC/.test(tg[i])) return typed(null, false, 'tagger other');
    return typed('Organisation', true, 'acronym shape');
  }
  // "fylka X, Y og Z", "vulkanen X", "naboøya X"
  if (endsIn(W.placeNouns, prev)) return typed('Location', true, 'place noun');
  // the gazetteers (npm run build:reference) as evidence: a whole multi-word name that is a known place and no
  // person's name ("San Diego"), a first word that is a given name there ("Gavin Newsom")
  const gz = span.length >= 2 ? gazetteerReading(span) : null;
  if (gz === 'place') return typed('Location', false, 'gazetteer place');
  if (span.length >= 2 && (given || gz === 'person')) return typed('Person', true, 'given name');
  if (isTitleWord(ctx, toks[i - 1] ?? '') && !/s$/.test(toks[i - 1] ?? '')) return typed('Person', true, 'title');
  const speech = (): Typed => (tagged() === 'Organisation' ? typed('Organisation', true, 'speech, tagger org') : typed('Person', true, 'speech'));
  if (W.speech.has(prev)) return speech();
  if (span.length === 1 && given && !initial) return typed('Person', true, 'given name');
  // the name is a genitive before a noun ("i Solbergs regjering", "på Mercallis skala"): the preposition governs the noun
  const genitive = /s$/.test(last) && /^\p{Ll}/u.test(next);
  // "Pentagons talsperson": an institution's title
  if (genitive && isTitleWord(ctx, next) && span.length === 1) return typed('Organisation', false, 'genitive title');
  // locatives: "nord for X", "nær X", "ordføraren i X", "brannvesenet i X", "i X"; but "styret i X", "leiar i X" name a body
  if (!genitive) {
    const compass = prev === 'for' && W.compass.has(prev2);
    if (compass || W.locPrepsStrong.has(prev)) return typed('Location', true, 'locative');
    if (W.locPreps.has(prev)) {
      if (W.placeOf.has(prev2)) return typed('Location', true, 'place of');
      const prev2Word = /^\p{Ll}/u.test(toks[i - 2] ?? '') || i === 2; // lower case, or opening the sentence
      if (prev === 'i' && prev2Word && (isTitleWord(ctx, prev2) || W.orgOf.has(prev2))) return typed('Organisation', true, 'title i X');
      if (prev === 'i' && /^\p{Ll}+$/u.test(toks[i - 2] ?? '') && (hasOrgHead(ctx, prev2) || W.lowerOrgs.has(prev2))) return typed('Location', true, 'body i X');
    }
  }
  // a one-word name the gazetteers know as a place only or as a person's name only ("Juba"; "Vedum")
  if (span.length === 1 && !initial) {
    const r = gazetteerReading(span);
    if (r === 'place') return typed('Location', false, 'gazetteer place');
    if (r === 'person') return typed('Person', false, 'gazetteer name');
  }
  if (!genitive) {
    if (W.locPreps.has(prev)) {
      const tg = tagged();
      if (tg === 'Organisation') return typed('Organisation', false, 'locative, tagger org');
      // "stemte på X", "venta på X": a person may follow "på", so the tagger's PER stands there
      if (tg === 'Person' && prev === 'på') return typed('Person', false, 'tagger, på');
      if (tg !== 'OTHER') return typed('Location', false, 'locative');
    }
  }
  // a speech verb after the name, which no preposition governs: "Dale forteller"
  if (W.speech.has(next.toLowerCase())) return speech();
  const tg = tagged();
  if (!given && endsIn(W.placeHeadsWeak, last) && tg !== 'Person') return typed('Location', false, 'place head');
  // an event, a product or a work ("Eurovision Song Contest", "Globemaster")
  if (tg === 'OTHER') return typed(null, false, 'tagger other');
  if (tg === 'NONE' || tg === null) {
    // the tagger sees no name (or there is none): keep only runs that look like full personal names
    if (span.length >= 2 && span.length <= 4 && !initial) return typed('Person', false, 'name shape');
    return typed(null, false, 'no evidence');
  }
  return typed(tg, false, 'tagger');
}
