// Graph changes that need the server: expanding, searching onto the canvas, example views, paths.
import * as api from '../../api/queries.ts';
import { RELATION_TYPES, type GraphNode, type RelationType, type Subgraph } from '../../api/types.ts';
import { filtersAtom } from '../filters/atom.ts';
import { setPathIds } from '../selection/actions.ts';
import { notify, track } from '../status/actions.ts';
import { allianceView, membersOf } from './alliance.ts';
import { graphAtom } from './atom.ts';
import { findPathList } from '../paths/actions.ts';
import { addedBetween, withoutAdded, type Added } from './expansions.ts';
import { t } from '../../i18n/index.ts';
import { countNew, leavesOf, mergeSubgraph, removeNodes, replaceGraph, restrictTo } from './model.ts';

/** Above this many new nodes an expansion asks first: thousands of nodes slow the canvas down. */
export const EXPANSION_WARN = 500;
const MAX_LIMIT = 5000;

/** Asks the user to confirm; replaceable so tests and embedders can answer. */
export let ask: (message: string) => boolean = (message) => globalThis.confirm?.(message) ?? true;
export function setAsk(fn: (message: string) => boolean): void {
  ask = fn;
}

/** The relation types to fetch: those not filtered out, CO_OCCURS only when switched on. */
export function wantedRelationTypes(): RelationType[] {
  const f = filtersAtom.get();
  return RELATION_TYPES.filter((t) => !f.hiddenRelationTypes.includes(t) && (t !== 'CO_OCCURS' || f.coOccurs));
}

function addChecked(sub: Subgraph, what: string): boolean {
  const fresh = countNew(graphAtom.get(), sub.nodes);
  if (fresh > EXPANSION_WARN && !ask(t('graph.confirmMany', { what, count: fresh }))) return false;
  graphAtom.set(mergeSubgraph(graphAtom.get(), sub));
  if (sub.truncated) notify({ kind: 'info', text: t('graph.truncated', { what }) });
  else if (fresh === 0) notify({ kind: 'info', text: t('graph.nothingNew', { what }) });
  else notify(undefined);
  return true;
}

/** What the last expand of each node added: Collapse takes away exactly that. */
const expansions = new Map<string, Added>();

export async function expand(ids: string[], depth = 1): Promise<void> {
  const f = filtersAtom.get();
  const sub = await track(t('graph.expand'), () =>
    api.neighbourhood({ ids, depth, relationTypes: wantedRelationTypes(), limit: MAX_LIMIT, minWeight: f.coOccurs ? f.minWeight : undefined, from: f.from, to: f.to }),
  );
  const before = graphAtom.get();
  if (!addChecked(sub, t('graph.expanding'))) return;
  const added = addedBetween(before, graphAtom.get());
  for (const id of ids) expansions.set(id, added);
}

/** The server takes at most this many ids per neighbourhood query. */
const IDS_PER_QUERY = 200;

/** Edges among the given nodes (and the nodes themselves), without bringing in others. */
export async function edgesAmong(ids: string[], relationTypes = wantedRelationTypes(), range: { from?: string; to?: string } = {}): Promise<Subgraph> {
  const keep = new Set(ids);
  if (ids.length <= IDS_PER_QUERY) {
    const sub = await api.neighbourhood({ ids, depth: 0, relationTypes, limit: MAX_LIMIT, ...range });
    return { ...restrictTo(sub, keep), truncated: sub.truncated };
  }
  // In chunks, one hop out, so that edges between nodes of different chunks are found too.
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, Subgraph['edges'][number]>();
  let truncated = false;
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const sub = await api.neighbourhood({ ids: ids.slice(i, i + IDS_PER_QUERY), depth: 1, relationTypes, limit: MAX_LIMIT, ...range });
    truncated ||= sub.truncated;
    const part = restrictTo(sub, keep);
    for (const n of part.nodes) nodes.set(n.id, n);
    for (const e of part.edges) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/** Puts a node (e.g. a search hit) on the canvas, joined to what is already there. */
export async function putOnCanvas(node: GraphNode): Promise<void> {
  const present = graphAtom.get().nodes;
  graphAtom.set(mergeSubgraph(graphAtom.get(), { nodes: [node], edges: [] }));
  if (present.size === 0) return;
  const sub = await track(t('graph.connecting'), () =>
    api.neighbourhood({ ids: [node.id], depth: 1, relationTypes: wantedRelationTypes(), limit: MAX_LIMIT }),
  );
  const keep = new Set([...graphAtom.get().nodes.keys()]);
  graphAtom.set(mergeSubgraph(graphAtom.get(), restrictTo(sub, keep)));
}

/** Replaces the canvas with the nodes of a shared view and the edges among them. */
export async function loadIds(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const sub = await track(t('graph.loadingView'), () => edgesAmong(ids));
  graphAtom.set(replaceGraph(sub));
  const missing = ids.length - sub.nodes.length;
  if (missing > 0) notify({ kind: 'info', text: t('graph.missing', { count: missing }) });
}

export function hide(ids: string[]): void {
  graphAtom.set(removeNodes(graphAtom.get(), ids));
}

/** Removes what expanding this node added; a node never expanded loses the neighbours that hang on it alone. */
export function collapse(id: string): number {
  const state = graphAtom.get();
  const added = expansions.get(id);
  if (added) {
    const next = withoutAdded(state, added);
    graphAtom.set(next);
    return state.nodes.size - next.nodes.size;
  }
  const leaves = leavesOf(state, id);
  graphAtom.set(removeNodes(state, leaves));
  return leaves.length;
}

export function clearCanvas(): void {
  graphAtom.set(replaceGraph({ nodes: [], edges: [] }));
  setPathIds([]);
}

export interface ExampleView {
  title: string;
  description: string;
  run: () => Promise<void>;
}

async function firstHit(text: string, types?: GraphNode['type'][]): Promise<GraphNode> {
  const [hit] = await api.search(text, 1, types);
  if (!hit) throw new Error(t('graph.notInGraph', { text }));
  return hit;
}

async function example(title: string, text: string, type: GraphNode['type'], depth: number, relationTypes?: RelationType[]) {
  const sub = await track(title, async () => {
    const hit = await firstHit(text, [type]);
    return api.neighbourhood({ ids: [hit.id], depth, relationTypes, limit: 1000 });
  });
  setPathIds([]);
  graphAtom.set(replaceGraph(sub));
}

async function fetchAllianceView(orgId: string): Promise<Subgraph> {
  const membership = await api.neighbourhood({ ids: [orgId], depth: 1, relationTypes: ['MEMBER_OF'], limit: 1000 });
  const members = membersOf(orgId, membership);
  const troops = members.length
    ? await api.neighbourhood({ ids: members.slice(0, 200), depth: 1, relationTypes: ['SENDS_TROOPS_TO'], limit: 1000 })
    : { nodes: [], edges: [], truncated: false };
  return allianceView(orgId, membership, troops);
}

async function allianceExample(title: string, text: string): Promise<void> {
  const sub = await track(title, async () => fetchAllianceView((await firstHit(text, ['ORGANISATION'])).id));
  setPathIds([]);
  graphAtom.set(replaceGraph(sub));
}

export const EXAMPLES: ExampleView[] = [
  {
    title: t('example.csto'),
    description: t('example.csto.description'),
    run: () => allianceExample(t('example.csto'), 'CSTO'),
  },
  {
    title: t('example.quoted'),
    description: t('example.quoted.description'),
    run: () => example(t('example.quoted'), 'Kasakhstan', 'COUNTRY', 2, ['ABOUT', 'SAID']),
  },
  {
    title: t('example.tokajev'),
    description: t('example.tokajev.description'),
    run: () => example(t('example.tokajev'), 'Tokajev', 'PERSON', 1, ['HAS_ROLE', 'MEMBER_OF', 'LOCATED_IN', 'SAID']),
  },
];

/** Fetches the paths between two nodes (over the relations shown), adds them, and returns the ids highlighted. */
export function findPaths(from: string, to: string): Promise<string[]> {
  return findPathList(from, to, wantedRelationTypes());
}
