import { prepare, writePrepared, type IngestOutcome } from './ingest.ts';
import { writeBatch } from './write/batch.ts';
import type { ParsedArticle } from './parse/article.ts';
import type { Extraction } from './extract/types.ts';
import type { Tx } from './store/store.ts';
import { deleteArticle } from './write/delete.ts';
import { carryCorrections } from './correct/carry.ts';

// Replacing an article's facts inside one transaction: an edited file's new text, or a stored text read again by a newer
// extractor. The old facts go exactly as deleteArticle removes them, then the article is written as a new load would.

export type LoadKind = 'new' | 'unchanged' | 'replaced';

export interface OriginOutcome extends IngestOutcome {
  kind: LoadKind;
}

type Prepared = ReturnType<typeof prepare>;

/**
 * Writes an article loaded from `origin` (an absolute file path, or `path:line` for JSON Lines). The article that origin
 * loaded before goes first when its text differs, so an edited file replaces its article; an unchanged one changes
 * nothing. An article already loaded from another origin (the same text in two files) keeps its first origin.
 */
export async function writeFromOrigin(tx: Tx, p: Prepared, origin: string | null): Promise<OriginOutcome> {
  const [outcome] = await writeFromOrigins(tx, [{ prepared: p, origin }]);
  return outcome;
}

export interface FromOrigin {
  prepared: Prepared;
  origin: string | null;
}

/**
 * writeFromOrigin() for several articles in one transaction, in their order, by the batch writer: an article whose
 * origin loaded another before starts a new batch, after that article is deleted, as one after another would do.
 */
export async function writeFromOrigins(tx: Tx, items: FromOrigin[]): Promise<OriginOutcome[]> {
  const stale = await articlesFrom(tx, items);
  const outcomes: IngestOutcome[] = [];
  for (let from = 0; from < items.length; ) {
    let to = from + 1;
    while (to < items.length && !stale[to].length) to++;
    for (const id of stale[from]) await deleteArticle(tx, id);
    await carryCorrections(tx, stale[from], items[from].prepared.article.id);
    outcomes.push(...(await writeBatch(tx, items.slice(from, to).map((i) => i.prepared))));
    from = to;
  }
  // The first origin an article was loaded from stays its origin.
  const origins = new Map<string, string>();
  for (const { prepared, origin } of items) if (origin && !origins.has(prepared.article.id)) origins.set(prepared.article.id, origin);
  if (origins.size) {
    await tx.run('UNWIND $rows AS r MATCH (a:Article {id: r.id}) WHERE a.origin IS NULL SET a.origin = r.origin', {
      rows: [...origins].map(([id, origin]) => ({ id, origin })),
    });
  }
  return outcomes.map((o, i) => ({ ...o, kind: stale[i].length ? 'replaced' : o.created ? 'new' : 'unchanged' }));
}

/** For each item, the other articles its origin loaded before. */
async function articlesFrom(tx: Tx, items: FromOrigin[]): Promise<string[][]> {
  const rows = items.map((i, at) => ({ at, origin: i.origin, besides: i.prepared.article.id })).filter((r) => r.origin);
  const out: string[][] = items.map(() => []);
  if (rows.length === 0) return out;
  const res = await tx.run(
    `UNWIND $rows AS r MATCH (a:Article {origin: r.origin}) WHERE a.id <> r.besides RETURN r.at AS at, collect(a.id) AS ids`,
    { rows },
  );
  for (const r of res.records) out[r.get('at') as number] = r.get('ids') as string[];
  return out;
}

export interface StoredArticle {
  article: ParsedArticle;
  /** Every stored property, to put back what a fresh write would change (loadedAt, origin, source, ...). */
  properties: Record<string, unknown>;
}

/** The stored article as the parse stage gave it, its text included; null when it is gone. */
export async function readStoredArticle(tx: Tx, id: string): Promise<StoredArticle | null> {
  const res = await tx.run('MATCH (a:Article {id: $id}) RETURN properties(a) AS p', { id });
  if (res.records.length === 0) return null;
  const p = res.records[0].get('p') as Record<string, unknown>;
  const text = (key: string) => (p[key] ?? null) as string | null;
  const article: ParsedArticle = {
    id,
    contentHash: p.contentHash as string,
    title: p.title as string,
    body: p.text as string,
    date: text('date'),
    datePrecision: text('datePrecision') as ParsedArticle['datePrecision'],
    dateFrom: text('dateFrom'),
    dateTo: text('dateTo'),
    section: text('section'),
    source: text('source'),
  };
  return { article, properties: p };
}

/**
 * Replaces a stored article's facts with a new extraction of the same text, in the caller's transaction: same id, same
 * text, and the stored properties (loadedAt, origin, source, ...) kept; only the extractor version moves on. False when the
 * article is gone or its text changed since it was read (nothing is written then).
 */
export async function replaceExtraction(tx: Tx, stored: StoredArticle, extraction: Extraction): Promise<IngestOutcome | null> {
  const { article, properties } = stored;
  const now = await tx.run('MATCH (a:Article {id: $id}) RETURN a.contentHash AS h', { id: article.id });
  if (now.records[0]?.get('h') !== article.contentHash) return null;
  await deleteArticle(tx, article.id);
  const outcome = await writePrepared(tx, { article, extraction });
  // The offsets are the new extraction's, written with the article: the old ones would point into old readings.
  const { extractorVersion: _version, reextractPending: _pending, spans: _spans, ...kept } = properties;
  await tx.run('MATCH (a:Article {id: $id}) SET a += $kept REMOVE a.reextractPending', { id: article.id, kept });
  return outcome;
}
