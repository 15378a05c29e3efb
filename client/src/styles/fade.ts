// Confidence drawn as colour: a weak edge's colour is mixed toward the canvas background instead of being drawn
// translucent. Cytoscape's canvas renderer draws every translucent arrowhead twice (once to erase the line under it),
// which made a 2,000-edge redraw about a third slower; an opaque, faded colour looks the same on a plain background.

const cache = new Map<string, string>();

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** `colour` as seen at `opacity` over `background`, as an opaque #rrggbb. */
export function fadeToward(colour: string, background: string, opacity: number): string {
  const key = `${colour}|${background}|${opacity}`;
  let out = cache.get(key);
  if (!out) {
    const a = Math.min(1, Math.max(0, opacity));
    const fg = channels(colour);
    const bg = channels(background);
    out = `#${fg.map((c, i) => Math.round(c * a + bg[i]! * (1 - a)).toString(16).padStart(2, '0')).join('')}`;
    cache.set(key, out);
  }
  return out;
}
