import { extract } from './extract/index.ts';
import { bulkExtractPool, extractInWorker, type ExtractPool } from './extract/pool.ts';
import { parseArticle, type ArticleInput, type ParsedArticle } from './parse/article.ts';
import type { ResolvedArticle } from './resolve/resolve.ts';
import type { Store, Tx } from './store/store.ts';
import { DEFAULT_BATCH, writeBatch } from './write/batch.ts';

// The whole flow for one article: parse → extract → resolve → write, the last two in one transaction.

export interface IngestOutcome {
  article: ParsedArticle;
  created: boolean;
  resolved: ResolvedArticle | null;
}

function isConstraintClash(err: unknown): boolean {
  return /ConstraintValidationFailed|already exists with label/i.test(`${(err as { code?: string })?.code} ${err}`);
}

/** Parses and extracts outside any transaction, so a bad article costs the database nothing. */
export function prepare(input: ArticleInput | string): { article: ParsedArticle; extraction: ReturnType<typeof extract> } {
  const article = parseArticle(input);
  return { article, extraction: extract(article.body) };
}

/**
 * prepare(), with the extraction in the extraction worker: parsing (quick, and where a bad article is refused)
 * runs here, the reading off the event loop, so that the server answers while a long article is read.
 */
export async function prepareAsync(input: ArticleInput | string): Promise<ReturnType<typeof prepare>> {
  const article = parseArticle(input);
  return { article, extraction: await extractInWorker(article.body) };
}

/** One prepared article in the caller's transaction (a batch of one). */
export async function writePrepared(tx: Tx, p: ReturnType<typeof prepare>): Promise<IngestOutcome> {
  const [outcome] = await writeBatch(tx, [p]);
  return outcome;
}

export async function ingest(store: Store, input: ArticleInput | string): Promise<IngestOutcome> {
  const prepared = await prepareAsync(input);
  try {
    return await store.write((tx) => writePrepared(tx, prepared));
  } catch (err) {
    // Another writer stored the same text a moment earlier: the article is there, nothing to add.
    if (isConstraintClash(err)) return { article: prepared.article, created: false, resolved: null };
    throw err;
  }
}

export type Prepared = ReturnType<typeof prepare>;

/** Prepared articles in one transaction, in their order, by the batch writer; a text given twice is written once. */
function writeAll(tx: Tx, prepared: Prepared[]): Promise<IngestOutcome[]> {
  return writeBatch(tx, prepared);
}

/** Several articles in one transaction: all of the batch or none of it; already loaded ones are skipped. */
export async function ingestBatch(store: Store, inputs: (ArticleInput | string)[]): Promise<IngestOutcome[]> {
  const prepared = inputs.map((i) => prepare(i));
  return store.write((tx) => writeAll(tx, prepared));
}

/** One article in its own transaction, as ingest() writes it. */
async function writeOne(store: Store, p: Prepared): Promise<IngestOutcome> {
  try {
    return await store.write((tx) => writePrepared(tx, p));
  } catch (err) {
    if (isConstraintClash(err)) return { article: p.article, created: false, resolved: null };
    throw err;
  }
}

/** A batch in one transaction; when it fails, article by article, so that a bad article takes down only itself. */
async function writeBatchOrEach(store: Store, prepared: (Prepared | Error)[]): Promise<(IngestOutcome | Error)[]> {
  const ok = prepared.filter((p): p is Prepared => !(p instanceof Error));
  try {
    const written = await store.write((tx) => writeAll(tx, ok));
    let i = 0;
    return prepared.map((p) => (p instanceof Error ? p : written[i++]));
  } catch {
    const out: (IngestOutcome | Error)[] = [];
    for (const p of prepared) out.push(p instanceof Error ? p : await writeOne(store, p).catch((e: unknown) => toError(e)));
    return out;
  }
}

const toError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export interface PipelineOptions {
  /** Articles per transaction (default 50, as `kg load`: end to end, 50 loaded faster than 20 or 100 on 2 cores). */
  batch?: number;
  /** The workers to read in (default: one per core, stopped at the end). */
  pool?: ExtractPool;
  /** After each batch is written, with the number of articles done. */
  onBatch?: (done: number) => void;
}

/**
 * Many articles, a batch per transaction, while the next batch is parsed and extracted on every core (one batch
 * ahead, so memory stays bounded). Each article's result, in input order: its outcome, or the error that refused
 * it (a bad article is refused alone; the others of its batch are written).
 */
export async function ingestPipeline(store: Store, inputs: (ArticleInput | string)[], opts: PipelineOptions = {}): Promise<(IngestOutcome | Error)[]> {
  const size = Math.max(1, opts.batch ?? DEFAULT_BATCH);
  const pool = opts.pool ?? bulkExtractPool();
  const read = (from: number) =>
    Promise.all(
      inputs.slice(from, from + size).map(async (input): Promise<Prepared | Error> => {
        try {
          const article = parseArticle(input);
          return { article, extraction: await pool.extract(article.body) };
        } catch (err) {
          return toError(err);
        }
      }),
    );
  const out: (IngestOutcome | Error)[] = [];
  try {
    let next = inputs.length ? read(0) : null;
    for (let from = 0; next; from += size) {
      const prepared = await next;
      next = from + size < inputs.length ? read(from + size) : null;
      out.push(...(await writeBatchOrEach(store, prepared)));
      opts.onBatch?.(out.length);
    }
  } finally {
    if (!opts.pool) await pool.close();
  }
  return out;
}
