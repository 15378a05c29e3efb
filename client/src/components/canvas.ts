// The Cytoscape canvas: mirrors the graph atom, applies filters as classes, lays out new nodes only.
import cytoscape, { type Core, type NodeSingular, type CollectionReturnValue } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { filtersAtom, inRangeAtom } from '../core/filters/atom.ts';
import { hiddenElements } from '../core/filters/visibility.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { toEdgeElement, toNodeElement } from '../core/graph/elements.ts';
import type { GraphState } from '../core/graph/types.ts';
import { selectionAtom } from '../core/selection/atom.ts';
import { clearSelection, select } from '../core/selection/actions.ts';
import { cyStyle } from '../styles/cyStyle.ts';

cytoscape.use(fcose);

/** Beyond this many nodes animation and edge drawing during pan/zoom cost more than they give. */
const BIG = 300;
const HUGE = 1000;
const MAX_FIT_ZOOM = 1.5;

export interface LayoutReport {
  nodes: number;
  laidOut: number;
  ms: number;
}

export interface CanvasHandle {
  cy: Core;
  /** Resolves when the layout triggered by the latest change has finished. */
  settled(): Promise<LayoutReport | undefined>;
  relayout(): Promise<LayoutReport>;
  fit(): void;
}

export function createCanvas(container: HTMLElement, onExpand: (id: string) => void): CanvasHandle {
  const cy = cytoscape({
    container,
    style: cyStyle,
    minZoom: 0.05,
    maxZoom: 4,
    selectionType: 'single',
    boxSelectionEnabled: false,
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
    const n = eles.nodes().length;
    const total = cy.nodes().length;
    // The force-directed phase scales with n² and its iteration floor grows with n: for big graphs
    // the spectral ("draft") phase alone keeps layout time to a couple of seconds.
    const draft = !incremental && total > HUGE;
    return new Promise((resolve) => {
      if (n === 0) return resolve({ nodes: total, laidOut: 0, ms: 0 });
      const layout = eles.layout({
        name: 'fcose',
        quality: draft ? 'draft' : 'default',
        randomize: !incremental,
        animate: total <= BIG,
        animationDuration: 400,
        fit: !incremental,
        padding: 40,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        // Bounded work for big graphs: fewer iterations, cooling fast.
        numIter: total > HUGE ? 600 : 2500,
        fixedNodeConstraint: fixed.length ? fixed.map((f) => ({ nodeId: f.id(), position: { ...f.position() } })) : undefined,
      } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => {
        if (draft) spread(eles.nodes());
        if (!incremental) fitView();
        const report = { nodes: total, laidOut: n, ms: Math.round(performance.now() - t0) };
        (window as unknown as { __kgLayout?: LayoutReport }).__kgLayout = report;
        container.dispatchEvent(new CustomEvent('kg:layout', { detail: report }));
        resolve(report);
      });
      layout.run();
    });
  }

  /** Fits the visible graph, but never zooms in so far that a handful of nodes fill the screen. */
  function fitView(): void {
    cy.fit(cy.elements(':visible'), 40);
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Spectral layouts come out dense; scale them so each node gets room of about `room`² px. */
  function spread(nodes: cytoscape.NodeCollection, room = 70): void {
    const bb = nodes.boundingBox({});
    const area = Math.max(1, bb.w * bb.h);
    const factor = Math.sqrt((nodes.length * room * room) / area);
    if (factor <= 1) return;
    const cx = (bb.x1 + bb.x2) / 2;
    const cy0 = (bb.y1 + bb.y2) / 2;
    nodes.positions((n) => {
      const p = n.position();
      return { x: cx + (p.x - cx) * factor, y: cy0 + (p.y - cy0) * factor };
    });
  }

  /** Rings the new nodes round an already placed neighbour, so the incremental layout starts untangled. */
  function seedPositions(fresh: cytoscape.NodeCollection): void {
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
  }

  function sync(state: GraphState): void {
    const sel = selectionAtom.get().selected;
    if (sel && !(sel.kind === 'node' ? state.nodes.has(sel.id) : state.edges.has(sel.id))) clearSelection();
    const wasEmpty = cy.nodes().length === 0;
    const fresh: string[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((ele) => !(ele.isNode() ? state.nodes.has(ele.id()) : state.edges.has(ele.id())))
        .remove();
      const add: cytoscape.ElementDefinition[] = [];
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
      if (add.length) cy.add(add);
    });
    applyFilters();
    tuneForSize();
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
      cy.elements(':selected').unselect();
      if (s.selected) cy.getElementById(s.selected.id).select();
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

  cy.on('tap', 'node', (e) => select('node', e.target.id()));
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
    relayout: () => (pending = runLayout(cy.elements(':visible'), false, []) as Promise<LayoutReport>) as Promise<LayoutReport>,
  };
}
