// Capitalised runs that no reference record names: their extent (particles, an organisation head noun after
// them, "Den norske ..."), and their type from name shape, context words and, last, the NER tagger.
import type { EntityType } from './types.ts';
import { isAllCaps, isCap, isPunct, type Sent } from './text.ts';
import { hasOrgHead, isTitleWord, mk, type Mention, type SpotContext, type Step, type Tags } from './spot.ts';

export function capsRun(ctx: SpotContext, s: Sent, toks: string[], tags: Tags, i: number, initial: boolean, before?: Mention): Step | null {
  const ref = ctx.ref;
  // a sentence-initial ordinary word is a name only as a given name before another capitalised word ("Per Olsen")
  const commonInitial = (w: string) =>
    ref.commonWords.has(w.toLowerCase()) && !(ref.givenNames.has(w) && isCap(toks[i + 1] ?? '') && !isPunct(toks[i + 1] ?? ''));
  // all-caps words that are ordinary words: a caption's label ("TALER TIL FOLKET:")
  if (isAllCaps(toks[i]) && ref.commonWords.has(toks[i].toLowerCase())) return null;
  if (/\d/.test(toks[i])) return null;
  let j = i;
  // "Den norske Helsingforskomité": a capitalised article mid-sentence opens a name
  if (['Den', 'Det', 'De', 'Dei'].includes(toks[i]) && !initial) {
    let k = i + 1;
    while (k < toks.length && k < i + 5 && /^\p{Ll}+$/u.test(toks[k]) && !isPunct(toks[k])) {
      if (hasOrgHead(ctx, toks[k]) || /(komité|komiteen|union|unionen|forbund|råd|rådet|parti|partiet|stiftelse|stiftinga)$/.test(toks[k])) break;
      k++;
    }
    if (k < toks.length && (isCap(toks[k]) || hasOrgHead(ctx, toks[k]) || /(komité|union|råd|parti|stiftelse)/.test(toks[k]))) {
      j = k + 1;
      while (j < toks.length && isCap(toks[j]) && !isPunct(toks[j])) j++;
      return { mentions: [mk(s, i, j, 'Organisation', 'caps', true)], next: j };
    }
    return null;
  }
  // "Forskaren Kari Nordvik": a capitalised title opening the sentence is not part of the name
  if (initial && isCap(toks[i + 1] ?? '') && (isTitleWord(ctx, toks[i]) || (ref.givenNames.has(toks[i + 1]) && !ref.givenNames.has(toks[i])))) return null;
  if (initial && commonInitial(toks[i])) {
    // sentence-initial ordinary word; a name may still follow ("Storebror Henrik")
    return null;
  }
  while (j < toks.length) {
    const t = toks[j];
    if (isCap(t) && !isPunct(t) && !/^\p{Lu}\p{Ll}*-\p{Ll}/u.test(t) && !(j > i && isAllCaps(t) && ref.commonWords.has(t.toLowerCase()))) {
      // a gazetteer name inside a run of capitals ends the run ("Erik Lunde (Oslo)" is cut by punctuation anyway)
      if (j > i && ref.lookup(t).some((h) => h.kind === 'country')) break;
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
  if (j === i) return null;
  // the numeral of a broadcaster's name: "TV 2"
  if (j - i === 1 && /^\d$/.test(toks[j] ?? '') && isAllCaps(toks[i])) j++;
  let end = j;
  // an organisation head noun after the name: "Sørøst politidistrikt", "Telemark bataljonen"
  let type: EntityType | null = null;
  let strong = false;
  if (end < toks.length && !isCap(toks[end]) && hasOrgHead(ctx, toks[end])) {
    end++;
    type = 'Organisation';
    strong = true;
  }
  const span = toks.slice(i, end);
  // a run wholly inside «» is a title of a work, not a name
  if (toks[i - 1] === '«' && toks[end] === '»') return { mentions: [], next: end };
  if (!type) ({ type, strong } = typeRun(ctx, s, toks, tags, i, end, initial, before));
  if (!type) return { mentions: [], next: end };
  void span;
  return { mentions: [mk(s, i, end, type, 'caps', strong)], next: end };
}

function tagType(getTags: Tags, i: number, end: number): EntityType | 'NONE' | 'OTHER' | null {
  const tags = getTags();
  if (!tags) return null;
  const counts: Record<string, number> = {};
  for (let k = i; k < end; k++) {
    const t = tags[k].replace(/^[BI]-/, '');
    counts[t] = (counts[t] ?? 0) + 1;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  if (best === 'PER') return 'Person';
  if (best === 'ORG' || best === 'GPE_ORG') return 'Organisation';
  if (best === 'LOC' || best === 'GPE_LOC') return 'Location';
  return best === 'O' ? 'NONE' : 'OTHER';
}

function typeRun(ctx: SpotContext, s: Sent, toks: string[], tags: Tags, i: number, end: number, initial: boolean, before?: Mention): { type: EntityType | null; strong: boolean } {
  const ref = ctx.ref;
  // "forskningsleder Volker Oye i Norsar", "Tom Hugo i Keiino": a person's place of work is an organisation
  if (before && before.type === 'Person' && before.end === i - 1 && toks[i - 1] === 'i' && end - i <= 3) return { type: 'Organisation', strong: true };
  // "Noresjø, som er fylkesleiar i ...": a title in apposition makes a person
  if (toks[end] === ',' && toks[end + 1] === 'som' && /^(er|var)$/.test(toks[end + 2] ?? '') && isTitleWord(ctx, toks[end + 3] ?? '')) return { type: 'Person', strong: true };
  const span = toks.slice(i, end);
  const prev = (toks[i - 1] ?? '').toLowerCase();
  const next = (toks[end] ?? '').toLowerCase();
  let tagCache: ReturnType<typeof tagType> | undefined;
  const tagged = () => (tagCache !== undefined ? tagCache : (tagCache = tagType(tags, i, end)));
  const firstName = span[0].split('-')[0];
  // "Strategic Airlift Capability (SAC)": a name defined by an acronym is an organisation
  if (toks[end] === '(' && isAllCaps(toks[end + 1] ?? '') && toks[end + 2] === ')' && span.length > 1 && !ref.givenNames.has(firstName)) {
    const party = ref.lookup(toks[end + 1]).some((h) => h.kind === 'organisation' && h.organisation.category === 'party');
    if (!party) return { type: 'Organisation', strong: true };
  }
  if (span.some((w) => ctx.words.orgFirst.has(w) || hasOrgHead(ctx, w))) return { type: 'Organisation', strong: true };
  if (span.length === 1 && isAllCaps(span[0])) {
    if (span[0].length > 6) return { type: null, strong: false };
    const tg = tags();
    if (tg && /EVT|PROD|MISC/.test(tg[i])) return { type: null, strong: false };
    return { type: 'Organisation', strong: true };
  }
  if (ctx.words.placeNouns.has(prev)) return { type: 'Location', strong: true };
  if (span.length >= 2 && ref.givenNames.has(firstName)) return { type: 'Person', strong: true };
  if (isTitleWord(ctx, toks[i - 1] ?? '') && !/s$/.test(toks[i - 1] ?? '')) return { type: 'Person', strong: true };
  if (ctx.words.speech.has(prev) || ctx.words.speech.has(next)) {
    return { type: tagged() === 'Organisation' ? 'Organisation' : 'Person', strong: true };
  }
  if (span.length === 1 && ref.givenNames.has(span[0]) && !initial) return { type: 'Person', strong: true };
  // an event, a product or a work ("Eurovision Song Contest", "Globemaster")
  const tg = tagged();
  if (tg === 'OTHER') return { type: null, strong: false };
  if (tg === 'NONE') {
    // the tagger sees no name: keep only runs that look like full personal names
    if (span.length >= 2 && span.length <= 4 && !initial) return { type: 'Person', strong: false };
    return { type: null, strong: false };
  }
  if (tg) return { type: tg, strong: false };
  if (initial) return { type: null, strong: false };
  if (ctx.ref.lexicon.locPrepositions.includes(prev) && span.length === 1) return { type: 'Location', strong: false };
  return { type: 'Person', strong: false };
}
