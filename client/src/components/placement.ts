// Where the canvas's nodes go after a change: a layout in the worker, rings for an expansion's new nodes, or the
// positions a restored view brings; then what arrived in chunks is shown and the view fitted.
import type { CollectionReturnValue, Core, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';
import { articleDatesAtom, ensureArticleDates } from '../core/layout/dates.ts';
import { graphAtom } from '../core/graph/atom.ts';
import type { GraphState } from '../core/graph/types.ts';
import { layoutAtom } from '../core/layout/atom.ts';
import { boxAround, fitViewport } from '../core/layout/fit.ts';
import { ringPositions } from '../core/layout/rings.ts';
import { nodeDates } from '../core/layout/timeline.ts';
import { layoutInWorker } from '../core/layout/runner.ts';
import { addInChunks, applyPositions, ARRIVING, requestForDefinitions, revealInChunks, runWorkerLayout } from './layout.ts';

/** Beyond this many nodes an expansion lays out only its own part, and hundreds of new nodes keep their rings. */
export const BIG = 300;
const MAX_FIT_ZOOM = 1.5;

export interface LayoutReport {
  nodes: number;
  laidOut: number;
  ms: number;
  /** Time the layout itself took in the worker. */
  workerMs?: number;
  layout?: string;
}

export interface Placement {
  /** A change has begun: whatever an older one still has to show waits for this one. */
  begin(): void;
  /** Places the new nodes of `state` (all of them when `whole`), then shows them; resolves when done. */
  place(state: GraphState, fresh: string[], whole: boolean): Promise<LayoutReport | undefined>;
  /** Resolves when the latest change is placed and shown. */
  settled(): Promise<LayoutReport | undefined>;
  /**
   * A whole new graph of many elements: laid out from their data before any is added, then added a chunk per frame
   * where they belong, so that each element is styled once and no frame redraws a graph still being built.
   */
  addPlaced(add: ElementDefinition[]): Promise<LayoutReport | undefined>;
  /** Waits for `work` (e.g. elements added a chunk per frame) before the next `settled`. */
  track(work: Promise<LayoutReport | undefined>): void;
  relayout(): Promise<LayoutReport>;
  fit(): void;
}

/** The timeline places nodes by their articles' dates, fetched the first time it is chosen; other layouts need none. */
async function timelineDates(name: string): Promise<Record<string, string>> {
  if (name !== 'timeline') return {};
  await ensureArticleDates();
  return nodeDates(graphAtom.get(), articleDatesAtom.get());
}

/**
 * Fits the visible graph, but never zooms in so far that a handful of nodes fill the screen. Nodes still arriving
 * count too: fitted before they are drawn, the view is drawn once at its final zoom, not once more after a fit.
 */
export function fitView(cy: Core): void {
  const arriving = cy.nodes(`.${ARRIVING}`);
  if (arriving.empty()) {
    cy.fit(cy.elements(':visible'), 40);
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    return;
  }
  const shown = cy.nodes().not('.filtered, .grouped').nodes();
  fitPoints(cy, shown.map((n) => ({ ...n.position(), size: Number(n.data('size') ?? 0) })));
}

/** The viewport that shows nodes at these positions (as cy.fit would, for nodes it cannot measure yet). */
function fitPoints(cy: Core, points: { x: number; y: number; size: number }[]): void {
  const box = boxAround(points);
  if (box) cy.viewport(fitViewport(box, cy.width(), cy.height(), 40, cy.minZoom(), Math.min(cy.maxZoom(), MAX_FIT_ZOOM)));
}

/** Tells the page (and the benchmarks) that a layout is done. */
function announce(container: HTMLElement, done: LayoutReport): LayoutReport {
  (window as unknown as { __kgLayout?: LayoutReport }).__kgLayout = done;
  container.dispatchEvent(new CustomEvent('kg:layout', { detail: done }));
  return done;
}

/** The view fitted to where the nodes about to be added will be (undrawn nodes have no bounding box). */
function fitPlaced(cy: Core, add: ElementDefinition[]): void {
  const shown = add.filter((e) => e.group === 'nodes' && e.position && !/\bfiltered\b/.test(String(e.classes ?? '')));
  fitPoints(cy, shown.map((e) => ({ ...e.position!, size: Number(e.data.size ?? 0) })));
}

/** See Placement.addPlaced; undefined when `isStale` says a newer change came (it adds what its state still has). */
async function layOutThenAdd(cy: Core, add: ElementDefinition[], isStale: () => boolean): Promise<{ nodes: number; workerMs: number; layout: string } | undefined> {
  const name = layoutAtom.get();
  const result = await layoutInWorker(requestForDefinitions(name, add, await timelineDates(name)));
  if (!result || isStale()) return undefined;
  const placed = add.map((e) => (e.group === 'nodes' && result.positions[e.data.id!] ? { ...e, position: { ...result.positions[e.data.id!]! } } : e));
  fitPlaced(cy, placed);
  if (!(await addInChunks(cy, placed))) return undefined;
  return { nodes: placed.filter((e) => e.group === 'nodes').length, workerMs: result.ms, layout: name };
}

/** Rings the new nodes round an already placed neighbour, so the incremental layout starts untangled. */
function seedPositions(cy: Core, fresh: NodeCollection): void {
  const ext = cy.extent();
  const centre = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  const groups = new Map<string, string[]>();
  fresh.forEach((node) => {
    const anchor = node.neighborhood('node').not(fresh).nodes().first();
    const key = anchor.nonempty() ? anchor.id() : '';
    groups.set(key, [...(groups.get(key) ?? []), node.id()]);
  });
  cy.batch(() => {
    for (const [key, ids] of groups) {
      const at = key ? cy.getElementById(key).position() : centre;
      for (const [id, p] of ringPositions(at, ids, Math.random() * 2 * Math.PI)) cy.getElementById(id).position(p);
    }
  });
}

export function createPlacement(cy: Core, container: HTMLElement): Placement {
  let pending: Promise<LayoutReport | undefined> = Promise.resolve(undefined);
  let change = 0;
  /** Shows what arrived, when called, unless a change newer than the one under way now began meanwhile. */
  const revealer = () => {
    const mine = change;
    return () => revealInChunks(cy, () => mine !== change);
  };
  const fit = () => fitView(cy);
  const report = (laidOut = 0): LayoutReport => ({ nodes: cy.nodes().length, laidOut, ms: 0 });

  const finish = (done: LayoutReport) => announce(container, done);

  async function addPlaced(add: ElementDefinition[]): Promise<LayoutReport | undefined> {
    const mine = change;
    const t0 = performance.now();
    const done = await layOutThenAdd(cy, add, () => mine !== change);
    return done && finish({ ...report(done.nodes), ms: Math.round(performance.now() - t0), workerMs: done.workerMs, layout: done.layout });
  }

  function runLayout(eles: CollectionReturnValue, incremental: boolean, fixed: NodeSingular[], reveal = revealer()): Promise<LayoutReport> {
    const t0 = performance.now();
    const nodes = eles.nodes();
    if (nodes.length === 0) return Promise.resolve(report());
    // Expansions place new nodes with forces whatever the chosen layout; a full re-layout uses the chosen one.
    const name = incremental ? 'force' : layoutAtom.get();
    const pinned = nodes.filter('.pinned');
    const scope = {
      name,
      nodes: nodes.not(pinned),
      fixed: cy.collection(fixed as unknown as cytoscape.CollectionArgument).union(pinned),
      incremental: incremental || pinned.nonempty(),
      roots: cy.nodes(':selected').map((n) => n.id()),
    };
    // The layout runs in a worker; only applying its positions touches this thread, a chunk per frame.
    return timelineDates(name)
      .then((dates) => runWorkerLayout(cy, { ...scope, dates }))
      .then(async (workerMs) => {
        if (!incremental && workerMs !== null) fit();
        if (workerMs !== null) await reveal();
        return finish({ ...report(nodes.length), ms: Math.round(performance.now() - t0), workerMs: workerMs ?? undefined, layout: name });
      });
  }

  /** New nodes beside a placed graph: rings round their anchors, then forces on them (and their neighbours when big). */
  function placeExpansion(freshNodes: NodeCollection, reveal: () => Promise<boolean>): Promise<LayoutReport> {
    seedPositions(cy, freshNodes);
    // Small graphs: everything takes part, the old nodes pinned, so new ones are pushed clear of them.
    // Big graphs: only the new nodes and the neighbours they hang on, to keep the layout time bounded.
    const small = cy.nodes().length <= BIG;
    const pinned = small ? cy.nodes().not(freshNodes) : freshNodes.neighborhood('node').not(freshNodes);
    const scope = small ? cy.elements() : freshNodes.union(pinned).union(freshNodes.connectedEdges());
    freshNodes.addClass('fresh');
    setTimeout(() => freshNodes.removeClass('fresh'), 2500);
    // Hundreds of nodes at once: the force phase would take seconds (its iteration floor grows with n),
    // so they keep their rings round their anchors.
    if (freshNodes.length > BIG) {
      fit();
      return reveal().then(() => report());
    }
    return runLayout(scope, true, pinned.toArray() as NodeSingular[], reveal).then((done) => {
      if (cy.nodes().length <= BIG) fit();
      return done;
    });
  }

  function place(state: GraphState, fresh: string[], whole: boolean): Promise<LayoutReport | undefined> {
    const reveal = revealer();
    if (state.positions) {
      const positions = Object.fromEntries(state.positions);
      pending = applyPositions(cy, positions).then(() => reveal()).then(() => report());
    } else if (fresh.length && whole) {
      pending = runLayout(cy.elements(), false, [], reveal);
    } else if (fresh.length) {
      const freshSet = new Set(fresh);
      pending = placeExpansion(cy.nodes().filter((n) => freshSet.has(n.id())), reveal);
    } else if (cy.elements(`.${ARRIVING}`).nonempty()) {
      // Only edges arrived (a filter let more through): nothing to place.
      pending = reveal().then(() => report());
    }
    return pending;
  }

  return {
    begin: () => void change++,
    place,
    settled: () => pending,
    addPlaced,
    track: (work) => void (pending = work),
    fit,
    relayout: () => (pending = runLayout(cy.elements(':visible'), false, [])) as Promise<LayoutReport>,
  };
}
