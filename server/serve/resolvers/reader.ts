import type { Node as NeoNode } from 'neo4j-driver';
import type { ArticleRecord, Context } from '../context.ts';
import { toGraphNode, NODE_TYPE_OF_LABEL, type GraphNode } from '../mapping.ts';
import { decodeSpans } from '../../resolve/spans.ts';
import { statementRow } from './entity.ts';

// What the article reader draws: where the text names each entity and quotes each statement, from the offsets
// stored with the article (resolve/spans.ts), with the entities and statements they point to.

/** The nodes of these ids as they are now: an id that moved (a merge, a fuller name) is followed through its redirect. */
async function nodesNow(ctx: Context, ids: string[]): Promise<Map<string, GraphNode>> {
  if (!ids.length) return new Map();
  const res = await ctx.store.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       OPTIONAL MATCH (r:Redirect {from: id}) WHERE n IS NULL
       OPTIONAL MATCH (m:Node {id: r.to})
       WITH id, coalesce(n, m) AS node WHERE node IS NOT NULL
       RETURN id, node`,
      { ids },
    ),
  );
  return new Map(res.records.map((r) => [r.get('id') as string, toGraphNode(r.get('node') as NeoNode)]));
}

export const readerResolvers = {
  Article: {
    // Mentions of an entity no longer in the graph (none while the article is) are left out.
    async mentions(a: ArticleRecord, _: unknown, ctx: Context) {
      const spans = decodeSpans(a.spans).mentions;
      const nodes = await nodesNow(ctx, [...new Set(spans.map((s) => s[2]))]);
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
};
