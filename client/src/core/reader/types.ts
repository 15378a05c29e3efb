import type { ReaderArticle } from '../../api/types.ts';

export interface ReaderState {
  /** The article being read; undefined when the reader is closed. */
  articleId?: string;
  /** The sentence to mark and scroll to (an edge's evidence), when opened for one. */
  sentence?: string | null;
  /** The article with its mentions and quotes, once fetched; null when it is gone. */
  article?: ReaderArticle | null;
  failed?: boolean;
}
