// Corrections from the panel: sent to the server (which keeps them through reloads), then the canvas is brought in
// step with the graph, and a notice offers Undo, which reverts the correction on the server. The canvas's own
// undo (Ctrl+Z) walks views only; a correction is a change to the graph, so it is undone where it was made.
import * as api from '../../api/corrections.ts';
import type { Correction, NodeType } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { edgesAmong } from '../graph/actions.ts';
import { graphAtom } from '../graph/atom.ts';
import { mergeSubgraph, removeEdges, removeNodes } from '../graph/model.ts';
import { clearSelection, select } from '../selection/actions.ts';
import { notify, track } from '../status/actions.ts';
import { correctionsAtom } from './atom.ts';

/**
 * The canvas after a change to the graph around `targets`: nodes the graph no longer has go (a merged-away entity,
 * a retracted statement), the targets' edges that went go (a retracted relation), and `bring` (a split-off entity,
 * what a revert gives back) comes onto the canvas with its edges to what is there. Other edges are left as the user
 * arranged them.
 */
export async function refreshCanvas(targets: readonly string[], bring: readonly string[] = []): Promise<void> {
  const before = graphAtom.get();
  const sub = await edgesAmong([...new Set([...before.nodes.keys(), ...bring])]);
  const state = graphAtom.get();
  const found = new Set(sub.nodes.map((n) => n.id));
  const touched = new Set([...targets, ...bring]);
  const fresh = new Set(sub.edges.map((e) => e.id));
  // A truncated answer does not say what is gone.
  const gone = sub.truncated ? [] : [...state.nodes.keys()].filter((id) => !found.has(id));
  const staleEdges = [...state.edges.values()].filter((e) => !fresh.has(e.id) && (touched.has(e.id) || touched.has(e.source) || touched.has(e.target)));
  const kept = removeEdges(removeNodes(state, gone), staleEdges.map((e) => e.id));
  const edges = sub.edges.filter((e) => touched.has(e.source) || touched.has(e.target));
  graphAtom.set(mergeSubgraph(kept, { nodes: sub.nodes.filter((n) => kept.nodes.has(n.id) || bring.includes(n.id)), edges }));
}

const DONE: Record<Correction['kind'], MessageKey> = {
  RENAME_ENTITY: 'correct.done.rename',
  RETYPE_ENTITY: 'correct.done.retype',
  MERGE_ENTITIES: 'correct.done.merge',
  SPLIT_ENTITY: 'correct.done.split',
  RETRACT_RELATION: 'correct.done.retractRelation',
  RETRACT_STATEMENT: 'correct.done.retractStatement',
};

/** Runs a correction or revert; afterwards, however it went, the panel shows the graph as it is. */
async function busy<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    correctionsAtom.update((s) => ({ revision: s.revision + 1 }));
  }
}

/** Makes a correction; `bring` and `selectAfter` say what the canvas and the panel show afterwards. */
async function make(send: () => Promise<Correction>, opts: { bring?: (c: Correction) => string[]; selectAfter?: string | null } = {}): Promise<Correction> {
  return busy(async () => {
    const onCanvas = new Set(graphAtom.get().nodes.keys());
    const c = await track(t('correct.working'), send);
    await track(t('correct.refresh'), () => refreshCanvas(c.targets, opts.bring?.(c) ?? [])).catch(() => {});
    if (opts.selectAfter === null) clearSelection();
    else if (opts.selectAfter) select('node', opts.selectAfter);
    // Undo brings back what was on the canvas when the correction was made.
    const back = c.targets.filter((id) => onCanvas.has(id));
    notify({ kind: 'info', text: t(DONE[c.kind]), action: { label: t('correct.undo'), run: () => void undoCorrection(c, back).catch(() => {}) } });
    return c;
  });
}

export async function undoCorrection(c: Correction, bring: string[]): Promise<void> {
  await busy(async () => {
    await track(t('correct.undoing'), () => api.revertCorrection(c.id));
    await track(t('correct.refresh'), () => refreshCanvas(c.targets, bring)).catch(() => {});
    notify({ kind: 'info', text: t('correct.undone') });
  });
}

export const renameEntity = (id: string, name: string) => make(() => api.renameEntity(id, name));

export const retypeEntity = (id: string, type: NodeType) => make(() => api.retypeEntity(id, type));

/** `id` becomes `into`: the panel shows `into`, brought onto the canvas if it was not there. */
export const mergeInto = (id: string, into: string) => make(() => api.mergeEntities([id], into), { bring: () => [into], selectAfter: into });

/** The new entity (the correction's other target) joins the canvas beside the old one. */
export const splitEntity = (id: string, articleIds: string[], name: string | null) =>
  make(() => api.splitEntity(id, articleIds, name), { bring: (c) => c.targets.filter((x) => x !== id) });

export const retractRelation = (id: string) => make(() => api.retractRelation(id), { selectAfter: null });

export const retractStatement = (id: string) => make(() => api.retractStatement(id), { selectAfter: null });
