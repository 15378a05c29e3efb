// Layouts on the canvas: the positions come from the worker, and reach the canvas a chunk per frame.
import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import { chunk, inFrames } from '../core/layout/chunks.ts';
import type { LayoutName, LayoutRequest } from '../core/layout/options.ts';
import { layoutInWorker, type Positions } from '../core/layout/runner.ts';
import { NODE_BORDER } from '../styles/cyStyle.ts';

/** About 2 ms of work a chunk here: 2,000 positions in one batch cost a 267 ms frame, 2,000 elements added 1.4 s. */
export const POSITIONS_PER_FRAME = 150;
export const ELEMENTS_PER_FRAME = 100;
/** Elements shown a chunk per frame once placed: each frame draws all shown so far, so chunks are bigger. */
export const REVEAL_PER_FRAME = 400;
/** The class of elements added but not yet placed: not drawn, so no frame redraws a half-built graph. */
export const ARRIVING = 'arriving';
/** Up to this many nodes the new positions are animated; beyond, they are set a chunk per frame. */
const ANIMATE_UP_TO = 300;

let addGeneration = 0;
let moveGeneration = 0;

/** Adds elements a chunk per frame (nodes first, so edges find their ends); false when a newer change came. */
export function addInChunks(cy: Core, elements: ElementDefinition[]): Promise<boolean> {
  const mine = ++addGeneration;
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group !== 'nodes');
  const parts = chunk([...nodes, ...edges], ELEMENTS_PER_FRAME);
  return inFrames(parts, (part) => cy.batch(() => void cy.add(part.filter((e) => e.group === 'nodes' || (cy.getElementById(e.data.source!).nonempty() && cy.getElementById(e.data.target!).nonempty())))), () => mine !== addGeneration);
}

/**
 * Shows the elements still arriving, a chunk per frame (nodes first); false when `isStale` says a newer change
 * came (that change shows them once it has placed them).
 */
export function revealInChunks(cy: Core, isStale: () => boolean): Promise<boolean> {
  const arriving = cy.elements(`.${ARRIVING}`);
  const parts = chunk([...arriving.nodes(), ...arriving.edges()], REVEAL_PER_FRAME);
  return inFrames(parts, (part) => cy.batch(() => part.forEach((ele) => void ele.removeClass(ARRIVING))), isStale);
}

export function applyPositions(cy: Core, positions: Positions): Promise<boolean> {
  const ids = Object.keys(positions).filter((id) => cy.getElementById(id).nonempty());
  if (ids.length <= ANIMATE_UP_TO) {
    const nodes = cy.nodes().filter((n) => n.id() in positions);
    return new Promise((resolve) => {
      const layout = nodes.layout({ name: 'preset', positions: (n: { id(): string }) => positions[n.id()], animate: ids.length > 1, animationDuration: 350, fit: false } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => resolve(true));
      // An animation cut short by the next restore may never report its end: never leave the caller waiting.
      setTimeout(() => resolve(true), 1500);
      layout.run();
    });
  }
  const mine = ++moveGeneration;
  return inFrames(chunk(ids, POSITIONS_PER_FRAME), (part) => cy.batch(() => part.forEach((id) => cy.getElementById(id).position(positions[id]))), () => mine !== moveGeneration);
}

export interface LayoutScope {
  name: LayoutName;
  /** The nodes to place; edges among them shape the layout. */
  nodes: NodeCollection;
  /** Nodes that keep their place. */
  fixed: NodeCollection;
  incremental: boolean;
  roots: string[];
  dates: Record<string, string>;
}

/** A node's size for the layout; one still arriving is not drawn, so Cytoscape would call it 1×1: its style says. */
function dimensions(n: cytoscape.NodeSingular): { w: number; h: number } {
  if (!n.hasClass(ARRIVING)) return n.layoutDimensions({ nodeDimensionsIncludeLabels: false });
  const border = 2 * n.numericStyle('border-width');
  return { w: n.numericStyle('width') + border, h: n.numericStyle('height') + border };
}

export function layoutRequest(scope: LayoutScope): LayoutRequest {
  const nodes = scope.nodes.union(scope.fixed).nodes();
  return {
    name: scope.name,
    incremental: scope.incremental,
    nodes: nodes.map((n) => {
      const d = dimensions(n);
      const p = n.position();
      return { id: n.id(), w: d.w, h: d.h, x: p.x, y: p.y };
    }),
    edges: nodes.connectedEdges().filter((e) => nodes.contains(e.source()) && nodes.contains(e.target())).map((e: cytoscape.EdgeSingular) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    fixed: scope.fixed.map((n) => ({ id: n.id(), ...n.position() })),
    roots: scope.roots,
    dates: scope.dates,
  };
}

/** A layout request for elements not on the canvas yet: each node's size from its data, as the stylesheet sizes it. */
export function requestForDefinitions(name: LayoutName, add: ElementDefinition[], dates: Record<string, string>): LayoutRequest {
  const nodes = add.filter((e) => e.group === 'nodes');
  const ids = new Set(nodes.map((n) => n.data.id!));
  return {
    name,
    incremental: false,
    nodes: nodes.map((n) => {
      const side = Number(n.data.size ?? 0) + 2 * NODE_BORDER;
      return { id: n.data.id!, w: side, h: side, x: 0, y: 0 };
    }),
    edges: add.filter((e) => e.group !== 'nodes' && ids.has(e.data.source!) && ids.has(e.data.target!)).map((e) => ({ id: e.data.id!, source: e.data.source!, target: e.data.target! })),
    fixed: [],
    roots: [],
    dates,
  };
}

/** Runs a layout in the worker and moves the nodes; resolves with the worker's time, or null when overtaken. */
export async function runWorkerLayout(cy: Core, scope: LayoutScope): Promise<number | null> {
  const result = await layoutInWorker(layoutRequest(scope));
  if (!result) return null;
  const fixed = new Set(scope.fixed.map((n) => n.id()));
  const moving = Object.fromEntries(Object.entries(result.positions).filter(([id]) => !fixed.has(id)));
  return (await applyPositions(cy, moving)) ? result.ms : null;
}
