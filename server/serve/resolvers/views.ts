import crypto from 'node:crypto';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { badInput } from '../limits.ts';
import { requireWrite } from './articles.ts';
import type { MutationSaveViewArgs, QuerySavedViewArgs, Resolvers } from '../generated/graphql.ts';

// Saved views: what the explorer shows (nodes, positions, zoom, filters, selection) stored in the graph as
// user data under a short id, so that a link to a big view stays short.

export const MAX_VIEW_NODES = 5000;
export const MAX_VIEW_BYTES = 1_000_000;

const id = z.string().min(1).max(300);
const coordinate = z.number().finite().min(-1e7).max(1e7);

/** What a saved view may hold; anything else is refused, so the stored JSON is always one the explorer reads. */
export const viewState = z
  .object({
    version: z.literal(1),
    ids: z.array(id).max(MAX_VIEW_NODES),
    positions: z.record(id, z.tuple([coordinate, coordinate])).optional(),
    zoom: z.number().finite().positive().max(100).optional(),
    pan: z.object({ x: coordinate, y: coordinate }).strict().optional(),
    filters: z.record(z.string().max(40), z.unknown()).optional(),
    selected: id.optional(),
    layout: z.string().max(40).optional(),
  })
  .strict();

export type ViewState = z.infer<typeof viewState>;

/** Parses and checks a view given as JSON text; a clear error names what is wrong. */
export function parseViewState(text: string): ViewState {
  if (Buffer.byteLength(text) > MAX_VIEW_BYTES) throw badInput(`state must be at most ${MAX_VIEW_BYTES} bytes`, { maximum: MAX_VIEW_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badInput('state is not JSON');
  }
  const parsed = viewState.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(`state is not a view: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The id is a hash of the view: saving the same view twice gives the same id and writes nothing new. */
export function viewId(canonical: string): string {
  return crypto.createHash('sha256').update(canonical).digest('base64url').slice(0, 10);
}

interface SavedView {
  id: string;
  state: string;
  createdAt: string;
}

export async function saveView(ctx: Context, text: string): Promise<SavedView> {
  requireWrite(ctx);
  const canonical = JSON.stringify(parseViewState(text));
  const key = viewId(canonical);
  return ctx.store.write(async (tx) => {
    const res = await tx.run(
      `MERGE (v:SavedView {id: $id})
       ON CREATE SET v.state = $state, v.createdAt = toString(datetime())
       RETURN v.id AS id, v.state AS state, v.createdAt AS createdAt`,
      { id: key, state: canonical },
    );
    const r = res.records[0];
    return { id: r.get('id'), state: r.get('state'), createdAt: r.get('createdAt') };
  });
}

export async function savedView(ctx: Context, key: string): Promise<SavedView | null> {
  const res = await ctx.store.read((tx) =>
    tx.run('MATCH (v:SavedView {id: $id}) RETURN v.id AS id, v.state AS state, v.createdAt AS createdAt', { id: key }),
  );
  const r = res.records[0];
  return r ? { id: r.get('id'), state: r.get('state'), createdAt: r.get('createdAt') } : null;
}

export const viewResolvers = {
  Query: { savedView: (_: unknown, a: QuerySavedViewArgs, ctx: Context) => savedView(ctx, a.id) },
  Mutation: { saveView: (_: unknown, a: MutationSaveViewArgs, ctx: Context) => saveView(ctx, a.state) },
} satisfies Resolvers;
