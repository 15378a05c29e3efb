// Runs a layout on a headless Cytoscape off the main thread and posts the positions back.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { cytoscapeOptions, type LayoutRequest } from './options.ts';
import { timelinePositions } from './timeline.ts';

cytoscape.use(fcose);

export interface LayoutReply {
  seq: number;
  positions: Record<string, { x: number; y: number }>;
  ms: number;
  error?: string;
}

function run(req: LayoutRequest): Record<string, { x: number; y: number }> {
  if (req.name === 'timeline') return timelinePositions(req.nodes.map((n) => n.id), req.dates);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...req.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x ?? 0, y: n.y ?? 0 } })),
      ...req.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  const options = cytoscapeOptions(req);
  cy.layout(options).run(); // these layouts run synchronously when not animated
  if ((options as { quality?: string }).quality === 'draft') spread(cy.nodes());
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => void (out[n.id()] = { ...n.position() }));
  cy.destroy();
  return out;
}

/** Spectral layouts come out dense; scale them so each node gets room of about `room`² px. */
function spread(nodes: cytoscape.NodeCollection, room = 70): void {
  const bb = nodes.boundingBox({});
  const factor = Math.sqrt((nodes.length * room * room) / Math.max(1, bb.w * bb.h));
  if (factor <= 1) return;
  const cx = (bb.x1 + bb.x2) / 2;
  const cy0 = (bb.y1 + bb.y2) / 2;
  nodes.positions((n) => {
    const p = (n as cytoscape.NodeSingular).position();
    return { x: cx + (p.x - cx) * factor, y: cy0 + (p.y - cy0) * factor };
  });
}

self.onmessage = (event: MessageEvent<{ seq: number; request: LayoutRequest }>) => {
  const { seq, request } = event.data;
  const t0 = performance.now();
  try {
    const positions = run(request);
    self.postMessage({ seq, positions, ms: Math.round(performance.now() - t0) } satisfies LayoutReply);
  } catch (error) {
    self.postMessage({ seq, positions: {}, ms: 0, error: String((error as Error)?.message ?? error) } satisfies LayoutReply);
  }
};
