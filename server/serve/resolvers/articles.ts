import { GraphQLError } from 'graphql';
import { ingest } from '../../ingest.ts';
import { ArticleError } from '../../parse/article.ts';
import { NODE_LABELS } from '../../store/constraints.ts';
import { deleteArticle } from '../../write/delete.ts';
import { toArticle, type ArticleRecord, type Context } from '../context.ts';
import { badInput, checkDate } from '../limits.ts';
import { toGraphNode } from '../mapping.ts';
import { statementRow } from './entity.ts';
import { asInput, checkIds, toConnection } from './connections.ts';
import { articlesPage, countArticles, countStatements, statementsPage, type ArticleFilter, type StatementFilter } from '../../store/queries/documents.ts';
import type { PageArgs } from '../../store/queries/page.ts';
import type { MutationDeleteArticleArgs, MutationIngestArticleArgs, QueryArticleArgs, Resolvers } from '../generated/graphql.ts';

type ArticlesArgs = PageArgs & { where?: Partial<ArticleFilter> | null; orderBy?: string | null; from?: string | null; to?: string | null };
type StatementsArgs = PageArgs & { where?: Partial<StatementFilter> | null; orderBy?: string | null; speaker?: string | null; about?: string | null };

// Articles, statements, counts, and the two mutations.

export function requireWrite(ctx: Context) {
  if (!ctx.canWrite) {
    throw new GraphQLError('Writing needs a bearer token (Authorization: Bearer <KG_WRITE_TOKEN>)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

export const articleResolvers = {
  Query: {
    async articles(_: unknown, a: ArticlesArgs, ctx: Context) {
      const w = a.where ?? {};
      const filter: ArticleFilter = {
        source: w.source ?? null,
        section: w.section ?? null,
        from: checkDate('where.from', w.from ?? a.from),
        to: checkDate('where.to', w.to ?? a.to),
        mentions: checkIds('where.mentions', w.mentions),
        text: w.text ?? null,
      };
      const args = { ...a, first: a.last == null && a.first == null ? 50 : a.first };
      const page = await asInput(() => ctx.store.read((tx) => articlesPage(tx, filter, a.orderBy, args)));
      return toConnection(page, toArticle, () => asInput(() => ctx.store.read((tx) => countArticles(tx, filter))));
    },
    article: (_: unknown, { id }: QueryArticleArgs, ctx: Context) => ctx.articles.load(id),
    async statements(_: unknown, a: StatementsArgs, ctx: Context) {
      const w = a.where ?? {};
      const filter: StatementFilter = {
        speaker: w.speaker ?? a.speaker ?? null,
        about: w.about ?? a.about ?? null,
        from: checkDate('where.from', w.from),
        to: checkDate('where.to', w.to),
        text: w.text ?? null,
      };
      const args = { ...a, first: a.last == null && a.first == null ? 50 : a.first };
      const page = await asInput(() => ctx.store.read((tx) => statementsPage(tx, filter, a.orderBy, args)));
      return toConnection(page, (r) => statementRow(r.s, r.sp), () => asInput(() => ctx.store.read((tx) => countStatements(tx, filter))));
    },
    async stats(_: unknown, __: unknown, ctx: Context) {
      return ctx.store.read(async (tx) => {
        // One count per fixed label: Neo4j answers a bare label count from its count store.
        const labels = await tx.run(NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS count`).join(' UNION ALL '));
        const rels = await tx.run('MATCH ()-[r]->() RETURN type(r) AS label, count(r) AS count ORDER BY label');
        // Records kept beside the graph, counted apart from it (each a count-store lookup): an Evidence node per
        // supporting article of an edge (its IN link is not a graph relationship), and user data: id redirects,
        // saved views, corrections.
        const kept = await tx.run(
          `RETURN COUNT { (:Evidence) } AS evidence, COUNT { (:Evidence)-[:IN]->() } AS evidenceLinks,
                  COUNT { (:Redirect) } AS redirects, COUNT { (:SavedView) } AS savedViews, COUNT { (:Correction) } AS corrections`,
        );
        const k = kept.records[0];
        const evidenceLinks = k.get('evidenceLinks') as number;
        const totals = await tx.run(
          `MATCH (n:Node) WITH count(n) AS nodes
           MATCH ()-[r]->() WITH nodes, count(r) AS relationships
           OPTIONAL MATCH (a:Article)
           RETURN nodes, relationships, count(a) AS articles, min(a.dateFrom) AS firstDate, max(a.dateTo) AS lastDate`,
        );
        const t = totals.records[0];
        return {
          nodes: t.get('nodes'),
          relationships: (t.get('relationships') as number) - evidenceLinks,
          articles: t.get('articles'),
          firstDate: t.get('firstDate'),
          lastDate: t.get('lastDate'),
          evidence: k.get('evidence'),
          redirects: k.get('redirects'),
          savedViews: k.get('savedViews'),
          corrections: k.get('corrections'),
          byLabel: labels.records.map((r) => ({ label: r.get('label'), count: r.get('count') })),
          byRelationType: rels.records.map((r) => ({
            label: r.get('label'),
            count: (r.get('count') as number) - (r.get('label') === 'IN' ? evidenceLinks : 0),
          })),
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
    async ingestArticle(_: unknown, a: MutationIngestArticleArgs, ctx: Context) {
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
    async deleteArticle(_: unknown, { id }: MutationDeleteArticleArgs, ctx: Context) {
      requireWrite(ctx);
      const r = await ctx.store.write((tx) => deleteArticle(tx, id));
      if (!r.deleted) throw new GraphQLError(`No article with id "${id}"`, { extensions: { code: 'NOT_FOUND' } });
      return { id, ...r };
    },
  },
} satisfies Resolvers;
