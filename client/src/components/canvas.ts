// The Cytoscape canvas: mirrors the graph atom, applies filters as classes, lays out new nodes only.
import cytoscape, { type Core, type NodeSingular, type CollectionReturnValue } from 'cytoscape';
import { filtersAtom, inRangeAtom } from '../core/filters/atom.ts';
import { articleDatesAtom, ensureArticleDates } from '../core/layout/dates.ts';
import { hiddenElements } from '../core/filters/visibility.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { toEdgeElement, toNodeElement } from '../core/graph/elements.ts';
import type { GraphState } from '../core/graph/types.ts';
import { layoutAtom } from '../core/layout/atom.ts';
import { nodeDates } from '../core/layout/timeline.ts';
import { selectionAtom } from '../core/selection/atom.ts';
import { clearSelection, select } from '../core/selection/actions.ts';
import { cyStyle } from '../styles/cyStyle.ts';
import { addInChunks, applyPositions, ELEMENTS_PER_FRAME, runWorkerLayout } from './layout.ts';

/** Beyond this many nodes animation and edge drawing during pan/zoom cost more than they give. */
const BIG = 300;
const HUGE = 1000;
const MAX_FIT_ZOOM = 1.5;

export interface LayoutReport {
  nodes: number;
  laidOut: number;
  ms: number;
  /** Time the layout itself took in the worker. */
  workerMs?: number;
  layout?: string;
}

export interface CanvasHandle {
  cy: Core;
  /** Resolves when the layout triggered by the latest change has finished. */
  settled(): Promise<LayoutReport | undefined>;
  relayout(): Promise<LayoutReport>;
  fit(): void;
  /** Where each node is now, for history entries and saved views. */
  positions(): Map<string, { x: number; y: number }>;
}

/** The timeline places nodes by their articles' dates, fetched the first time it is chosen; other layouts need none. */
async function timelineDates(name: string): Promise<Record<string, string>> {
  if (name !== 'timeline') return {};
  await ensureArticleDates();
  return nodeDates(graphAtom.get(), articleDatesAtom.get());
}

export function createCanvas(container: HTMLElement, onExpand: (id: string) => void): CanvasHandle {
  const cy = cytoscape({
    container,
    style: cyStyle,
    minZoom: 0.05,
    maxZoom: 4,
    // One node by a click; more with Ctrl/Shift-click or a Ctrl/Shift-drag box.
    selectionType: 'single',
    boxSelectionEnabled: true,
  });
  let pending: Promise<LayoutReport | undefined> = Promise.resolve(undefined);

  function tuneForSize(): void {
    // The renderer reads these on every frame, so they can follow the graph's size.
    const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    const n = cy.nodes().length;
    r.textureOnViewport = n > BIG;
    r.hideEdgesOnViewport = n > HUGE;
  }

  function runLayout(eles: CollectionReturnValue, incremental: boolean, fixed: NodeSingular[]): Promise<LayoutReport> {
    const t0 = performance.now();
    const nodes = eles.nodes();
    const total = cy.nodes().length;
    if (nodes.length === 0) return Promise.resolve({ nodes: total, laidOut: 0, ms: 0 });
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
    return timelineDates(name).then((dates) => runWorkerLayout(cy, { ...scope, dates })).then((workerMs) => {
      if (!incremental && workerMs !== null) fitView();
      const report = { nodes: total, laidOut: nodes.length, ms: Math.round(performance.now() - t0), workerMs: workerMs ?? undefined, layout: name };
      (window as unknown as { __kgLayout?: LayoutReport }).__kgLayout = report;
      container.dispatchEvent(new CustomEvent('kg:layout', { detail: report }));
      return report;
    });
  }

  /** Fits the visible graph, but never zooms in so far that a handful of nodes fill the screen. */
  function fitView(): void {
    cy.fit(cy.elements(':visible'), 40);
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Rings the new nodes round an already placed neighbour, so the incremental layout starts untangled. */
  function seedPositions(fresh: cytoscape.NodeCollection): void {
    cy.startBatch();
    const ext = cy.extent();
    const centre = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
    const groups = new Map<string, NodeSingular[]>();
    fresh.forEach((node) => {
      const anchor = node.neighborhood('node').not(fresh).nodes().first();
      const key = anchor.nonempty() ? anchor.id() : '';
      groups.set(key, [...(groups.get(key) ?? []), node]);
    });
    for (const [key, nodes] of groups) {
      const at = key ? cy.getElementById(key).position() : centre;
      // Concentric rings, about 80 px apart along each ring and 90 px between rings.
      const turn = Math.random() * 2 * Math.PI;
      let placed = 0;
      for (let radius = 130; placed < nodes.length; radius += 90) {
        const fits = Math.max(6, Math.floor((2 * Math.PI * radius) / 80));
        const ring = nodes.slice(placed, placed + fits);
        ring.forEach((node, i) => {
          const angle = turn + (2 * Math.PI * i) / ring.length;
          node.position({ x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
        });
        placed += ring.length;
      }
    }
    cy.endBatch();
  }

  function sync(state: GraphState): void {
    const sel = selectionAtom.get().selected;
    if (sel && !(sel.kind === 'node' ? state.nodes.has(sel.id) : state.edges.has(sel.id))) clearSelection();
    const wasEmpty = cy.nodes().length === 0;
    const fresh: string[] = [];
    const add: cytoscape.ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((ele) => !(ele.isNode() ? state.nodes.has(ele.id()) : state.edges.has(ele.id())))
        .remove();
      for (const node of state.nodes.values()) {
        const existing = cy.getElementById(node.id);
        if (existing.empty()) {
          add.push(toNodeElement(node));
          fresh.push(node.id);
        } else existing.data(toNodeElement(node).data);
      }
      for (const edge of state.edges.values()) {
        const existing = cy.getElementById(edge.id);
        if (existing.empty()) add.push(toEdgeElement(edge));
        else existing.data(toEdgeElement(edge).data);
      }
      if (add.length && add.length <= ELEMENTS_PER_FRAME) cy.add(add);
    });
    if (add.length > ELEMENTS_PER_FRAME) {
      // Thousands of elements in one batch freeze the page for seconds: add them a chunk per frame.
      const placed = state.positions;
      if (placed) for (const el of add) if (el.group === 'nodes' && placed.has(el.data.id!)) el.position = { ...placed.get(el.data.id!)! };
      pending = addInChunks(cy, add).then((done) => (done ? placeFresh(state, fresh, wasEmpty) : undefined));
      return;
    }
    placeFresh(state, fresh, wasEmpty);
  }

  /** After the elements are in: filters, and a layout for the new nodes (or the positions a restored view brings). */
  function placeFresh(state: GraphState, fresh: string[], wasEmpty: boolean): Promise<LayoutReport | undefined> | undefined {
    applyFilters();
    tuneForSize();
    if (state.positions) {
      pending = applyPositions(cy, Object.fromEntries(state.positions)).then(() => ({ nodes: cy.nodes().length, laidOut: 0, ms: 0 }));
      return pending;
    }
    if (fresh.length === 0) return;
    const freshSet = new Set(fresh);
    const freshNodes = cy.nodes().filter((n) => freshSet.has(n.id()));
    if (state.replaced || wasEmpty) {
      pending = runLayout(cy.elements(), false, []);
    } else {
      seedPositions(freshNodes);
      // Small graphs: everything takes part, the old nodes pinned, so new ones are pushed clear of them.
      // Big graphs: only the new nodes and the neighbours they hang on, to keep the layout time bounded.
      const small = cy.nodes().length <= BIG;
      const pinned = small ? cy.nodes().not(freshNodes) : freshNodes.neighborhood('node').not(freshNodes);
      const scope = small ? cy.elements() : freshNodes.union(pinned).union(freshNodes.connectedEdges());
      freshNodes.addClass('fresh');
      setTimeout(() => freshNodes.removeClass('fresh'), 2500);
      // Hundreds of nodes at once: the force phase would take seconds (its iteration floor grows with n),
      // so they keep their rings round their anchors.
      const bulk = freshNodes.length > BIG;
      const run = bulk
        ? Promise.resolve<LayoutReport>({ nodes: cy.nodes().length, laidOut: 0, ms: 0 })
        : runLayout(scope, true, pinned.toArray() as NodeSingular[]);
      if (bulk) fitView();
      pending = run.then((report) => {
        if (cy.nodes().length <= BIG) fitView();
        return report;
      });
    }
    return pending;
  }

  function applyFilters(): void {
    const hidden = hiddenElements(graphAtom.get(), filtersAtom.get(), inRangeAtom.get());
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const off = hidden.nodes.has(n.id());
        if (off !== n.hasClass('filtered')) n.toggleClass('filtered', off);
      });
      cy.edges().forEach((e) => {
        const off = hidden.edges.has(e.id());
        if (off !== e.hasClass('filtered')) e.toggleClass('filtered', off);
      });
    });
    container.dispatchEvent(new CustomEvent('kg:filtered', { detail: { hidden: hidden.nodes.size, total: cy.nodes().length } }));
  }

  function showSelection(): void {
    const s = selectionAtom.get();
    cy.batch(() => {
      // A Ctrl/Shift-click or a box adds to cy's selection: keep it unless the detailed element is not part of it.
      const shown = s.selected ? cy.getElementById(s.selected.id) : undefined;
      if (!shown?.selected()) cy.elements(':selected').unselect();
      shown?.select();
      cy.elements('.path, .faded, .path-start').removeClass('path faded path-start');
      if (s.pathIds.length) {
        const wanted = new Set(s.pathIds);
        const on = cy.elements().filter((e) => wanted.has(e.id()));
        on.addClass('path');
        cy.elements().not(on).addClass('faded');
      }
      if (s.pathStart) cy.getElementById(s.pathStart).addClass('path-start');
    });
  }

  graphAtom.subscribe(sync);
  filtersAtom.subscribe(applyFilters);
  inRangeAtom.subscribe(applyFilters);
  selectionAtom.subscribe(showSelection);

  // With Ctrl/Shift/Cmd, Cytoscape adds the node to (or takes it from) the selection itself: leave it to it.
  const adding = (e: cytoscape.EventObject) => Boolean((e.originalEvent as MouseEvent | undefined)?.ctrlKey || (e.originalEvent as MouseEvent | undefined)?.shiftKey || (e.originalEvent as MouseEvent | undefined)?.metaKey);
  cy.on('tap', 'node', (e) => {
    if (!adding(e)) select('node', e.target.id());
  });
  cy.on('tap', 'edge', (e) => select('edge', e.target.id()));
  cy.on('tap', (e) => {
    if (e.target === cy) clearSelection();
  });
  cy.on('dbltap', 'node', (e) => onExpand(e.target.id()));

  sync(graphAtom.get());
  return {
    cy,
    settled: () => pending,
    fit: fitView,
    positions: () => new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    relayout: () => (pending = runLayout(cy.elements(':visible'), false, []) as Promise<LayoutReport>) as Promise<LayoutReport>,
  };
}
