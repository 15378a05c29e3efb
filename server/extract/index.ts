// The extract stage: article body in, what it says out (entities, statements, relations), synchronously.
import type { Extraction } from './types.ts';
import { loadReference } from '../reference/index.ts';
import { layout } from './text.ts';
import { spotContext, type SpotContext } from './mention.ts';
import { spot } from './spot.ts';
import { resolve } from './coref.ts';
import { rescueInitial } from './rescue.ts';
import { findStatements } from './statements.ts';
import { findRelations } from './relations/index.ts';
import { findRoles } from './roles.ts';

let ctx: SpotContext | undefined;

export function extract(body: string): Extraction {
  const ref = loadReference();
  ctx ??= spotContext(ref);
  const L = layout(body);
  const mentions = rescueInitial(ctx, L, spot(ctx, L));
  const { entities, of } = resolve(ref, L, mentions);
  // the titles the text gives people: speakers named by role ("sa presidenten") and HAS_ROLE relations both read them
  const roles = findRoles(ctx, L, mentions, of, entities);
  const statements = findStatements(ctx, L, mentions, of, entities, roles);
  const relations = findRelations(ctx, L, mentions, of, entities, roles);
  return {
    sentences: L.sents.map((s) => ({ text: s.text, start: s.start, end: s.end })),
    entities,
    statements,
    relations,
  };
}
