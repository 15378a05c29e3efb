import { extract } from '../extract/index.ts';
import type { ExtractPool } from '../extract/pool.ts';
import { writeFromOrigins, type OriginOutcome } from '../ingest-replace.ts';
import type { prepare } from '../ingest.ts';
import { parseArticle, type ParsedArticle } from '../parse/article.ts';
import { StoreUnavailableError, type Tx } from '../store/store.ts';
import type { SourceItem } from './sources.ts';
import type { RunStats } from './stats.ts';

// Reads, parses, extracts and writes articles a batch at a time, for `kg load` and `kg watch`.

export type WriteWith = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;
export type ReadWith = WriteWith;

export interface Written {
  item: SourceItem;
  outcome?: OriginOutcome;
  error?: string;
}

type Ready = { item: SourceItem; prepared: ReturnType<typeof prepare> };
type Parsed = { item: SourceItem; article: ParsedArticle };

/** Parsing outside any transaction, so that a bad article costs the database nothing. */
function parseItem(item: SourceItem, stats: RunStats): Parsed | Written {
  if (item.error || !item.input) return { item, error: item.error ?? 'nothing to read' };
  const input = item.input;
  try {
    return { item, article: stats.time('parse', () => parseArticle(input)) };
  } catch (err) {
    return { item, error: (err as Error).message };
  }
}

/** Articles already stored from the same origin (or from standard input, which has none): unchanged, not read again. */
async function alreadyLoaded(read: ReadWith, parsed: Parsed[]): Promise<Set<SourceItem>> {
  const rows = parsed.map((p) => ({ id: p.article.id, origin: p.item.origin }));
  const found = await read(async (tx) => {
    const res = await tx.run(
      `UNWIND $rows AS r MATCH (a:Article {id: r.id}) WHERE r.origin IS NULL OR a.origin = r.origin RETURN collect(a.id) AS ids`,
      { rows },
    );
    return new Set(res.records[0].get('ids') as string[]);
  });
  return new Set(parsed.filter((p) => found.has(p.article.id)).map((p) => p.item));
}

/** The articles' extractions: in the pool's worker threads when given, else on this thread. */
async function extractAll(parsed: Parsed[], stats: RunStats, pool?: ExtractPool): Promise<(Ready | Written)[]> {
  const one = async (p: Parsed): Promise<Ready | Written> => {
    try {
      const extraction = pool ? await pool.extract(p.article.body) : stats.time('extract', () => extract(p.article.body));
      return { item: p.item, prepared: { article: p.article, extraction } };
    } catch (err) {
      return { item: p.item, error: (err as Error).message };
    }
  };
  return pool ? stats.timeAsync('extract', () => Promise.all(parsed.map(one))) : Promise.all(parsed.map(one));
}

function writeAll(tx: Tx, ready: Ready[]): Promise<OriginOutcome[]> {
  return writeFromOrigins(tx, ready.map((r) => ({ prepared: r.prepared, origin: r.item.origin })));
}

/** A batch read, parsed and extracted, waiting for its write; what could not be read has its result already. */
export interface PreparedBatch {
  items: SourceItem[];
  results: Map<SourceItem, Written>;
  ready: Ready[];
}

/** Everything before the write: parse, skip what is loaded already, extract (in the pool's workers when given). */
export async function prepareBatch(read: ReadWith, items: SourceItem[], stats: RunStats, pool?: ExtractPool): Promise<PreparedBatch> {
  const parsed = items.map((item) => parseItem(item, stats));
  const ok = parsed.filter((p): p is Parsed => 'article' in p);
  const unchanged = ok.length ? await stats.timeAsync('read', () => alreadyLoaded(read, ok)) : new Set<SourceItem>();
  const results = new Map<SourceItem, Written>(parsed.filter((p): p is Written => !('article' in p)).map((w) => [w.item, w]));
  for (const p of ok.filter((p) => unchanged.has(p.item))) {
    results.set(p.item, { item: p.item, outcome: { article: p.article, created: false, resolved: null, kind: 'unchanged' } });
  }
  const ready: Ready[] = [];
  for (const r of await extractAll(ok.filter((p) => !unchanged.has(p.item)), stats, pool)) {
    if ('prepared' in r) ready.push(r);
    else results.set(r.item, r);
  }
  return { items, results, ready };
}

/**
 * One transaction for the batch; when it fails, the articles one by one, so that one bad article fails alone. A graph
 * that is away fails the whole batch (StoreUnavailableError), for the caller to wait or stop. The same text twice in
 * one batch is written once: the second is already there once the first is written.
 */
export async function writeBatchOf(write: WriteWith, batch: PreparedBatch, stats: RunStats): Promise<Written[]> {
  const { items, results } = batch;
  const seen = new Set<string>();
  const ready: Ready[] = [];
  for (const r of batch.ready) {
    if (seen.has(r.prepared.article.id)) {
      results.set(r.item, { item: r.item, outcome: { article: r.prepared.article, created: false, resolved: null, kind: 'unchanged' } });
    } else ready.push(r);
    seen.add(r.prepared.article.id);
  }
  if (ready.length === 0) return finish(items, results, stats);
  try {
    const outcomes = await stats.timeAsync('write', () => write((tx) => writeAll(tx, ready)));
    ready.forEach((r, i) => results.set(r.item, { item: r.item, outcome: outcomes[i] }));
  } catch (err) {
    if (err instanceof StoreUnavailableError) throw err;
    for (const r of ready) {
      try {
        const [outcome] = await stats.timeAsync('write', () => write((tx) => writeAll(tx, [r])));
        results.set(r.item, { item: r.item, outcome });
      } catch (one) {
        if (one instanceof StoreUnavailableError) throw one;
        results.set(r.item, { item: r.item, error: (one as Error).message });
      }
    }
  }
  return finish(items, results, stats);
}

/** A batch read, extracted and written (kg watch); kg load runs the two halves one batch apart. */
export async function loadBatch(store: { read: ReadWith; write: WriteWith }, items: SourceItem[], stats: RunStats): Promise<Written[]> {
  return writeBatchOf(store.write, await prepareBatch(store.read, items, stats), stats);
}

function finish(items: SourceItem[], results: Map<SourceItem, Written>, stats: RunStats): Written[] {
  const written = items.map((item) => results.get(item)!);
  for (const w of written) {
    if (w.outcome) stats.count(w.outcome.kind, w.outcome.resolved);
    else stats.fail(w.item.label, w.error);
  }
  return written;
}
