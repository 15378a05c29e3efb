// The viewport that fits a box of model positions: what cy.fit does, for nodes not drawn yet (Cytoscape gives
// undrawn elements no bounding box). Pure, so it is unit-tested.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The box round nodes at `points`, each `size` across; undefined for none. */
export function boxAround(points: Iterable<{ x: number; y: number; size: number }>): Box | undefined {
  let box: Box | undefined;
  for (const p of points) {
    const r = p.size / 2;
    box = box ? { x1: Math.min(box.x1, p.x - r), y1: Math.min(box.y1, p.y - r), x2: Math.max(box.x2, p.x + r), y2: Math.max(box.y2, p.y + r) } : { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
  }
  return box;
}

/** Zoom and pan that show `box` in a `width`×`height` canvas with `padding` round it, the zoom within its bounds. */
export function fitViewport(box: Box, width: number, height: number, padding: number, minZoom: number, maxZoom: number): Viewport {
  const w = Math.max(1, box.x2 - box.x1);
  const h = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h)));
  return { zoom, pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 } };
}
