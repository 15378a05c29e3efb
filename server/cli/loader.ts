import { extract } from '../extract/index.ts';
import { writeFromOrigin, type OriginOutcome } from '../ingest-replace.ts';
import type { prepare } from '../ingest.ts';
import { parseArticle } from '../parse/article.ts';
import { StoreUnavailableError, type Tx } from '../store/store.ts';
import type { SourceItem } from './sources.ts';
import type { RunStats } from './stats.ts';

// Reads, parses, extracts and writes articles a batch at a time, for `kg load` and `kg watch`.

export type WriteWith = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

export interface Written {
  item: SourceItem;
  outcome?: OriginOutcome;
  error?: string;
}

type Ready = { item: SourceItem; prepared: ReturnType<typeof prepare> };

/** Parsing and extraction outside any transaction, so that a bad article costs the database nothing. */
function prepareItem(item: SourceItem, stats: RunStats): Ready | Written {
  if (item.error || !item.input) return { item, error: item.error ?? 'nothing to read' };
  const input = item.input;
  try {
    const article = stats.time('parse', () => parseArticle(input));
    const extraction = stats.time('extract', () => extract(article.body));
    return { item, prepared: { article, extraction } };
  } catch (err) {
    return { item, error: (err as Error).message };
  }
}

async function writeAll(tx: Tx, ready: Ready[]): Promise<OriginOutcome[]> {
  const out: OriginOutcome[] = [];
  const seen = new Set<string>();
  for (const r of ready) {
    // The same text twice in one batch: the second is already there once the first is written.
    if (seen.has(r.prepared.article.id)) out.push({ article: r.prepared.article, created: false, resolved: null, kind: 'unchanged' });
    else out.push(await writeFromOrigin(tx, r.prepared, r.item.origin));
    seen.add(r.prepared.article.id);
  }
  return out;
}

/**
 * One transaction for the batch; when it fails, the articles one by one, so that one bad article fails alone. A graph
 * that is away fails the whole batch (StoreUnavailableError), for the caller to wait or stop.
 */
export async function loadBatch(write: WriteWith, items: SourceItem[], stats: RunStats): Promise<Written[]> {
  const prepared = items.map((item) => prepareItem(item, stats));
  const ready = prepared.filter((p): p is Ready => 'prepared' in p);
  const results = new Map<SourceItem, Written>(prepared.filter((p): p is Written => !('prepared' in p)).map((w) => [w.item, w]));
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
  const written = items.map((item) => results.get(item)!);
  for (const w of written) {
    if (w.outcome) stats.count(w.outcome.kind, w.outcome.resolved);
    else stats.fail(w.item.label, w.error);
  }
  return written;
}
