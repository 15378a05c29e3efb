// The Cytoscape canvas: mirrors the graph atom, applies filters as classes, lays out new nodes only.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { filtersAtom, inRangeAtom } from '../core/filters/atom.ts';
import { hiddenElements } from '../core/filters/visibility.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { canvasDiff, inState } from '../core/graph/diff.ts';
import type { GraphState } from '../core/graph/types.ts';
import { selectionAtom } from '../core/selection/atom.ts';
import { clearSelection, select } from '../core/selection/actions.ts';
import { cyStyle } from '../styles/cyStyle.ts';
import { applyFilters, showSelection } from './canvasClasses.ts';
import { addInChunks, ARRIVING, ELEMENTS_PER_FRAME } from './layout.ts';
import { BIG, createPlacement, type LayoutReport, type Placement } from './placement.ts';

export type { LayoutReport } from './placement.ts';

/** Beyond this many nodes drawing edges during pan/zoom costs more than it gives. */
const HUGE = 1000;

export interface CanvasHandle {
  cy: Core;
  /** Resolves when the layout triggered by the latest change has finished. */
  settled(): Promise<LayoutReport | undefined>;
  relayout(): Promise<LayoutReport>;
  fit(): void;
  /** Where each node is now, for history entries and saved views. */
  positions(): Map<string, { x: number; y: number }>;
}

function tuneForSize(cy: Core): void {
  // The renderer reads these on every frame, so they can follow the graph's size.
  const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
  const n = cy.nodes().length;
  r.textureOnViewport = n > BIG;
  r.hideEdgesOnViewport = n > HUGE;
}

/** Keeps the canvas in step with the graph state: removes, updates, adds (a chunk per frame when many), places. */
function mirror(cy: Core, container: HTMLElement, placement: Placement): (state: GraphState) => void {
  const placeAll = (state: GraphState, fresh: string[], whole: boolean) => {
    applyFilters(cy, container);
    tuneForSize(cy);
    return placement.place(state, fresh, whole);
  };
  return (state) => {
    placement.begin();
    const sel = selectionAtom.get().selected;
    if (sel && !inState(state, sel.id, sel.kind === 'node')) clearSelection();
    const whole = state.replaced || cy.nodes().length === 0;
    const diff = canvasDiff(state, (id) => cy.getElementById(id).nonempty());
    // Nodes a newer change cut short before they were placed are placed with this change's.
    const fresh = [...diff.fresh, ...cy.nodes(`.${ARRIVING}`).filter((n) => state.nodes.has(n.id())).map((n) => n.id())];
    const chunked = diff.add.length > ELEMENTS_PER_FRAME;
    // A whole new graph, big, with no positions of its own and nothing in common with what the canvas holds: laid
    // out before it is added (see Placement.addPlaced). Shared elements are laid out with the rest, on the canvas.
    const layoutFirst = chunked && whole && !state.positions && diff.update.length === 0;
    cy.batch(() => {
      cy.elements()
        .filter((ele) => !inState(state, ele.id(), ele.isNode()))
        .remove();
      for (const el of diff.update) cy.getElementById(el.data.id!).data(el.data);
      if (diff.add.length && !chunked) cy.add(diff.add);
    });
    if (layoutFirst) return void placement.track(placement.addPlaced(withFilters(diff.add, state)).then((done) => (applyFilters(cy, container), tuneForSize(cy), done)));
    if (!chunked) return void placeAll(state, fresh, whole);
    // Thousands of elements in one batch freeze the page for seconds: add them a chunk per frame, undrawn until placed.
    placement.track(addInChunks(cy, arriving(diff.add, state.positions)).then((done) => (done ? placeAll(state, fresh, whole) : undefined)));
  };
}

/** The elements, those the filters hide already classed so: added hidden, they are never drawn and then hidden. */
function withFilters(add: ElementDefinition[], state: GraphState): ElementDefinition[] {
  const hidden = hiddenElements(state, filtersAtom.get(), inRangeAtom.get());
  return add.map((el) => ((el.group === 'nodes' ? hidden.nodes : hidden.edges).has(el.data.id!) ? { ...el, classes: `${el.classes ?? ''} filtered` } : el));
}

/** Elements to add in chunks: marked as arriving (not drawn), at the positions a restored view gives them. */
function arriving(add: ElementDefinition[], placed: GraphState['positions']): ElementDefinition[] {
  return add.map((el) => {
    const at = el.group === 'nodes' ? placed?.get(el.data.id!) : undefined;
    return { ...el, classes: `${el.classes ?? ''} ${ARRIVING}`, ...(at ? { position: { ...at } } : {}) };
  });
}

/** Taps select, Ctrl/Shift/Cmd-taps leave the multi-selection to Cytoscape, a double tap expands. */
function wireTaps(cy: Core, onExpand: (id: string) => void): void {
  const adding = (e: cytoscape.EventObject) => {
    const m = e.originalEvent as MouseEvent | undefined;
    return Boolean(m?.ctrlKey || m?.shiftKey || m?.metaKey);
  };
  cy.on('tap', 'node', (e) => {
    if (!adding(e)) select('node', e.target.id());
  });
  cy.on('tap', 'edge', (e) => select('edge', e.target.id()));
  cy.on('tap', (e) => {
    if (e.target === cy) clearSelection();
  });
  cy.on('dbltap', 'node', (e) => onExpand(e.target.id()));
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
  const placement = createPlacement(cy, container);
  const sync = mirror(cy, container, placement);
  const filter = () => applyFilters(cy, container);
  graphAtom.subscribe(sync);
  filtersAtom.subscribe(filter);
  inRangeAtom.subscribe(filter);
  selectionAtom.subscribe(() => showSelection(cy));
  wireTaps(cy, onExpand);
  sync(graphAtom.get());
  return {
    cy,
    settled: placement.settled,
    fit: placement.fit,
    positions: () => new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    relayout: placement.relayout,
  };
}
