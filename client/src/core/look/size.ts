// Node size from how many articles mention it, on a log scale: one hub must not swamp the canvas.
import type { NodeType } from '../../api/types.ts';

export const MIN_SIZE = 22;
export const MAX_SIZE = 96;
/** Pixels added per doubling of the article count. */
const PER_DOUBLING = 7;

/** Statements and articles have no article count and keep a small fixed size. */
const FIXED: Partial<Record<NodeType, number>> = { STATEMENT: 20, ARTICLE: 22 };

export function nodeSize(type: NodeType, articleCount: number | null | undefined): number {
  const fixed = FIXED[type];
  if (fixed !== undefined) return fixed;
  const n = Math.max(0, articleCount ?? 0);
  return Math.round(Math.min(MAX_SIZE, MIN_SIZE + PER_DOUBLING * Math.log2(1 + n)));
}
