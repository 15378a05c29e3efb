import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../server/extract/index.ts';
import { layout } from '../server/extract/text.ts';
import { ingestPipeline, prepare } from '../server/ingest.ts';
import { parseArticle, type ArticleInput } from '../server/parse/article.ts';
import type { Store } from '../server/store/store.ts';
import { writeBatch } from '../server/write/batch.ts';
import { orgName, personName, SOURCES, TITLES } from './names.ts';
import { timedStore } from './profile.ts';
import { rng, secondsSince, zipf } from './util.ts';

// Ingest and extraction throughput over distinct articles made from the development corpus.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = [path.resolve(ROOT, '../shared/corpus/dev'), path.join(ROOT, 'seeds/articles')];

interface Base {
  file: string;
  text: string;
  persons: string[][]; // each person's forms, as the gold file lists them
}

export function loadCorpus(): { dir: string; bases: Base[] } {
  const dir = CORPUS.find((d) => fs.existsSync(d) && fs.readdirSync(d).some((f) => f.endsWith('.txt')));
  if (!dir) throw new Error(`No article texts in ${CORPUS.join(' or ')}`);
  const bases = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const gold = path.join(dir, file.replace(/\.txt$/, '.gold.json'));
      const entities: { type: string; name: string; aliases?: string[] }[] = fs.existsSync(gold)
        ? JSON.parse(fs.readFileSync(gold, 'utf8')).entities ?? []
        : [];
      const persons = entities.filter((e) => e.type === 'Person').map((e) => [e.name, ...(e.aliases ?? [])]);
      return { file, text: fs.readFileSync(path.join(dir, file), 'utf8'), persons };
    });
  return { dir, bases };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Swaps every person the gold file names for another one, consistently in all their forms. */
function substitute(text: string, persons: string[][], pick: () => number): string {
  const map = new Map<string, string>();
  for (const forms of persons) {
    const full = forms.find((f) => f.includes(' ')) ?? forms[0];
    const parts = full.split(/\s+/);
    const other = personName(pick());
    for (const form of forms) {
      if (map.has(form)) continue;
      if (form.includes(' ')) map.set(form, other.name);
      else map.set(form, form === parts[0] && parts.length > 1 ? other.given : other.surname);
    }
  }
  if (map.size === 0) return text;
  const alternatives = [...map.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?=s?(?![\\p{L}\\p{N}]))`, 'gu');
  return text.replace(re, (m) => map.get(m) ?? m);
}

/**
 * n distinct articles: corpus texts with their people swapped for others from a pool of a few thousand
 * (popular ones recur, so resolution has work to do), a closing quote by someone new, and varied dates
 * and sources.
 */
export function makeArticles(n: number, seed = 1): ArticleInput[] {
  const { bases } = loadCorpus();
  const random = rng(seed);
  const pick = zipf(3_000, 0.9, random);
  const orgs = zipf(300, 1.1, random);
  const out: ArticleInput[] = [];
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length];
    // Each article's closing speaker is new, so no two texts are the same.
    const speaker = personName(100_000 + seed * 1_000_003 + i);
    const title = TITLES[Math.floor(random() * TITLES.length)];
    const quote = `\n\n– Vi følger saken tett, sier ${speaker.name}, ${title} i ${orgName(orgs())}.\n`;
    const year = 2015 + Math.floor(random() * 10);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const date = random() < 0.6 ? `${year}-${month}` : `${year}-${month}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    out.push({
      text: substitute(base.text, base.persons, pick).trimEnd() + quote,
      date,
      source: SOURCES[Math.floor(random() * SOURCES.length)],
    });
  }
  return out;
}

export interface ExtractFigures {
  articles: number;
  tokens: number;
  seconds: number;
  tokensPerSecond: number;
  msPerArticle: number;
}

/** extract() alone on this (single) thread, after a warm-up pass, repeated until a few seconds have passed. */
export function extractThroughput(inputs: ArticleInput[], minSeconds = 3): ExtractFigures {
  const bodies = inputs.map((a) => parseArticle(a).body);
  const tokensOf = bodies.map((b) => layout(b).sents.reduce((n, s) => n + s.tokens.length, 0));
  for (const b of bodies.slice(0, 300)) extract(b); // warm-up: JIT, reference data, tagger model
  let articles = 0;
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  do {
    for (let i = 0; i < bodies.length; i++) {
      extract(bodies[i]);
      tokens += tokensOf[i];
      articles++;
    }
  } while (secondsSince(t0) < minSeconds);
  const seconds = secondsSince(t0);
  return { articles, tokens, seconds, tokensPerSecond: tokens / seconds, msPerArticle: (seconds * 1000) / articles };
}

export interface IngestFigures {
  articles: number;
  created: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU seconds of this process (main thread and extraction workers) and of the Neo4j process, if known. */
  cpuSeconds: number;
  neo4jCpuSeconds: number | null;
  nodes: number;
  relationships: number;
}

/** User + system CPU seconds of another process, from /proc (Linux); null where it cannot be read. */
export function cpuSecondsOf(pid: number | null): number | null {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 per second)
  } catch {
    return null;
  }
}

export async function graphCounts(store: Store): Promise<{ nodes: number; relationships: number }> {
  return store.read(async (tx) => {
    const n = await tx.run('MATCH (n) RETURN count(n) AS n');
    const r = await tx.run('MATCH ()-[r]->() RETURN count(r) AS n');
    return { nodes: n.records[0].get('n') as number, relationships: r.records[0].get('n') as number };
  });
}

/** The product's own bulk path, end to end: ingestPipeline (extraction on every core beside the writes). */
export async function ingestThroughput(
  store: Store,
  inputs: ArticleInput[],
  batch: number,
  progress?: (done: number) => void,
  neo4jPid: number | null = null,
): Promise<IngestFigures> {
  const cpu0 = process.cpuUsage();
  const neo0 = cpuSecondsOf(neo4jPid);
  const t0 = process.hrtime.bigint();
  const out = await ingestPipeline(store, inputs, { batch, onBatch: progress });
  const seconds = secondsSince(t0);
  const cpu = process.cpuUsage(cpu0);
  const neo1 = cpuSecondsOf(neo4jPid);
  const failed = out.filter((o) => o instanceof Error);
  if (failed.length) throw new Error(`${failed.length} articles failed to load: ${(failed[0] as Error).message}`);
  const created = out.filter((o) => !(o instanceof Error) && o.created).length;
  const counts = await graphCounts(store);
  return {
    articles: inputs.length,
    created,
    seconds,
    articlesPerSecond: inputs.length / seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    neo4jCpuSeconds: neo0 !== null && neo1 !== null ? neo1 - neo0 : null,
    ...counts,
  };
}

/**
 * The write-only ceiling: the same inputs, in the same batches, parsed and extracted beforehand (untimed, a batch at a
 * time so memory stays bounded), written by the same batch writer into a graph as fresh as the end-to-end run's.
 */
export async function writeOnlyThroughput(store: Store, inputs: ArticleInput[], batch: number): Promise<{ seconds: number; articlesPerSecond: number }> {
  let seconds = 0;
  for (let i = 0; i < inputs.length; i += batch) {
    const prepared = inputs.slice(i, i + batch).map((a) => prepare(a));
    const t0 = process.hrtime.bigint();
    await store.write((tx) => writeBatch(tx, prepared));
    seconds += secondsSince(t0);
  }
  return { seconds, articlesPerSecond: inputs.length / seconds };
}

export interface StageFigures {
  articles: number;
  msPerArticle: { parseExtract: number; resolve: number; write: number; commit: number; total: number };
  queries: { query: string; calls: number; medianMs: number; msPerArticle: number }[]; // slowest first
}

/**
 * Where ingest time goes: the pipeline's batches, extracted beforehand on this thread, then written by the same batch
 * writer, timed by stage (parse+extract outside the transaction; resolution and writes inside; commit the rest).
 */
export async function ingestStages(plain: Store, inputs: ArticleInput[], batch: number): Promise<StageFigures> {
  const { store, times } = timedStore(plain);
  const ms = { parseExtract: 0, resolve: 0, write: 0, commit: 0, total: 0 };
  const lap = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < inputs.length; i += batch) {
    const t = process.hrtime.bigint();
    const prepared = inputs.slice(i, i + batch).map((a) => prepare(a));
    ms.parseExtract += lap(t);
    const tx0 = process.hrtime.bigint();
    let inside = 0;
    await store.write(async (tx) => {
      await writeBatch(tx, prepared, (stage, took) => (ms[stage] += took));
      inside = lap(tx0);
    });
    ms.commit += lap(tx0) - inside;
  }
  ms.total = lap(t0);
  const n = inputs.length;
  const per = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, v / n])) as StageFigures['msPerArticle'];
  const queries = [...times].map(([query, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { query, calls: list.length, medianMs: sorted[sorted.length >> 1], msPerArticle: list.reduce((a, b) => a + b, 0) / n };
  });
  return { articles: n, msPerArticle: per, queries: queries.sort((a, b) => b.msPerArticle - a.msPerArticle) };
}
