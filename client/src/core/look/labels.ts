// Which node labels to draw: all when they fit, else the most important ones the zoom level leaves room for.

export interface LabelCandidate {
  id: string;
  /** Importance: the article count (node size) decides who keeps a label when space is short. */
  weight: number;
}

/** Room one label needs on screen, in px²: about 140 × 18, with room round it for the lines between nodes. */
const LABEL_AREA = 140 * 18 * 8;
/** The largest nodes always keep their label, whatever the zoom. */
export const ALWAYS_LABELLED = 8;

/** How many labels fit in a viewport of this size: more when zoomed in, since nodes then lie further apart. */
export function labelBudget(width: number, height: number, zoom: number): number {
  const room = (width * height) / LABEL_AREA;
  return Math.max(ALWAYS_LABELLED, Math.floor(room * Math.min(4, Math.max(0.25, zoom))));
}

/**
 * The ids to label: the pinned ones (selected, hovered, path), the `ALWAYS_LABELLED` heaviest, then the
 * heaviest of the rest up to the budget. `candidates` are the nodes in view.
 */
export function chooseLabels(candidates: readonly LabelCandidate[], budget: number, pinned: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>(pinned);
  const ranked = [...candidates].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  const room = Math.max(budget, ALWAYS_LABELLED);
  for (const c of ranked) {
    if (out.size >= room + pinned.size) break;
    out.add(c.id);
  }
  return out;
}
