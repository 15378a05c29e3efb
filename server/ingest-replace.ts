import { prepare, writePrepared, type IngestOutcome } from './ingest.ts';
import type { ParsedArticle } from './parse/article.ts';
import type { Extraction } from './extract/types.ts';
import type { Tx } from './store/store.ts';
import { deleteArticle } from './write/delete.ts';

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
  const stale = origin ? await articlesFrom(tx, origin, p.article.id) : [];
  for (const id of stale) await deleteArticle(tx, id);
  const outcome = await writePrepared(tx, p);
  if (origin) {
    await tx.run('MATCH (a:Article {id: $id}) WHERE a.origin IS NULL SET a.origin = $origin', { id: p.article.id, origin });
  }
  const kind: LoadKind = stale.length ? 'replaced' : outcome.created ? 'new' : 'unchanged';
  return { ...outcome, kind };
}

async function articlesFrom(tx: Tx, origin: string, besides: string): Promise<string[]> {
  const res = await tx.run('MATCH (a:Article {origin: $origin}) WHERE a.id <> $besides RETURN a.id AS id', { origin, besides });
  return res.records.map((r) => r.get('id') as string);
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
