import { GraphQLError } from 'graphql';
import { makeCorrection, type CorrectionRequest } from '../../correct/make.ts';
import { revertCorrection } from '../../correct/revert.ts';
import { toCorrection, type CorrectionRecord } from '../../correct/store.ts';
import { CorrectionError } from '../../correct/types.ts';
import { correctionsPage, countCorrections, type CorrectionFilter } from '../../store/queries/corrections.ts';
import type { PageArgs } from '../../store/queries/page.ts';
import type { Context } from '../context.ts';
import { LABEL_OF_NODE_TYPE } from '../mapping.ts';
import { requireWrite } from './articles.ts';
import { asInput, toConnection } from './connections.ts';
import type {
  MutationMergeEntitiesArgs,
  MutationRenameEntityArgs,
  MutationRetractRelationArgs,
  MutationRetractStatementArgs,
  MutationRetypeEntityArgs,
  MutationRevertCorrectionArgs,
  MutationSplitEntityArgs,
  Resolvers,
} from '../generated/graphql.ts';

// Corrections: the mutations that make and revert them (write access needed), and their list.

const VIA = 'graphql';

/** A refused correction as the API's error: what is wrong, and nothing written. */
async function refusals<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CorrectionError) throw new GraphQLError(err.message, { extensions: { code: err.code } });
    throw err;
  }
}

function correct(ctx: Context, request: CorrectionRequest, note: string | null | undefined) {
  requireWrite(ctx);
  return refusals(() => makeCorrection(ctx.store, request, VIA, note)).then(toApi);
}

/** The API's Correction (its parameters as the stored JSON text). */
const toApi = (c: CorrectionRecord) => {
  const { params: _params, ...rest } = c;
  return rest;
};

export const correctionResolvers = {
  Query: {
    async corrections(_: unknown, a: PageArgs & { where?: CorrectionFilter | null }, ctx: Context) {
      const args = { ...a, first: a.last == null && a.first == null ? 50 : a.first };
      const page = await asInput(() => ctx.store.read((tx) => correctionsPage(tx, a.where, args)));
      return toConnection(page, (n) => toApi(toCorrection(n)), () => ctx.store.read((tx) => countCorrections(tx, a.where)));
    },
  },
  Mutation: {
    mergeEntities: (_: unknown, a: MutationMergeEntitiesArgs, ctx: Context) =>
      correct(ctx, { kind: 'MERGE_ENTITIES', ids: a.ids, into: a.into }, a.note),
    splitEntity: (_: unknown, a: MutationSplitEntityArgs, ctx: Context) =>
      correct(ctx, { kind: 'SPLIT_ENTITY', id: a.id, articleIds: a.articleIds, name: a.name }, a.note),
    retypeEntity: (_: unknown, a: MutationRetypeEntityArgs, ctx: Context) =>
      correct(ctx, { kind: 'RETYPE_ENTITY', id: a.id, type: LABEL_OF_NODE_TYPE[a.type] ?? a.type }, a.note),
    renameEntity: (_: unknown, a: MutationRenameEntityArgs, ctx: Context) =>
      correct(ctx, { kind: 'RENAME_ENTITY', id: a.id, name: a.name }, a.note),
    retractRelation: (_: unknown, a: MutationRetractRelationArgs, ctx: Context) => correct(ctx, { kind: 'RETRACT_RELATION', id: a.id }, a.note),
    retractStatement: (_: unknown, a: MutationRetractStatementArgs, ctx: Context) => correct(ctx, { kind: 'RETRACT_STATEMENT', id: a.id }, a.note),
    async revertCorrection(_: unknown, a: MutationRevertCorrectionArgs, ctx: Context) {
      requireWrite(ctx);
      return toApi(await refusals(async () => revertCorrection(ctx.store, a.id, a.note)));
    },
  },
} satisfies Resolvers;
