import { countEntities, entitiesPage } from '../../store/queries/entities.ts';
import { evidencePage } from '../../store/queries/evidence.ts';
import { countRelations, relationsPage, type RelationFilter } from '../../store/queries/relations.ts';
import type { Context } from '../context.ts';
import { badInput, capped, checkDate, MAX } from '../limits.ts';
import { asInput, checkCount, checkIds, entityFilter, toConnection, toEntity, type ConnectionArgs } from './connections.ts';
import { relationRow, type RelationRow } from './entity.ts';
import type { RelationEvidenceConnectionArgs, Resolvers } from '../generated/graphql.ts';

// The analysts' lists: entities and relations as filtered, sorted Relay connections, and an edge's evidence paged.

function relationFilter(w: Record<string, unknown> | null | undefined): RelationFilter | null {
  if (!w) return null;
  const minConfidence = w.minConfidence as number | null | undefined;
  if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) throw badInput('where.minConfidence must be in [0, 1]');
  return {
    types: (w.types as string[] | null) ?? null,
    source: entityFilter(w.source as Record<string, unknown> | null, 'where.source'),
    target: entityFilter(w.target as Record<string, unknown> | null, 'where.target'),
    involving: checkIds('where.involving', w.involving as string[] | null),
    minConfidence: minConfidence ?? null,
    minArticles: checkCount('where.minArticles', w.minArticles),
    reference: (w.reference as boolean | null) ?? null,
    from: checkDate('where.from', w.from as string | null),
    to: checkDate('where.to', w.to as string | null),
  };
}

type ListArgs = ConnectionArgs & { orderBy?: string[] | null };

export const listResolvers = {
  Query: {
    async entities(_: unknown, a: ListArgs, ctx: Context) {
      const filter = entityFilter(a.where);
      const page = await asInput(() => ctx.store.read((tx) => entitiesPage(tx, filter, a.orderBy, a)));
      return toConnection(page, (n) => toEntity(n), () => ctx.store.read((tx) => countEntities(tx, filter)));
    },
    async relations(_: unknown, a: ListArgs, ctx: Context) {
      const filter = relationFilter(a.where);
      const page = await asInput(() => ctx.store.read((tx) => relationsPage(tx, filter, a.orderBy, a)));
      return toConnection(page, (r) => relationRow(r.x, r.s, r.t), () => ctx.store.read((tx) => countRelations(tx, filter)));
    },
  },
  Relation: {
    evidenceConnection: (r: RelationRow, a: RelationEvidenceConnectionArgs, ctx: Context) =>
      evidenceConnection(ctx, r.id, capped('first', a.first, 20, MAX.listFirst, 0), a.after ?? null),
  },
} satisfies Resolvers;

// evidence.ts gives a cursor for a page's end only. An edge inside a page gets "~" (outside base64url's alphabet)
// and [the page's own after, its position]: given back, the rows up to it are read again to find where to go on.
const INNER = '~';

async function evidenceAfter(ctx: Context, key: string, after: string | null): Promise<string | null> {
  if (!after?.startsWith(INNER)) return after;
  let inner: unknown;
  try {
    inner = JSON.parse(Buffer.from(after.slice(1), 'base64url').toString('utf8'));
  } catch {
    throw badInput('after is not an evidence cursor from this API');
  }
  if (!Array.isArray(inner) || !(inner[0] === null || typeof inner[0] === 'string') || !Number.isInteger(inner[1]) || inner[1] < 1 || inner[1] > MAX.listFirst) {
    throw badInput('after is not an evidence cursor from this API');
  }
  const upTo = await ctx.store.read((tx) => evidencePage(tx, key, inner[1], inner[0]));
  return upTo.endCursor;
}

async function evidenceConnection(ctx: Context, key: string, first: number, given: string | null) {
  const after = await evidenceAfter(ctx, key, given);
  const page = await ctx.store.read((tx) => evidencePage(tx, key, first, after)).catch((err: Error) => {
    throw /evidence cursor/.test(err.message) ? badInput(err.message) : err;
  });
  const cursorAt = (i: number) =>
    i === page.rows.length - 1 && page.endCursor ? page.endCursor : INNER + Buffer.from(JSON.stringify([after, i + 1])).toString('base64url');
  return {
    edges: page.rows.map((row, i) => ({
      cursor: cursorAt(i),
      node: { articleId: row.articleId, sentence: row.sentence, confidence: row.confidence },
    })),
    pageInfo: {
      startCursor: page.rows.length ? cursorAt(0) : null,
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
      hasPreviousPage: given !== null,
    },
    totalCount: page.totalCount,
  };
}
