import type { ArticleRecord, Context } from '../context.ts';
import { toGraphNode, NODE_TYPE_OF_LABEL, type GraphNode } from '../mapping.ts';
import { decodeSpans } from '../../resolve/spans.ts';
import { nodesNow } from '../../store/queries/redirects.ts';
import { statementRow } from './entity.ts';
import type { Resolvers } from '../generated/graphql.ts';

// What the article reader draws: where the text names each entity and quotes each statement, from the offsets
// stored with the article (resolve/spans.ts), with the entities and statements they point to.

/** The nodes of these ids as they are now, followed through redirects, as the canvas draws them. */
async function graphNodesNow(ctx: Context, ids: string[]): Promise<Map<string, GraphNode>> {
  const nodes = await ctx.store.read((tx) => nodesNow(tx, ids));
  return new Map([...nodes].map(([id, n]) => [id, toGraphNode(n)]));
}

export const readerResolvers = {
  Article: {
    // Mentions of an entity no longer in the graph (none while the article is) are left out.
    async mentions(a: ArticleRecord, _: unknown, ctx: Context) {
      const spans = decodeSpans(a.spans).mentions;
      const nodes = await graphNodesNow(ctx, [...new Set(spans.map((s) => s[2]))]);
      return spans.flatMap(([start, end, id, type]) => {
        const entity = nodes.get(id);
        return entity ? [{ start, end, entity, type: NODE_TYPE_OF_LABEL[type] ?? entity.type }] : [];
      });
    },
    async quotes(a: ArticleRecord, _: unknown, ctx: Context) {
      const spans = decodeSpans(a.spans).quotes;
      if (!spans.length) return [];
      const res = await ctx.store.read((tx) =>
        tx.run(
          `UNWIND $ids AS id
           MATCH (s:Statement {id: id})-[:IN]->(:Article {id: $articleId})
           OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
           RETURN s, sp`,
          { ids: [...new Set(spans.map((s) => s[2]))], articleId: a.id },
        ),
      );
      const byId = new Map(res.records.map((r) => {
        const row = statementRow(r.get('s'), r.get('sp'));
        return [row.id, row] as const;
      }));
      return spans.flatMap(([start, end, id]) => {
        const statement = byId.get(id);
        return statement ? [{ start, end, statement, speaker: statement.speaker }] : [];
      });
    },
  },
} satisfies Resolvers;
