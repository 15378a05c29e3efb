import { EXTRACTOR_VERSION } from '../extract/version.ts';
import type { Tx } from '../store/store.ts';

// Where an article's facts came from: the extractor version that read it, and the file (or file line) it was loaded from.

/** Records that the current extractor produced this article's facts (inside the transaction that wrote them). */
export async function recordExtractorVersion(tx: Tx, articleId: string): Promise<void> {
  await tx.run('MATCH (a:Article {id: $articleId}) SET a.extractorVersion = $version', {
    articleId,
    version: EXTRACTOR_VERSION,
  });
}
