import type { ExtractedEntity, ExtractedRelation } from './types.ts';
import type { Mention, SpotContext } from './spot.ts';
import type { TextLayout } from './text.ts';
export function findRelations(_c: SpotContext, _L: TextLayout, _m: Mention[], _of: number[], _e: ExtractedEntity[]): ExtractedRelation[] {
  return [];
}
