// The "members sending troops" example: an organisation, its member states, and the troops they send.
// Two one-hop queries instead of one two-hop one: two hops over MEMBER_OF also reach every other
// organisation the members belong to (SCO, BRICS, G20, …), which the question is not about.
import type { GraphEdge, GraphNode, Subgraph } from '../../api/types.ts';

export function membersOf(orgId: string, sub: Pick<Subgraph, 'edges'>): string[] {
  return [...new Set(sub.edges.filter((e) => e.type === 'MEMBER_OF' && e.target === orgId).map((e) => e.source))];
}

/** The subgraph of the organisation, its members, their MEMBER_OF edges to it and their SENDS_TROOPS_TO edges. */
export function allianceView(orgId: string, membership: Subgraph, troops: Subgraph): Subgraph {
  const members = new Set(membersOf(orgId, membership));
  const memberEdges = membership.edges.filter((e) => e.type === 'MEMBER_OF' && e.target === orgId && members.has(e.source));
  const troopEdges = troops.edges.filter((e) => e.type === 'SENDS_TROOPS_TO' && members.has(e.source));
  const keep = new Set([orgId, ...members, ...troopEdges.map((e) => e.target)]);
  const nodes = new Map<string, GraphNode>();
  for (const n of [...membership.nodes, ...troops.nodes]) if (keep.has(n.id)) nodes.set(n.id, n);
  const edges: GraphEdge[] = [...memberEdges, ...troopEdges];
  return { nodes: [...nodes.values()], edges, truncated: membership.truncated || troops.truncated };
}
