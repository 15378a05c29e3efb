// How sure the graph is of an edge, for drawing and filtering: reference facts count as 1.
import type { GraphEdge } from '../../api/types.ts';

/**
 * The default minimum: hides guesses, keeps what one plain sentence states (the seed's troop edges from
 * Kyrgyzstan, Tajikistan and Belarus score 0.5).
 */
export const DEFAULT_MIN_CONFIDENCE = 0.4;

/** Null when the edge type carries no confidence (mentions, quotes, co-occurrence): such edges are never hidden by it. */
export function edgeConfidence(edge: Pick<GraphEdge, 'reference' | 'confidence'>): number | null {
  if (edge.reference) return 1;
  return typeof edge.confidence === 'number' ? edge.confidence : null;
}

/** Opacity for a confidence: weak edges fade but stay visible above the threshold. */
export function confidenceOpacity(confidence: number | null): number {
  if (confidence === null) return 0.8;
  return Math.round((0.3 + 0.65 * Math.min(1, Math.max(0, confidence))) * 100) / 100;
}

export function belowMinimum(edge: Pick<GraphEdge, 'reference' | 'confidence'>, minimum: number): boolean {
  const c = edgeConfidence(edge);
  return c !== null && c < minimum;
}
