// Fetching what the side panel shows about the selection, with the busy indicator on.
import * as api from '../../api/queries.ts';
import type { Statement } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { track } from '../status/actions.ts';

/** A statement with its speaker and context. No query fetches a statement by id: its article (over IN) lists it. */
export async function statementDetails(id: string): Promise<Statement | undefined> {
  const sub = await track(t('type.STATEMENT'), () => api.neighbourhood({ ids: [id], depth: 1, relationTypes: ['IN'], limit: 5 }));
  const articleId = sub.nodes.find((n) => n.type === 'ARTICLE')?.id;
  const a = articleId ? await track(t('type.STATEMENT'), () => api.article(articleId)) : null;
  return a?.statements.find((x) => x.id === id);
}
