import { createHash } from 'node:crypto';
import { loadReference } from '../server/reference/index.ts';
import { entityKeys, slug } from '../server/resolve/names.ts';
import { GIVEN, orgName, personName, placeName, SECTIONS, SOURCES, TITLES } from './names.ts';
import { loadCorpus } from './ingest.ts';
import { rng, zipf } from './util.ts';

// The shape of a large graph before it is written: which entities exist, and which ones each article
// names. Articles name a few hubs (Norway, the big organisations) and a long tail of people named once or
// twice, as news does. Texts are made later, one batch at a time, from these choices.

export type Label = 'Person' | 'Organisation' | 'Country' | 'Location';

export interface Entity {
  id: string;
  label: Label;
  name: string;
  aliases: string[];
  reference: boolean; // written by the product's own reference seeding
  country: string | null;
  mentionCount: number;
}

export interface ArticlePlan {
  entities: number[]; // indices into Plan.entities, in order of appearance
  counts: number[]; // times each is named (MENTIONS.count)
  statements: number; // how many quotes
  roles: number[]; // entities (people) that get a HAS_ROLE from this article
}

export interface Plan {
  entities: Entity[];
  articles: ArticlePlan[];
  statements: number;
  byLabel: Record<Label, number>;
}

// Countries in the order a Norwegian newsroom names them; the rest follow.
const COUNTRY_RANK = ['NO', 'US', 'RU', 'SE', 'UA', 'CN', 'DK', 'GB', 'DE', 'FR', 'FI', 'IL', 'PS', 'IR', 'AF', 'SY', 'PL', 'IT', 'ES', 'TR', 'IN', 'JP', 'KZ', 'BY'];

/** Splits a node budget into the model's node kinds, about as the product's own writes make them. */
export function makePlan(nodes: number, seed = 42): Plan {
  const ref = loadReference();
  const random = rng(seed);
  const countries: Entity[] = [...ref.countries]
    .sort((a, b) => rank(a.code) - rank(b.code))
    .map((c) => ({ id: `country:${c.code}`, label: 'Country', name: c.name, aliases: [], reference: true, country: c.code, mentionCount: 0 }));
  const refOrgs: Entity[] = ref.organisations.map((o) => ({
    id: `org:${o.id}`, label: 'Organisation', name: o.name, aliases: [], reference: true, country: o.country ?? null, mentionCount: 0,
  }));
  const rest = Math.max(1_000, nodes - countries.length - refOrgs.length);
  const nArticles = Math.round(rest * 0.18);
  const nStatements = Math.round(rest * 0.27);
  const nPersons = Math.round(rest * 0.42);
  const nOrgs = Math.max(0, Math.round(rest * 0.08) - refOrgs.length);
  const nPlaces = rest - nArticles - nStatements - nPersons - nOrgs - refOrgs.length;

  const seen = new Set<string>([...countries, ...refOrgs].map((e) => e.id));
  const make = (label: Label, count: number, name: (i: number) => { name: string; aliases: string[]; country?: string | null }) => {
    const out: Entity[] = [];
    for (let i = 0; out.length < count; i++) {
      const n = name(i);
      const id = `${label === 'Organisation' ? 'org' : label.toLowerCase()}:${slug(n.name)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, label, name: n.name, aliases: n.aliases, reference: false, country: n.country ?? null, mentionCount: 0 });
    }
    return out;
  };
  const orgs = [...refOrgs, ...make('Organisation', nOrgs, (i) => ({ name: orgName(i), aliases: [] }))];
  const persons = make('Person', nPersons, (i) => {
    const p = personName(i);
    return { name: p.name, aliases: i % 2 ? [p.surname] : [] };
  });
  const places = make('Location', nPlaces, (i) => {
    return { name: placeName(i), aliases: [], country: random() < 0.7 ? 'NO' : COUNTRY_RANK[1 + Math.floor(random() * 10)] };
  });
  const entities = [...countries, ...orgs, ...persons, ...places];
  const base = { Country: 0, Organisation: countries.length, Person: countries.length + orgs.length, Location: countries.length + orgs.length + persons.length };

  // Each article names the next few "fresh" entities of each kind (so every entity is named at least
  // once) and some popular ones drawn from a Zipf distribution (so hubs are named thousands of times).
  const pick = {
    Country: zipf(countries.length, 1.3, random),
    Organisation: zipf(orgs.length, 1.0, random),
    Person: zipf(persons.length, 1.0, random),
    Location: zipf(places.length, 1.0, random),
  };
  const fresh = (i: number, total: number) => Math.floor(((i + 1) * total) / nArticles) - Math.floor((i * total) / nArticles);
  const cursor = { Organisation: refOrgs.length, Person: 0, Location: 0 };
  const articles: ArticlePlan[] = [];
  let statements = 0;
  for (let i = 0; i < nArticles; i++) {
    const chosen = new Set<number>();
    const add = (label: Label, index: number) => chosen.add(base[label] + index);
    for (let k = fresh(i, nOrgs); k > 0; k--) add('Organisation', cursor.Organisation++);
    if (random() < 0.8) add('Organisation', pick.Organisation());
    const firstFreshPerson = cursor.Person;
    for (let k = fresh(i, nPersons); k > 0; k--) add('Person', cursor.Person++);
    if (random() < 0.6) add('Person', pick.Person());
    add('Country', pick.Country());
    if (random() < 0.5) add('Country', pick.Country());
    if (random() < 0.2) add('Country', pick.Country());
    for (let k = fresh(i, nPlaces); k > 0; k--) add('Location', cursor.Location++);
    if (random() < 0.5) add('Location', pick.Location());
    const list = [...chosen];
    const counts = list.map(() => 1 + Math.floor(random() * 3));
    list.forEach((e, k) => (entities[e].mentionCount += counts[k]));
    // Statement nodes are shared out so that their total matches the budget.
    const n = Math.floor(((i + 1) * nStatements) / nArticles) - Math.floor((i * nStatements) / nArticles);
    statements += n;
    const roles = firstFreshPerson < cursor.Person && random() < 0.25 ? [base.Person + firstFreshPerson] : [];
    articles.push({ entities: list, counts, statements: n, roles });
  }
  return {
    entities,
    articles,
    statements,
    byLabel: { Country: countries.length, Organisation: orgs.length, Person: persons.length, Location: places.length },
  };
}

function rank(code: string): number {
  const i = COUNTRY_RANK.indexOf(code);
  return i < 0 ? COUNTRY_RANK.length : i;
}

export function entityProps(e: Entity) {
  const keys = entityKeys(e.label, [e.name, ...e.aliases]);
  return {
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    keys,
    // As REFRESH_SEARCH_FIELDS derives them.
    keysText: keys.map((k) => ` ${k}`).join(''),
    searchText: e.aliases.map((a) => ` | ${a}`).join(''),
    reference: false,
    mentionCount: e.mentionCount,
    country: e.country,
  };
}

const QUOTES = [
  'Dette er en krevende situasjon for alle parter', 'Vi må ta dette på største alvor', 'Jeg er glad for at vi har kommet til enighet',
  'Det er for tidlig å si noe om konsekvensene', 'Vi har jobbet lenge for å få dette på plass', 'Dette kommer ikke som noen overraskelse',
  'Vi følger utviklingen nøye', 'Her har myndighetene et stort ansvar', 'Det viktigste nå er å finne gode løsninger', 'Jeg forstår at mange er bekymret',
];
const LINKS = [
  (a: string, b: string) => `${a} møtte ${b} tirsdag for å diskutere saken.`,
  (a: string, b: string) => `Ifølge ${a} har ${b} økt innsatsen det siste året.`,
  (a: string, b: string) => `Både ${a} og ${b} har kommentert utspillet.`,
  (a: string, b: string) => `${a} viser til tall fra ${b}.`,
  (a: string, b: string) => `Saken har vakt oppmerksomhet hos ${a} og i ${b}.`,
];

// Real paragraphs from the corpus pad each body to about the corpus' article length (some 1.5 KB),
// since the neighbourhood reads whole article nodes and the full-text index covers their text.
let filler: string[] | undefined;
function paragraphs(): string[] {
  filler ??= loadCorpus().bases.flatMap((b) => b.text.split(/\n\s*\n/).slice(1)).map((p) => p.trim()).filter((p) => p.length > 120);
  return filler;
}

export interface ArticleRows {
  article: Record<string, unknown>;
  statements: { id: string; text: string; sentence: string; articleId: string; speaker: string | null; about: string[] }[];
  sentences: string[]; // sentence k joins entities k and k+1
}

/** One article's text and statements, the same every time for the same index. */
export function articleRows(plan: Plan, i: number): ArticleRows {
  const random = rng(1_000_003 * (i + 1));
  const es = plan.articles[i].entities.map((e) => plan.entities[e]);
  const id = `article:${createHash('sha1').update(`bench-${i}`).digest('hex').slice(0, 20)}`;
  const sentences = es.slice(0, -1).map((e, k) => LINKS[(i + k) % LINKS.length](e.name, es[k + 1].name));
  const people = es.filter((e) => e.label === 'Person' || e.label === 'Organisation');
  const statements = [];
  for (let k = 0; k < plan.articles[i].statements; k++) {
    const speaker = people.length ? people[(k + i) % people.length] : null;
    const text = `${QUOTES[(i + k * 3) % QUOTES.length]}${k ? '' : `, og ${es[0].name} vet det`}`;
    const sentence = `– ${text}, sier ${speaker?.name ?? 'en kilde'}.`;
    const about = es.filter((e) => e !== speaker).slice(k, k + 2).map((e) => e.id);
    statements.push({ id: `statement:${createHash('sha1').update(`${id}|${k}`).digest('hex').slice(0, 20)}`, text, sentence, articleId: id, speaker: speaker?.id ?? null, about });
  }
  const pad = paragraphs();
  const extra = [0, 1, 2, 3, 4].map((k) => pad[(i * 7 + k * 101) % pad.length]);
  const body = [...sentences, ...extra, ...statements.map((s) => s.sentence)].join('\n\n');
  const year = 2015 + (i % 10);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = random() < 0.4 ? String(1 + Math.floor(random() * 28)).padStart(2, '0') : null;
  const hash = createHash('sha256').update(body).digest('hex');
  const title = `${es[0]?.name ?? 'Nyheter'}: ${GIVEN[i % GIVEN.length]} ${TITLES[i % TITLES.length]} ${i}`;
  return {
    article: {
      id, title, text: `${title}\n\n${body}`,
      date: day ? `${year}-${month}-${day}` : `${year}-${month}`,
      datePrecision: day ? 'day' : 'month',
      dateFrom: `${year}-${month}-${day ?? '01'}`,
      dateTo: `${year}-${month}-${day ?? '28'}`,
      section: SECTIONS[i % SECTIONS.length],
      source: SOURCES[Math.floor(random() * SOURCES.length)],
      contentHash: hash,
      fingerprint: body.toLowerCase().split(/\s+/).slice(0, 40).join(' '),
    },
    statements,
    sentences,
  };
}
