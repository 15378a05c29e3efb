import { int, type Path as NeoPath } from 'neo4j-driver';
import type { Context } from '../context.ts';
import { badInput, capped, MAX } from '../limits.ts';
import { articleOfEnds, relPattern, toGraphEdge, toGraphNode, type GraphEdge, type GraphNode } from '../mapping.ts';
import { GRAPH } from '../../../schema/model.ts';
import type { Resolvers } from '../generated/graphql.ts';

// pathsBetween: separate paths between two nodes, shortest first, each an ordered chain of hops.

const DEFAULT_RELATIONS = GRAPH.drawnByDefault;

export interface PathResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
}

export interface PathsBetweenArgs {
  from: string;
  to: string;
  maxLength?: number | null;
  relationTypes?: string[] | null;
  first?: number | null;
}

/** One Neo4j path as the API's ordered nodes and edges; edges keep their stored direction. */
export function toPath(p: NeoPath): PathResult {
  const nodes = [toGraphNode(p.start)];
  const edges: GraphEdge[] = [];
  for (const seg of p.segments) {
    nodes.push(toGraphNode(seg.end));
    const forward = seg.relationship.startNodeElementId === seg.start.elementId;
    const [s, t] = forward ? [seg.start, seg.end] : [seg.end, seg.start];
    edges.push(toGraphEdge(seg.relationship, s.properties.id, t.properties.id, articleOfEnds(s, t)));
  }
  return { nodes, edges, length: edges.length };
}

/** A path that passes a node twice is a detour of a shorter one, not a connection of its own. */
function isSimple(path: PathResult): boolean {
  return new Set(path.nodes.map((n) => n.id)).size === path.nodes.length;
}

export async function pathsBetween(ctx: Context, args: PathsBetweenArgs): Promise<PathResult[]> {
  if (args.from === args.to) throw badInput('from and to are the same node: a path needs two different ends');
  // Validated integers, not request text: quantifier bounds and SHORTEST k cannot be Cypher parameters.
  const maxLength = capped('maxLength', args.maxLength, 4, MAX.pathLength);
  const first = capped('first', args.first, 5, MAX.pathsFirst);
  const pattern = relPattern(args.relationTypes?.length ? args.relationTypes : DEFAULT_RELATIONS);
  // Twice as many as asked, so that dropping paths with a repeated node still leaves `first`.
  const k = first * 2;
  return ctx.store.read(async (tx) => {
    const res = await tx.run(
      `MATCH (a:Node {id: $from}), (b:Node {id: $to})
       MATCH p = SHORTEST ${k} (a)-[${pattern}]-{1,${maxLength}}(b)
       RETURN p ORDER BY length(p) LIMIT $k`,
      { from: args.from, to: args.to, k: int(k) },
    );
    return res.records.map((r) => toPath(r.get('p') as NeoPath)).filter(isSimple).slice(0, first);
  });
}

export const pathResolvers = {
  Query: {
    pathsBetween: (_: unknown, a: PathsBetweenArgs, ctx: Context) => pathsBetween(ctx, a),
  },
} satisfies Resolvers;
