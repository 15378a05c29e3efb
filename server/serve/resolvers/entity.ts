import { int, type Node as NeoNode, type Relationship } from 'neo4j-driver';
import type { Context } from '../context.ts';
import { badInput, capped, MAX } from '../limits.ts';
import { evidencePage } from '../../store/queries/evidence.ts';
import { nodesNow } from '../../store/queries/redirects.ts';
import { toEntity } from './connections.ts';
import { confidenceOf, edgeId, relPattern, RELATION_TYPES, toGraphNode, type GraphNode } from '../mapping.ts';
import { GRAPH } from '../../../schema/model.ts';
import type {
  EntityMentionsArgs,
  EntityRelationsArgs,
  EntityStatementsAboutArgs,
  EntityStatementsArgs,
  QueryEntityArgs,
  QueryRelationArgs,
  QueryResolveIdsArgs,
  Resolvers,
} from '../generated/graphql.ts';

// entity and relation: one node or edge with everything said about it and where it was said.

const FACT_TYPES = GRAPH.textRelations;

export interface RelationRow {
  id: string;
  type: string;
  title: string | null;
  weight: number | null;
  reference: boolean;
  confidence: number | null;
  articleCount: number;
  source: GraphNode;
  target: GraphNode;
}

export function relationRow(x: Relationship, s: NeoNode, t: NeoNode): RelationRow {
  const p = x.properties as Record<string, unknown>;
  const source = toGraphNode(s);
  const target = toGraphNode(t);
  const title = (p.title as string) ?? null;
  return {
    id: edgeId(x.type, source.id, target.id, x.type === 'HAS_ROLE' ? title : null),
    type: x.type,
    title,
    weight: (p.weight as number) ?? null,
    reference: Boolean(p.reference),
    confidence: confidenceOf(x.type, p),
    articleCount: (p.articleCount as number) ?? ((p.articleIds as string[]) ?? []).length,
    source,
    target,
  };
}

async function relationsOf(ctx: Context, id: string, types: readonly string[], first: number): Promise<RelationRow[]> {
  const res = await ctx.store.read((tx) =>
    tx.run(
      `MATCH (e:Node {id: $id})-[x${relPattern(types)}]-(o:Node)
       RETURN x, startNode(x) AS s, endNode(x) AS t
       ORDER BY coalesce(x.articleCount, 0) DESC, coalesce(x.weight, 0) DESC LIMIT $first`,
      { id, first: int(first) },
    ),
  );
  return res.records.map((r) => relationRow(r.get('x'), r.get('s'), r.get('t')));
}

async function statementsWhere(ctx: Context, pattern: string, id: string, first: number) {
  const res = await ctx.store.read((tx) =>
    tx.run(
      `MATCH ${pattern}
       OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
       RETURN s, sp ORDER BY s.articleId, s.id LIMIT $first`,
      { id, first: int(first) },
    ),
  );
  return res.records.map((r) => statementRow(r.get('s'), r.get('sp')));
}

export function statementRow(s: NeoNode, speaker: NeoNode | null) {
  const p = s.properties as Record<string, unknown>;
  return {
    id: p.id as string,
    text: p.text as string,
    sentence: (p.sentence as string) ?? null,
    articleId: p.articleId as string,
    speaker: speaker ? toGraphNode(speaker) : null,
  };
}

type StatementRow = ReturnType<typeof statementRow>;

export const entityResolvers = {
  Query: {
    // An id that moved (a merge, a fuller name) is a redirect: it answers with the entity it is now.
    async entity(_: unknown, { id }: QueryEntityArgs, ctx: Context) {
      const res = await ctx.store.read((tx) =>
        tx.run(
          `OPTIONAL MATCH (n:Node {id: $id})
           OPTIONAL MATCH (r:Redirect {from: $id}) WHERE n IS NULL
           OPTIONAL MATCH (m:Node {id: r.to})
           RETURN coalesce(n, m) AS n, n IS NULL AND m IS NOT NULL AS redirected`,
          { id },
        ),
      );
      const n = res.records[0]?.get('n') as NeoNode | null | undefined;
      if (!n) return null;
      return toEntity(n, res.records[0].get('redirected') ? id : null);
    },
    /** For each id, the id of the node it is now (itself, or where its redirect leads), or null. */
    async resolveIds(_: unknown, { ids }: QueryResolveIdsArgs, ctx: Context) {
      if (ids.length > MAX.neighbourhoodIds) throw badInput(`ids must hold at most ${MAX.neighbourhoodIds} ids (got ${ids.length})`, { maximum: MAX.neighbourhoodIds });
      const to = await ctx.store.read((tx) => nodesNow(tx, ids));
      return ids.map((id) => (to.get(id)?.properties.id as string | undefined) ?? null);
    },
    async relation(_: unknown, { id }: QueryRelationArgs, ctx: Context) {
      const [type, source, target, title] = id.split('|');
      if (!type || !source || !target || !(RELATION_TYPES as readonly string[]).includes(type)) {
        throw badInput('relation id must look like TYPE|sourceId|targetId');
      }
      const res = await ctx.store.read((tx) =>
        tx.run(
          `MATCH (s:Node {id: $source})-[x${relPattern([type])}]->(t:Node {id: $target})
           WHERE $title IS NULL OR x.title = $title
           RETURN x, s, t LIMIT 1`,
          { source, target, title: title ?? null },
        ),
      );
      const r = res.records[0];
      return r ? relationRow(r.get('x'), r.get('s'), r.get('t')) : null;
    },
  },
  Entity: {
    roles: (e: GraphNode, _: unknown, ctx: Context) => relationsOf(ctx, e.id, ['HAS_ROLE'], MAX.listFirst),
    relations: (e: GraphNode, a: EntityRelationsArgs, ctx: Context) =>
      relationsOf(ctx, e.id, a.types?.length ? a.types : FACT_TYPES, capped('first', a.first, 100, MAX.listFirst)),
    statements: (e: GraphNode, a: EntityStatementsArgs, ctx: Context) =>
      statementsWhere(ctx, '(:Node {id: $id})-[:SAID]->(s:Statement)', e.id, capped('first', a.first, 100, MAX.listFirst)),
    statementsAbout: (e: GraphNode, a: EntityStatementsAboutArgs, ctx: Context) =>
      statementsWhere(ctx, '(s:Statement)-[:ABOUT]->(:Node {id: $id})', e.id, capped('first', a.first, 100, MAX.listFirst)),
    async mentions(e: GraphNode, a: EntityMentionsArgs, ctx: Context) {
      const res = await ctx.store.read((tx) =>
        tx.run(
          `MATCH (a:Article)-[m:MENTIONS]->(:Node {id: $id})
           RETURN a.id AS id, m.count AS count ORDER BY a.dateFrom DESC, a.id LIMIT $first`,
          { id: e.id, first: int(capped('first', a.first, 100, MAX.listFirst)) },
        ),
      );
      return res.records.map((r) => ({ articleId: r.get('id'), count: r.get('count') }));
    },
  },
  Relation: {
    // The newest MAX.listFirst articles' evidence (the field takes no paging arguments).
    evidence: async (r: RelationRow, _: unknown, ctx: Context) =>
      (await ctx.store.read((tx) => evidencePage(tx, r.id, MAX.listFirst))).rows,
  },
  Evidence: {
    article: (e: { articleId: string }, _: unknown, ctx: Context) => ctx.articles.load(e.articleId),
  },
  Mention: {
    article: (m: { articleId: string }, _: unknown, ctx: Context) => ctx.articles.load(m.articleId),
  },
  Statement: {
    article: (s: StatementRow, _: unknown, ctx: Context) => ctx.articles.load(s.articleId),
    async about(s: StatementRow, _: unknown, ctx: Context) {
      const res = await ctx.store.read((tx) =>
        tx.run('MATCH (:Statement {id: $id})-[:ABOUT]->(e) RETURN e', { id: s.id }),
      );
      return res.records.map((r) => toGraphNode(r.get('e')));
    },
  },
} satisfies Resolvers;
