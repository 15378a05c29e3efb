import { GraphQLError } from 'graphql';
import { int } from 'neo4j-driver';
import { ingest } from '../../ingest.ts';
import { ArticleError } from '../../parse/article.ts';
import { NODE_LABELS } from '../../store/constraints.ts';
import { deleteArticle } from '../../write/delete.ts';
import { toArticle, type ArticleRecord, type Context } from '../context.ts';
import { badInput, capped, checkDate, MAX } from '../limits.ts';
import { toGraphNode } from '../mapping.ts';
import { statementRow } from './entity.ts';

// Articles, statements, counts, and the two mutations.

const encode = (offset: number) => Buffer.from(`o:${offset}`).toString('base64');
function decode(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString());
  if (!m) throw badInput('after is not a cursor from this API');
  return Number(m[1]);
}

function connection<T extends { id: string }>(rows: T[], offset: number, first: number, total: number) {
  const edges = rows.slice(0, first).map((node, i) => ({ node, cursor: encode(offset + i + 1) }));
  return {
    edges,
    totalCount: total,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: offset + edges.length < total },
  };
}

export function requireWrite(ctx: Context) {
  if (!ctx.canWrite) {
    throw new GraphQLError('Writing needs a bearer token (Authorization: Bearer <KG_WRITE_TOKEN>)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

export const articleResolvers = {
  Query: {
    async articles(_: unknown, a: { first?: number | null; after?: string | null; from?: string | null; to?: string | null }, ctx: Context) {
      const first = capped('first', a.first, 50, MAX.listFirst);
      const offset = decode(a.after);
      const from = checkDate('from', a.from);
      const to = checkDate('to', a.to);
      const params = { first: int(first), offset: int(offset), from: from && from.length === 7 ? `${from}-01` : from, to: to && to.length === 7 ? `${to}-31` : to };
      const where = `($to IS NULL OR a.dateFrom <= $to) AND ($from IS NULL OR a.dateTo >= $from)`;
      const [rows, total] = await ctx.store.read(async (tx) => [
        await tx.run(`MATCH (a:Article) WHERE ${where} RETURN a ORDER BY a.dateFrom DESC, a.id SKIP $offset LIMIT $first`, params),
        await tx.run(`MATCH (a:Article) WHERE ${where} RETURN count(a) AS n`, params),
      ]);
      return connection(rows.records.map((r) => toArticle(r.get('a'))), offset, first, total.records[0].get('n'));
    },
    article: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.articles.load(id),
    async statements(_: unknown, a: { speaker?: string | null; about?: string | null; first?: number | null; after?: string | null }, ctx: Context) {
      const first = capped('first', a.first, 50, MAX.listFirst);
      const offset = decode(a.after);
      const params = { speaker: a.speaker ?? null, about: a.about ?? null, first: int(first), offset: int(offset) };
      const match = `MATCH (s:Statement)
        WHERE ($speaker IS NULL OR EXISTS { (:Node {id: $speaker})-[:SAID]->(s) })
          AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Node {id: $about}) })`;
      const [rows, total] = await ctx.store.read(async (tx) => [
        await tx.run(`${match} OPTIONAL MATCH (sp:Entity)-[:SAID]->(s) RETURN s, sp ORDER BY s.articleId, s.id SKIP $offset LIMIT $first`, params),
        await tx.run(`${match} RETURN count(s) AS n`, params),
      ]);
      return connection(rows.records.map((r) => statementRow(r.get('s'), r.get('sp'))), offset, first, total.records[0].get('n'));
    },
    async stats(_: unknown, __: unknown, ctx: Context) {
      return ctx.store.read(async (tx) => {
        // One count per fixed label: Neo4j answers a bare label count from its count store.
        const labels = await tx.run(NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS count`).join(' UNION ALL '));
        const rels = await tx.run('MATCH ()-[r]->() RETURN type(r) AS label, count(r) AS count ORDER BY label');
        const totals = await tx.run(
          `MATCH (n:Node) WITH count(n) AS nodes
           MATCH ()-[r]->() WITH nodes, count(r) AS relationships
           OPTIONAL MATCH (a:Article)
           RETURN nodes, relationships, count(a) AS articles, min(a.dateFrom) AS firstDate, max(a.dateTo) AS lastDate`,
        );
        const t = totals.records[0];
        return {
          nodes: t.get('nodes'),
          relationships: t.get('relationships'),
          articles: t.get('articles'),
          firstDate: t.get('firstDate'),
          lastDate: t.get('lastDate'),
          byLabel: labels.records.map((r) => ({ label: r.get('label'), count: r.get('count') })),
          byRelationType: rels.records.map((r) => ({ label: r.get('label'), count: r.get('count') })),
        };
      });
    },
  },
  Article: {
    async entities(a: ArticleRecord, _: unknown, ctx: Context) {
      const res = await ctx.store.read((tx) =>
        tx.run('MATCH (:Article {id: $id})-[m:MENTIONS]->(e) RETURN e ORDER BY m.count DESC', { id: a.id }),
      );
      return res.records.map((r) => toGraphNode(r.get('e')));
    },
    async statements(a: ArticleRecord, _: unknown, ctx: Context) {
      const res = await ctx.store.read((tx) =>
        tx.run('MATCH (s:Statement)-[:IN]->(:Article {id: $id}) OPTIONAL MATCH (sp:Entity)-[:SAID]->(s) RETURN s, sp ORDER BY s.id', { id: a.id }),
      );
      return res.records.map((r) => statementRow(r.get('s'), r.get('sp')));
    },
    async nearDuplicateOf(a: ArticleRecord, _: unknown, ctx: Context) {
      const res = await ctx.store.read((tx) =>
        tx.run('MATCH (:Article {id: $id})-[:NEAR_DUPLICATE_OF]-(b:Article) RETURN DISTINCT b.id AS id', { id: a.id }),
      );
      return res.records.map((r) => r.get('id') as string);
    },
  },
  Mutation: {
    async ingestArticle(_: unknown, a: { text: string; date?: string | null; source?: string | null; title?: string | null }, ctx: Context) {
      requireWrite(ctx);
      try {
        const out = await ingest(ctx.store, a);
        ctx.articles.clear(out.article.id);
        const article = await ctx.articles.load(out.article.id);
        return {
          article,
          created: out.created,
          entities: out.resolved?.entities.map((e) => ({ id: e.id, type: e.type.toUpperCase(), name: e.name, code: e.code, aliases: e.aliases })) ?? [],
          statements: out.resolved?.statements.length ?? 0,
          relations: out.resolved?.relations.length ?? 0,
        };
      } catch (err) {
        if (err instanceof ArticleError) throw badInput(err.message, { reason: err.code });
        throw err;
      }
    },
    async deleteArticle(_: unknown, { id }: { id: string }, ctx: Context) {
      requireWrite(ctx);
      const r = await ctx.store.write((tx) => deleteArticle(tx, id));
      if (!r.deleted) throw new GraphQLError(`No article with id "${id}"`, { extensions: { code: 'NOT_FOUND' } });
      return { id, ...r };
    },
  },
};
