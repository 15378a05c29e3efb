import { extract } from './extract/index.ts';
import { extractInWorker } from './extract/pool.ts';
import { parseArticle, type ArticleInput, type ParsedArticle } from './parse/article.ts';
import { resolveArticle, type ResolvedArticle } from './resolve/resolve.ts';
import type { Store, Tx } from './store/store.ts';
import { articleExists, writeArticle } from './write/article.ts';
import { recordExtractorVersion } from './write/provenance.ts';

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

export async function writePrepared(tx: Tx, p: ReturnType<typeof prepare>): Promise<IngestOutcome> {
  if (await articleExists(tx, p.article.id)) return { article: p.article, created: false, resolved: null };
  const resolved = await resolveArticle(tx, p.article, p.extraction);
  await writeArticle(tx, resolved);
  await recordExtractorVersion(tx, p.article.id);
  return { article: p.article, created: true, resolved };
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

/** Several articles in one transaction: all of the batch or none of it; already loaded ones are skipped. */
export async function ingestBatch(store: Store, inputs: (ArticleInput | string)[]): Promise<IngestOutcome[]> {
  const prepared = inputs.map((i) => prepare(i));
  return store.write(async (tx) => {
    const out: IngestOutcome[] = [];
    const seen = new Set<string>();
    for (const p of prepared) {
      if (seen.has(p.article.id)) {
        out.push({ article: p.article, created: false, resolved: null });
        continue;
      }
      seen.add(p.article.id);
      out.push(await writePrepared(tx, p));
    }
    return out;
  });
}
