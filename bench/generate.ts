import { applyConstraints } from '../server/store/constraints.ts';
import { migrateEvidence } from '../server/store/migrate-evidence.ts';
import { BATCHED_JOB, type Store } from '../server/store/store.ts';
import { backfillEntityStats } from '../server/write/entity-stats.ts';
import { seedReference } from '../server/write/reference.ts';
import { graphCounts } from './ingest.ts';
import { articleRows, entityProps, makePlan, type Plan } from './model.ts';
import { rng, secondsSince } from './util.ts';

// Fills a database with a graph of the product's own model (labels, keys, search fields, evidence of
// relationships) by UNWIND batches, and picks the search terms and ids the latency runs ask for.

export interface Workload {
  terms: string[];
  entityIds: string[];
  hubIds: string[];
  articleIds: string[];
}

export interface Generated {
  seconds: number;
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  workload: Workload;
}

const REL = (type: string) => `
  UNWIND $rows AS r
  MATCH (s:Node {id: r.s})
  MATCH (t:Node {id: r.t})
  CREATE (s)-[x:${type}]->(t)
  SET x = r.p`;

interface Support {
  p: { articleIds: string[]; sentences: string[]; reference: boolean; weight?: number; weights?: number[]; title?: string };
}

export async function generate(store: Store, nodes: number, progress: (msg: string) => void): Promise<Generated> {
  const t0 = process.hrtime.bigint();
  await applyConstraints(store);
  await seedReference(store); // reference countries and organisations, as the server writes them
  const plan = makePlan(nodes);
  const write = (q: string, rows: unknown[], size = 5_000) => writeRows(store, q, rows, size);

  for (const label of ['Organisation', 'Person', 'Location'] as const) {
    const rows = plan.entities.filter((e) => e.label === label && !e.reference).map(entityProps);
    await write(`UNWIND $rows AS r CREATE (n:Node:Entity:${label}) SET n = r`, rows, 10_000);
    progress(`${label}: ${rows.length}`);
  }
  const refCounts = plan.entities.filter((e) => e.reference).map((e) => ({ id: e.id, c: e.mentionCount }));
  await write('UNWIND $rows AS r MATCH (n:Node {id: r.id}) SET n.mentionCount = r.c', refCounts);

  // Text relationships gather their support over all articles before they are written once.
  const cooccurs = new Map<string, Support & { s: string; t: string }>();
  const roles: (Support & { s: string; t: string })[] = [];
  const troops = new Map<string, Support & { s: string; t: string }>();
  const firstArticle = new Map<number, { id: string; sentence: string }>();
  const random = rng(7);
  const BATCH = 1_000;
  for (let from = 0; from < plan.articles.length; from += BATCH) {
    type Row = { s: string; t: string; p: Record<string, unknown> };
    const articles: Record<string, unknown>[] = [];
    const statements: Record<string, unknown>[] = [];
    const [mentions, ins, said, about, dupes]: Row[][] = [[], [], [], [], []];
    for (let i = from; i < Math.min(plan.articles.length, from + BATCH); i++) {
      const a = plan.articles[i];
      const r = articleRows(plan, i);
      const id = r.article.id as string;
      articles.push(r.article);
      a.entities.forEach((e, k) => {
        const ent = plan.entities[e];
        mentions.push({ s: id, t: ent.id, p: { count: a.counts[k], forms: [ent.name], adjectiveOnly: false } });
        if (!firstArticle.has(e)) firstArticle.set(e, { id, sentence: r.sentences[Math.max(0, k - 1)] ?? r.article.title as string });
      });
      for (const st of r.statements) {
        statements.push({ id: st.id, text: st.text, sentence: st.sentence, articleId: id });
        ins.push({ s: st.id, t: id, p: {} });
        if (st.speaker) said.push({ s: st.speaker, t: st.id, p: {} });
        for (const e of st.about) about.push({ s: st.id, t: e, p: {} });
      }
      r.sentences.forEach((sentence, k) => {
        const [x, y] = [plan.entities[a.entities[k]].id, plan.entities[a.entities[k + 1]].id].sort();
        const key = `${x}|${y}`;
        const c = cooccurs.get(key) ?? { s: x, t: y, p: { articleIds: [], sentences: [], reference: false, weight: 0, weights: [] } };
        c.p.articleIds.push(id);
        c.p.sentences.push(sentence);
        c.p.weights!.push(1);
        c.p.weight! += 1;
        cooccurs.set(key, c);
      });
      for (const person of a.roles) {
        const target = a.entities.map((e) => plan.entities[e]).find((e) => e.label === 'Organisation' || e.label === 'Country');
        if (target) roles.push({ s: plan.entities[person].id, t: target.id, p: { articleIds: [id], sentences: [r.sentences[0] ?? ''], reference: false, title: 'leder' } });
      }
      const countries = a.entities.map((e) => plan.entities[e]).filter((e) => e.label === 'Country');
      if (countries.length > 1 && random() < 0.01) {
        const key = `${countries[0].id}|${countries[1].id}`;
        const t = troops.get(key) ?? { s: countries[0].id, t: countries[1].id, p: { articleIds: [], sentences: [], reference: false } };
        t.p.articleIds.push(id);
        t.p.sentences.push(r.sentences[0] ?? '');
        troops.set(key, t);
      }
      if (i > 0 && random() < 0.02) dupes.push({ s: id, t: (articles[articles.length - 2]?.id ?? articleRows(plan, i - 1).article.id) as string, p: {} });
    }
    await store.write(async (tx) => {
      await tx.run('UNWIND $rows AS r CREATE (n:Node:Article) SET n = r, n.loadedAt = datetime()', { rows: articles });
      await tx.run('UNWIND $rows AS r CREATE (n:Node:Statement) SET n = r', { rows: statements });
    });
    await write(REL('MENTIONS'), mentions);
    await write(REL('IN'), ins);
    await write(REL('SAID'), said);
    await write(REL('ABOUT'), about);
    await write(REL('NEAR_DUPLICATE_OF'), dupes);
    if ((from / BATCH) % 10 === 9) progress(`articles: ${from + BATCH}/${plan.articles.length} (${secondsSince(t0).toFixed(0)} s)`);
  }
  progress(`co-occurrences: ${cooccurs.size}`);
  await write(REL('CO_OCCURS'), [...cooccurs.values()], 2_000);
  await write(REL('HAS_ROLE'), roles);
  await write(REL('SENDS_TROOPS_TO'), [...troops.values()]);
  const located = plan.entities.flatMap((e, i) => {
    const first = firstArticle.get(i);
    return e.label === 'Location' && e.country && first
      ? [{ s: e.id, t: `country:${e.country}`, p: { articleIds: [first.id], sentences: [first.sentence], reference: false } }]
      : [];
  });
  await write(REL('LOCATED_IN'), located);
  progress('filing evidence');
  return finish(store, t0, plan, progress);
}

/** The support gathered as lists becomes Evidence nodes, by the migration an older graph gets at start-up. */
async function finish(store: Store, t0: bigint, plan: Plan, progress: (msg: string) => void): Promise<Generated> {
  await migrateEvidence(store);
  // The figures the server keeps per entity on every write, filled in as its start-up does for an older graph.
  progress(`entity figures filled in: ${await backfillEntityStats(store)}; waiting for indexes`);
  const session = store.driver.session({ database: store.database });
  await session.run('CALL db.awaitIndexes(1800)', {}, BATCHED_JOB).finally(() => session.close());
  const counts = await graphCounts(store);
  return { seconds: secondsSince(t0), ...counts, byLabel: { ...plan.byLabel, Article: plan.articles.length, Statement: plan.statements }, workload: workload(plan) };
}

async function writeRows(store: Store, query: string, rows: unknown[], size: number): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await store.write((tx) => tx.run(query, { rows: chunk }));
  }
}

/** What users would ask: names whole, surnames, misspelt, half-typed; ids of entities, hubs, articles. */
export function workload(plan: Plan, seed = 99): Workload {
  const random = rng(seed);
  const any = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const of = (label: string) => plan.entities.filter((e) => e.label === label);
  const persons = of('Person');
  const orgs = of('Organisation');
  const countries = of('Country').slice(0, 60);
  const places = of('Location');
  const misspell = (s: string) => {
    const i = 1 + Math.floor(random() * Math.max(1, s.length - 2));
    return s.slice(0, i) + (s[i] === 'e' ? 'a' : s[i] === 'j' ? 'y' : 'e') + s.slice(i + 1);
  };
  const terms: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const x = random();
    const p = any(persons);
    const surname = p.name.split(' ').at(-1)!;
    if (x < 0.35) terms.push(p.name);
    else if (x < 0.55) terms.push(surname);
    else if (x < 0.7) terms.push(misspell(surname));
    else if (x < 0.8) terms.push((random() < 0.5 ? surname : any(orgs).name).slice(0, 4 + Math.floor(random() * 3)));
    else if (x < 0.9) terms.push(any(orgs).name);
    else if (x < 0.95) terms.push(any(countries).name);
    else terms.push(any(places).name);
  }
  const entities = plan.entities;
  const entityIds = Array.from({ length: 2_000 }, () => any(entities).id);
  const hubIds = [...entities].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 20).map((e) => e.id);
  const articleIds = Array.from({ length: 500 }, () => articleRows(plan, Math.floor(random() * plan.articles.length)).article.id as string);
  return { terms, entityIds, hubIds, articleIds };
}
