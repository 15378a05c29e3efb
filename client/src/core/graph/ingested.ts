// An article just loaded through the dialog: its entities, statements and the edges among them join the canvas.
import * as api from '../../api/queries.ts';
import type { IngestResult } from '../../api/types.ts';
import { refreshDates } from '../filters/actions.ts';
import { wantedRelationTypes } from './actions.ts';
import { graphAtom } from './atom.ts';
import { mergeSubgraph, restrictTo } from './model.ts';

/** The server takes at most this many ids in one neighbourhood query. */
const MAX_IDS = 200;

export async function showIngested(r: IngestResult): Promise<void> {
  // Loading the same text again changes nothing; still show what that article holds.
  const entities = r.entities.length ? r.entities : ((await api.article(r.article.id))?.entities ?? []);
  const fresh = [r.article.id, ...entities.map((n) => n.id)].slice(0, MAX_IDS);
  const sub = await api.neighbourhood({ ids: fresh, depth: 1, relationTypes: wantedRelationTypes(), limit: 5000 });
  const keep = new Set([...fresh, ...graphAtom.get().nodes.keys()]);
  // The article's statements come along too (they hang on the article over IN).
  const quotes = new Set(sub.edges.filter((e) => e.type === 'IN' && e.target === r.article.id).map((e) => e.source));
  const nodes = [...entities, ...sub.nodes.filter((n) => fresh.includes(n.id) || quotes.has(n.id))];
  for (const id of quotes) keep.add(id);
  graphAtom.set(mergeSubgraph(graphAtom.get(), { nodes, edges: restrictTo(sub, keep).edges }));
  void refreshDates().catch(() => {});
}
