// Suggestions for the search box: the newest lookup wins, an older one still under way is aborted.
import * as api from '../../api/queries.ts';
import type { GraphNode } from '../../api/types.ts';

export type LookupResult = { hits: GraphNode[] } | { error: string } | 'aborted';

const SUGGESTIONS = 10;

export function createLookup(): (text: string) => Promise<LookupResult> {
  let controller: AbortController | undefined;
  return async (text) => {
    controller?.abort();
    controller = new AbortController();
    try {
      return { hits: await api.search(text, SUGGESTIONS, undefined, controller.signal) };
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'aborted';
      return { error: (error as Error).message };
    }
  };
}
