// Statements and articles that hang on one node alone are counted in a badge on it until the badge is opened:
// a hub's hundred quotes then cost one glyph, not a hundred labels.

export interface Leafy {
  id: string;
  type: string;
}

export interface LeafGroup {
  /** The node the leaves hang on. */
  anchor: string;
  type: 'STATEMENT' | 'ARTICLE';
  ids: string[];
}

/** Fewer leaves than this are drawn as they are. */
export const GROUP_MIN = 3;
const GROUPED_TYPES = new Set(['STATEMENT', 'ARTICLE']);

export const groupKey = (anchor: string, type: string): string => `${anchor}|${type}`;

/**
 * Groups of leaf documents per anchor and type. `edges` are the visible ones; `open` holds the group keys the
 * user opened; `keep` ids (selected, on a path) are never grouped.
 */
export function leafGroups(
  nodes: readonly Leafy[],
  edges: readonly { source: string; target: string }[],
  open: ReadonlySet<string>,
  keep: ReadonlySet<string> = new Set(),
  min = GROUP_MIN,
): LeafGroup[] {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
  for (const e of edges) {
    if (e.source === e.target) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const typeOf = new Map(nodes.map((n) => [n.id, n.type]));
  const groups = new Map<string, LeafGroup>();
  for (const n of nodes) {
    const near = neighbours.get(n.id);
    if (!GROUPED_TYPES.has(n.type) || keep.has(n.id) || !near || near.size !== 1) continue;
    const anchor = [...near][0]!;
    // A document hanging on another document (a statement in its article) stays with it.
    if (GROUPED_TYPES.has(typeOf.get(anchor) ?? '')) continue;
    const key = groupKey(anchor, n.type);
    if (open.has(key)) continue;
    const g = groups.get(key) ?? { anchor, type: n.type as LeafGroup['type'], ids: [] };
    g.ids.push(n.id);
    groups.set(key, g);
  }
  return [...groups.values()].filter((g) => g.ids.length >= min);
}
