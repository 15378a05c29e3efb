// Paths as separate lists of hops: fetched honouring the relation filters, one highlighted at a time.
import * as api from '../../api/queries.ts';
import type { RelationType } from '../../api/types.ts';
import { graphAtom } from '../graph/atom.ts';
import { mergeSubgraph } from '../graph/model.ts';
import { setPathIds } from '../selection/actions.ts';
import { notify, track } from '../status/actions.ts';
import { t } from '../../i18n/index.ts';
import { pathsAtom } from './atom.ts';

export const PATH_MAX_LENGTH = 4;

/** The ids of a path's nodes and edges, for highlighting. */
export function pathElementIds(path: api.ApiPath): string[] {
  return [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)];
}

export function choosePath(index: number): void {
  const state = pathsAtom.get();
  const path = state.paths[index];
  if (!path) return;
  pathsAtom.set({ ...state, chosen: index });
  setPathIds(pathElementIds(path));
}

export function clearPaths(): void {
  pathsAtom.set({ paths: [], chosen: 0, sentences: new Map(), maxLength: PATH_MAX_LENGTH });
  setPathIds([]);
}

/** Finds the paths, puts them on the canvas, highlights the shortest; returns its element ids. */
export async function findPathList(from: string, to: string, relationTypes: RelationType[]): Promise<string[]> {
  const paths = await track(t('paths.title'), () => api.pathsBetween(from, to, PATH_MAX_LENGTH, relationTypes));
  pathsAtom.set({ from, to, paths, chosen: 0, sentences: new Map(), maxLength: PATH_MAX_LENGTH });
  if (paths.length === 0) {
    notify({ kind: 'info', text: t('paths.none', { max: PATH_MAX_LENGTH }) });
    setPathIds([]);
    return [];
  }
  graphAtom.set(mergeSubgraph(graphAtom.get(), { nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) }));
  notify(undefined);
  choosePath(0);
  void loadSentences(paths).catch(() => {});
  return pathElementIds(paths[0]);
}

async function loadSentences(paths: api.ApiPath[]): Promise<void> {
  const ids = [...new Set(paths.flatMap((p) => p.edges.map((e) => e.id)))];
  const sentences = await api.firstSentences(ids);
  const state = pathsAtom.get();
  if (state.paths === paths) pathsAtom.set({ ...state, sentences });
}
