// Where new nodes start before an incremental layout: in rings round the placed neighbour they hang on.
// Pure, so it is unit-tested; the canvas supplies the anchors' positions.

export interface Point {
  x: number;
  y: number;
}

/** About 80 px apart along each ring, 90 px between rings, the first ring at 130 px. */
const FIRST_RADIUS = 130;
const RING_GAP = 90;
const ALONG_RING = 80;
const MIN_PER_RING = 6;

/** Positions for `ids` in concentric rings round `at`, the first one turned by `turn` radians. */
export function ringPositions(at: Point, ids: readonly string[], turn: number): Map<string, Point> {
  const out = new Map<string, Point>();
  let placed = 0;
  for (let radius = FIRST_RADIUS; placed < ids.length; radius += RING_GAP) {
    const fits = Math.max(MIN_PER_RING, Math.floor((2 * Math.PI * radius) / ALONG_RING));
    const ring = ids.slice(placed, placed + fits);
    ring.forEach((id, i) => {
      const angle = turn + (2 * Math.PI * i) / ring.length;
      out.set(id, { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
    });
    placed += ring.length;
  }
  return out;
}
