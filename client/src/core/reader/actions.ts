// Opening and closing the article reader; the article is fetched once per opening.
import * as api from '../../api/queries.ts';
import { track } from '../status/actions.ts';
import { t } from '../../i18n/index.ts';
import { readerAtom } from './atom.ts';

/** Opens the reader on an article, with the sentence to mark (an edge's evidence) when there is one. */
export async function openReader(articleId: string, sentence?: string | null): Promise<void> {
  readerAtom.set({ articleId, sentence });
  try {
    const article = await track(t('reader.loading'), () => api.readerArticle(articleId));
    // Another article may have been opened meanwhile: only the latest request fills the reader.
    if (readerAtom.get().articleId === articleId) readerAtom.set({ ...readerAtom.get(), article });
  } catch {
    if (readerAtom.get().articleId === articleId) readerAtom.set({ ...readerAtom.get(), failed: true });
  }
}

export function closeReader(): void {
  if (readerAtom.get().articleId !== undefined) readerAtom.set({});
}
