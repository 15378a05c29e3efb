// An edge's identity: its API id, and the key its evidence is filed under. Shared by the writers and the API.
import { GRAPH } from '../../schema/model.ts';

/** TYPE|sourceId|targetId, and |title for HAS_ROLE (the only type whose title tells edges apart). */
export function edgeId(type: string, source: string, target: string, title?: string | null): string {
  return [type, source, target, ...(title ? [title] : [])].join('|');
}

/** The relationship types that keep one Evidence node per supporting article. */
export const EVIDENCE_TYPES = GRAPH.evidenceTypes;

/** The parts of a key (ids hold no '|'; a title may, so it takes the rest). */
export function parseEdgeKey(key: string): { type: string; source: string; target: string; title: string | null } {
  const [type, source, target, ...title] = key.split('|');
  return { type, source, target, title: title.length ? title.join('|') : null };
}
