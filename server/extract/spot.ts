// Entity spotting: finds the spans that name something, and a first guess of what they name.
// Signals, strongest first: reference data (gazetteers), name-shape rules (capitalised runs, organisation head
// nouns, acronyms, given names), context words (titles, speech verbs, place nouns), and the NER tagger's tags.
import type { EntityType } from './types.ts';
import type { RefHit } from '../reference/index.ts';
import { isAllCaps, isCap, isPunct, type Sent, type TextLayout } from './text.ts';
import { getTagger } from './tagger.ts';
import { stripGenitive } from './names.ts';
import { capsRun } from './name-runs.ts';
import { loadGazetteer } from '../reference/gazetteer.ts';
import { endsIn, hasOrgHead, isPlaceHeadAfter, joinTokens, mk, namesOfHit, type Mention, type SpotContext, type Step, type Tags } from './mention.ts';

/** First token of a sentence, or after an opening dash, quote or colon: capitalised whatever it is. */
function sentenceInitial(s: Sent, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = s.tokens[j].text;
    if (/^[–—«"(:-]$/.test(t)) return true;
    return false;
  }
  return true;
}

const refType = (h: RefHit): EntityType => (h.kind === 'country' ? 'Country' : 'Organisation');

function bestHit(hits: RefHit[], written?: string): RefHit {
  // the record whose name is written exactly so ("AP" the agency, "Ap" the party) comes first
  if (written) {
    const exact = hits.filter((h) => namesOfHit(h).some((n) => n === written || n + 's' === written));
    if (exact.length) hits = exact;
  }
  // a country outranks a place of the same name; an organisation outranks a place ("Norwegian" vs nothing)
  return hits.find((h) => h.kind === 'country') ?? hits.find((h) => h.kind === 'organisation') ?? hits[0];
}

export function spot(ctx: SpotContext, L: TextLayout): Mention[] {
  const out: Mention[] = [];
  const tagger = getTagger();
  for (const s of L.sents) {
    const toks = s.tokens.map((t) => t.text);
    // The tagger reads one sentence, and only one with a name the rules cannot type: it is the slowest signal.
    // Tagging the whole article with tagDocument (as `kg ner` is measured) would halve extraction's speed.
    let cached: string[] | null | undefined;
    const tags: Tags = () => (cached !== undefined ? cached : (cached = tagger ? tagger.tag(toks) : null));
    let i = 0;
    const from = out.length;
    while (i < toks.length) {
      const last = out.at(-1);
      const m = spotAt(ctx, s, toks, tags, i, last && last.sent === s.index ? last : undefined);
      if (m) {
        out.push(...m.mentions);
        i = m.next;
      } else i++;
    }
    if (out.length - from > 1) coordinate(toks, out, from);
    for (let k = from; k < out.length; k++) {
      if (!out[k].untyped) continue;
      // drop what the coordination left untyped, keeping the others in order
      let w = k;
      for (let r = k; r < out.length; r++) if (!out[r].untyped) out[w++] = out[r];
      out.length = w;
      break;
    }
  }
  return out;
}

/** Mentions a coordination joins: only ",", "og", "eller", "samt" (or ", og") between them. */
function coordinated(toks: string[], a: Mention, b: Mention): boolean {
  const gap = b.start - a.end;
  if (gap === 1) return /^(,|og|eller|samt)$/.test(toks[a.end]);
  return gap === 2 && toks[a.end] === ',' && /^(og|eller)$/.test(toks[a.end + 1]);
}

const typeClass = (t: EntityType) => (t === 'Country' || t === 'Location' ? 'Location' : t);

/**
 * Names in one coordination are of one type: "fylka Aranda, Belomar og San Teodoro", "Ukraina, Vestmark,
 * Aust-Tavria og Moldova". A list after a place noun is a list of places; otherwise the members vote
 * (reference records and rule-typed names twice, the tagger's guesses once, countries with places), and the
 * weakly typed members take the type of a clear majority of two members at least. Names without evidence take
 * part untyped (they vote for nothing).
 */
function coordinate(toks: string[], ms: Mention[], from: number): void {
  const chainable = (m: Mention) => !m.adjective && !m.suffix;
  let a = from;
  while (a < ms.length) {
    let b = a;
    while (b + 1 < ms.length && chainable(ms[b]) && chainable(ms[b + 1]) && coordinated(toks, ms[b], ms[b + 1])) b++;
    if (b > a) {
      const chain = ms.slice(a, b + 1);
      let type: EntityType | null = null;
      if (chain[0].why === 'place noun') type = 'Location';
      else {
        const votes = new Map<EntityType, number>();
        const members = new Map<EntityType, number>();
        for (const m of chain) {
          if (m.untyped) continue;
          const w = m.ref || m.strong ? 2 : 1;
          votes.set(typeClass(m.type), (votes.get(typeClass(m.type)) ?? 0) + w);
          members.set(typeClass(m.type), (members.get(typeClass(m.type)) ?? 0) + 1);
        }
        const total = [...votes.values()].reduce((x, y) => x + y, 0);
        // a majority of two members at least: "Stoltenberg og Ap" is a person and a party
        for (const [t, v] of votes) if (v * 2 > total && (members.get(t) ?? 0) >= 2) type = t;
      }
      if (type) {
        for (const m of chain) {
          if (m.ref || m.strong || (typeClass(m.type) === type && !m.untyped)) continue;
          m.type = type;
          m.untyped = false;
          m.strong = true;
          m.why = 'coordination';
          m.tentative = false;
        }
      }
    }
    a = b + 1;
  }
}

/** The longest reference name starting at token i. */
function gazetteerAt(ctx: SpotContext, s: Sent, toks: string[], i: number): { end: number; hits: RefHit[] } | null {
  const pw = ctx.ref.prefixWords(toks[i]);
  if (pw === 0) return null;
  // names with a hyphen-split first word ("Helse- og ...") take a token or two more than words
  const max = Math.min(pw + 2, toks.length - i);
  for (let len = max; len >= 1; len--) {
    const span = toks.slice(i, i + len);
    if (span.some((t) => isPunct(t) && t !== '-' && t !== '&' && t !== '.')) continue;
    const name = joinTokens(span);
    const first = span[0];
    if (isCap(first)) {
      const hits = ctx.ref.lookup(name);
      // a one-word hit must be written as the reference writes it (case), except for its first letter
      if (hits.length && (len > 1 || caseFits(ctx, name))) return { end: i + len, hits };
    } else {
      // lower-case: only names the reference itself writes in lower case, or long multi-word names
      const exact = ctx.ref.lookupExact(name);
      if (exact.length) return { end: i + len, hits: exact };
      if (len >= 3) {
        const hits = ctx.ref.lookup(name);
        if (hits.length) return { end: i + len, hits };
      }
    }
  }
  return null;
}

/**
 * A longer run of capitalised words from i that the place gazetteers know ("Los Angeles", not the genitive "LOs";
 * "San Diego"): that name is read whole, by the name rules, instead of the shorter reference name inside it.
 */
function placeOutruns(toks: string[], i: number, end: number): boolean {
  const g = loadGazetteer();
  for (let len = Math.min(4, toks.length - i); len > end - i; len--) {
    const span = toks.slice(i, i + len);
    if (!span.every((t) => isCap(t) && !isPunct(t))) continue;
    if (g.place(span.join(' ')).some((p) => p.exact && !p.common)) return true;
  }
  return false;
}

function caseFits(ctx: SpotContext, w: string): boolean {
  if (ctx.ref.lookupExact(w).length) return true;
  // "NATOs" / "Natos" / "NATO-landene": an acronym may be written all caps or capitalised
  const lower = w.toLowerCase();
  return ctx.ref.lookup(w).some((h) => {
    const names = namesOfHit(h);
    return names.some((n) => n.toLowerCase() === lower.replace(/s$/, '') || n.toLowerCase() === lower) && (isCap(w));
  });
}

/** A party code after a name: "Erna Solberg (H)". */
function partyCode(ctx: SpotContext, s: Sent, toks: string[], i: number): Step | null {
  const w = toks[i];
  if (toks[i - 1] !== '(' || toks[i + 1] !== ')' || !/^\p{Lu}\p{Ll}?$/u.test(w)) return null;
  const party = ctx.ref.partyByCode(w);
  if (!party) return null;
  const hit: RefHit = { kind: 'organisation', organisation: party };
  return { mentions: [mk(s, i, i + 1, 'Organisation', 'gazetteer', true, hit)], next: i + 1 };
}

/**
 * A reference name at i (ending at g.end), or the longer name it opens: a place's party branch ("Nordland KrF"),
 * a body named after it ("Telemark tingrett", "Kinas kommunistiske parti", "KrFs valkomité"), a place of its own
 * ("Telemark fylke"), or a name of its own ("Manchester United").
 */
function referenceStep(ctx: SpotContext, s: Sent, toks: string[], tags: Tags, i: number, g: { end: number; hits: RefHit[] }, initial: boolean, before?: Mention): Step {
  const end = g.end;
  const hit = bestHit(g.hits, joinTokens(toks.slice(i, g.end)));
  const type = refType(hit);
  // a place followed by a party: its local branch ("Nordland KrF"); a place or name followed by an
  // organisation head noun: an organisation of its own ("Telemark tingrett", "Sørlandet sykehus")
  const nextHits = end < toks.length && isCap(toks[end]) ? ctx.ref.lookup(toks[end]) : [];
  if (type === 'Location' && nextHits.some((h) => h.kind === 'organisation' && h.organisation.category === 'party')) {
    return { mentions: [mk(s, i, end + 1, 'Organisation', 'caps', true)], next: end + 1 };
  }
  // a one-word place that a capitalised word no reference knows follows opens a longer name, typed as a
  // name of its own: "Manchester United", "Haukeland Universitetssykehus" (an organisation only before a head)
  if ((type === 'Location' || (type === 'Organisation' && hasOrgHead(ctx, toks[end] ?? ''))) && end === i + 1 && end < toks.length && isCap(toks[end]) && !isPunct(toks[end]) && !nextHits.length && !/-$/.test(toks[end]) && !(isAllCaps(toks[end]) && ctx.ref.commonWords.has(toks[end].toLowerCase()))) {
    const run = capsRun(ctx, s, toks, tags, i, initial, before);
    if (run && run.next > end && run.mentions.length) return run;
  }
  if (end < toks.length && !isCap(toks[end]) && hasOrgHead(ctx, toks[end]) && type !== 'Organisation') {
    return { mentions: [mk(s, i, end + 1, 'Organisation', 'caps', true)], next: end + 1 };
  }
  if (type !== 'Organisation' && /s$/.test(toks[end - 1])) {
    // "Kinas kommunistiske parti": a place's genitive, name adjectives (-ske, -ale, -ære, not "nye") and an
    // organisation head noun name a body
    let k = end;
    while (k < end + 2 && /^\p{Ll}{3,}(ske|ale|ære)$/u.test(toks[k] ?? '') && !hasOrgHead(ctx, toks[k])) k++;
    if (k > end && /^\p{Ll}+$/u.test(toks[k] ?? '') && hasOrgHead(ctx, toks[k])) {
      const m = mk(s, i, k + 1, 'Organisation', 'caps', true);
      m.why = 'genitive org';
      return { mentions: [m], next: k + 1 };
    }
  }
  if (type === 'Location' && end < toks.length && isPlaceHeadAfter(ctx, toks[end])) {
    // "Telemark fylke", "Bergen lufthamn Flesland": a place of its own, named after the known one
    let e2 = end + 1;
    if (isCap(toks[e2] ?? '') && !isPunct(toks[e2]) && !ctx.ref.lookup(toks[e2]).length) e2++;
    const m = mk(s, i, e2, 'Location', 'caps', true);
    m.why = 'place head after';
    return { mentions: [m], next: e2 };
  }
  if (end < toks.length && type === 'Organisation' && /s$/.test(toks[end - 1]) && !isCap(toks[end]) && hasOrgHead(ctx, toks[end])) {
    // "KrFs valkomité": an organisation's own body
    return { mentions: [mk(s, i, end + 1, 'Organisation', 'caps', true)], next: end + 1 };
  }
  // sentence-initial common words that happen to be names ("Man", "Venstre side") need a capital inside
  const m = mk(s, i, end, type, 'gazetteer', true, hit);
  return { mentions: [m], next: end };
}

/** Hyphen compounds: "Nato-landet", "LO-leder", "Kasakhstanske-styrker", "NHO-bedrifter". */
function hyphenStep(ctx: SpotContext, s: Sent, i: number, head: string, tail: string): Step | null {
  const hits = isCap(head) ? ctx.ref.lookup(head) : [];
  if (hits.length && (caseFits(ctx, head))) {
    const hit = bestHit(hits);
    const m = mk(s, i, i + 1, refType(hit), 'prefix', true, hit);
    m.text = head;
    m.form = stripGenitive(head, true).form;
    m.suffix = tail;
    return { mentions: [m], next: i + 1 };
  }
  const adj = ctx.ref.countryByAdjective(head);
  if (adj) return { mentions: [adjMention(ctx, s, i, head)], next: i + 1 };
  // a name no reference knows with a head noun after the hyphen names a place or a body: "Sinjar-fjella",
  // "Zahrani-elva", "Wagner-gruppen"; an event or a case is no entity ("INF-avtalen")
  if (isCap(head) && !/\d/.test(head) && !isAllCaps(head)) {
    const named = (type: EntityType, why: string): Step => {
      const m = mk(s, i, i + 1, type, 'caps', true);
      m.why = why;
      return { mentions: [m], next: i + 1 };
    };
    if (endsIn(ctx.words.eventHeads, tail, 0)) return null;
    if (endsIn(ctx.words.placeHeads, tail, 0)) return named('Location', 'place head');
    if (hasOrgHead(ctx, tail)) return named('Organisation', 'org head');
  }
  return null;
}

/** A lower-case word: a person's unit after a name, a coordination of compounds, or a lower-case organisation. */
function lowerCaseStep(ctx: SpotContext, s: Sent, toks: string[], i: number, before?: Mention): Step | null {
  const w = toks[i];
  // "leder Øyvind Aas i driftsenhet Buskerud": a person's unit, a common noun and a name
  if (before && before.type === 'Person' && before.end === i - 1 && toks[i - 1] === 'i' && /^\p{Ll}{4,}$/u.test(w) && isCap(toks[i + 1] ?? '') && !isPunct(toks[i + 1] ?? '') && !ctx.ref.lookup(toks[i + 1]).some((h) => h.kind === 'organisation' || h.kind === 'country')) {
    return { mentions: [mk(s, i, i + 2, 'Organisation', 'caps', true)], next: i + 2 };
  }
  const lw = w.toLowerCase();
  // "helse- og omsorgsdepartementet": a coordination of compounds is one name, never its last part alone
  if (/^\p{Ll}+-$/u.test(w) && /^(og|eller)$/.test(toks[i + 1] ?? '') && /^\p{Ll}/u.test(toks[i + 2] ?? '')) {
    const last = toks[i + 2];
    if (ctx.words.departments.some((d) => last.endsWith(d))) {
      return { mentions: [mk(s, i, i + 3, 'Organisation', 'lowercase', false)], next: i + 3 };
    }
    return { mentions: [], next: i + 3 };
  }
  if (ctx.words.lowerOrgs.has(lw) || ctx.words.departments.some((d) => lw.length > d.length + 2 && lw.endsWith(d))) {
    return { mentions: [mk(s, i, i + 1, 'Organisation', 'lowercase', false)], next: i + 1 };
  }
  // "Helse- og omsorgsdepartementet" with a lower-case first part is rare; lower-case words are not names
  return null;
}

function spotAt(ctx: SpotContext, s: Sent, toks: string[], tags: Tags, i: number, before?: Mention): Step | null {
  const w = toks[i];
  if (isPunct(w)) return null;
  const initial = sentenceInitial(s, i);
  const party = partyCode(ctx, s, toks, i);
  if (party) return party;
  // "Universitetssykehuset i Nord-Norge", "Universitetet i Bergen": an organisation word, i, a place
  if (isCap(w) && ctx.words.orgFirst.has(w) && !['Den', 'Det', 'De', 'Dei'].includes(w) && toks[i + 1] === 'i' && isCap(toks[i + 2] ?? '')) {
    const g = gazetteerAt(ctx, s, toks, i);
    if (!g || g.end <= i + 1) return { mentions: [mk(s, i, i + 3, 'Organisation', 'caps', true)], next: i + 3 };
  }
  const g = gazetteerAt(ctx, s, toks, i);
  if (g && !placeOutruns(toks, i, g.end)) return referenceStep(ctx, s, toks, tags, i, g, initial, before);
  const hy = /^([\p{L}]+)-(\p{Ll}[\p{L}-]*)$/u.exec(w);
  if (hy) return hyphenStep(ctx, s, i, hy[1], hy[2]);
  // country adjectives and demonyms: "russiske styrker", "svenskane"
  if (!isCap(w) || initial) {
    const c = ctx.ref.countryByAdjective(w);
    if (c) return { mentions: [adjMention(ctx, s, i, w)], next: i + 1 };
  }
  if (!isCap(w)) return lowerCaseStep(ctx, s, toks, i, before);
  // a compound of a known name and an ordinary word: "Natoland", "Natoalliansen"
  const comp = compoundPrefix(ctx, w);
  if (comp) {
    const m = mk(s, i, i + 1, refType(comp.hit), 'prefix', true, comp.hit);
    m.text = comp.head;
    m.form = comp.head;
    m.suffix = comp.tail;
    return { mentions: [m], next: i + 1 };
  }
  return capsRun(ctx, s, toks, tags, i, initial, before);
}

function compoundPrefix(ctx: SpotContext, w: string): { head: string; tail: string; hit: RefHit } | null {
  if (w.length < 6 || /-/.test(w)) return null;
  for (let k = Math.min(w.length - 3, 8); k >= 2; k--) {
    const head = w.slice(0, k);
    const tail = w.slice(k);
    if (!/^\p{Ll}{3,}$/u.test(tail) || !ctx.ref.commonWords.has(tail)) continue;
    const hits = ctx.ref.lookupExact(head).filter((h) => h.kind === 'organisation');
    if (hits.length) return { head, tail, hit: hits[0] };
  }
  return null;
}

function adjMention(ctx: SpotContext, s: Sent, i: number, word: string): Mention {
  const c = ctx.ref.countryByAdjective(word)!;
  const hit: RefHit = { kind: 'country', country: c, via: 'adjective' };
  const m = mk(s, i, i + 1, 'Country', 'adjective', true, hit);
  m.adjective = true;
  m.text = word;
  m.form = c.name;
  return m;
}
