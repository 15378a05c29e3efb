import { aliasesBesides, fullestName } from '../resolve/names.ts';
import type { Tx } from '../store/store.ts';
import { refreshEntities } from '../write/entity-stats.ts';
import { applyMerges } from '../write/merge.ts';
import { fixId, liveEntity, requireEntity, unfixId, type LiveEntity } from './entities.ts';
import { setNames } from './names.ts';
import { CorrectionError, type Correction, type NewCorrection } from './types.ts';

// mergeEntities: the entities become `into`, as resolution merges the nodes an article shows to be one
// (write/merge.ts: relationships and evidence moved, old ids left as redirects); `into` keeps its id. A merged-away entity that comes back
// from a reloaded article (its redirect gives way to a new node) is merged again.

export const MAX_MERGE = 50;

interface MergeParams {
  ids: string[];
  into: string;
  /** The merged-away entities' names and aliases: a revert finds the articles that named them by these. */
  names: string[];
}

export async function prepareMerge(tx: Tx, ids: string[], into: string): Promise<NewCorrection> {
  const asked = [...new Set(ids)];
  if (asked.length === 0) throw new CorrectionError('ids must name at least one entity to merge');
  if (asked.length > MAX_MERGE) throw new CorrectionError(`ids must hold at most ${MAX_MERGE} ids (got ${asked.length})`);
  if (asked.includes(into)) throw new CorrectionError(`cannot merge "${into}" into itself`);
  const target = await requireEntity(tx, into);
  const others: LiveEntity[] = [];
  for (const id of asked) {
    const e = await requireEntity(tx, id);
    if (e.id === target.id) throw new CorrectionError(`"${id}" is already "${target.id}": cannot merge an entity into itself`);
    if (e.reference) throw new CorrectionError(`"${e.id}" comes from reference data and cannot be merged away; merge into it instead`);
    if (!others.some((o) => o.id === e.id)) others.push(e);
  }
  const params: MergeParams = {
    ids: others.map((o) => o.id),
    into: target.id,
    names: [...new Set(others.flatMap((o) => [o.name, ...o.aliases]))],
  };
  return { kind: 'MERGE_ENTITIES', params: { ...params }, targets: [...new Set([target.id, into, ...asked, ...params.ids])], articleIds: [] };
}

/** Merges whichever of the entities are apart from `into` again; the articles whose mentions moved. */
export async function applyMerge(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as MergeParams;
  // With `into` gone (its articles deleted), the others stand alone until it comes back, and are merged then.
  const into = await liveEntity(tx, p.into);
  if (!into) return [];
  await fixId(tx, into);
  const others = new Map<string, LiveEntity>();
  for (const id of p.ids) {
    const e = await liveEntity(tx, id);
    if (e && e.id !== into.id && !e.reference) others.set(e.id, e);
  }
  if (others.size === 0) return [];
  const ids = [...others.keys()];
  const moved = await tx.run('MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE e.id IN $ids RETURN collect(DISTINCT a.id) AS ids', { ids });
  const mentionCount = [...others.values()].reduce((s, e) => s + e.mentionCount, into.mentionCount);
  await applyMerges(tx, [{ label: into.label, into: into.id, survivor: into.id, others: ids, mentionCount }]);
  // Named as resolution names the nodes it merges: every form is the entity's, the fullest its name (reference data
  // names its own), and every key finds it.
  const entities = [into, ...others.values()];
  const forms = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]))];
  const name = into.reference ? into.name : fullestName(forms)!;
  await setNames(tx, into.id, name, aliasesBesides(name, forms), [...new Set(entities.flatMap((e) => e.keys))]);
  await refreshEntities(tx, [into.id]);
  return moved.records[0].get('ids') as string[];
}

/** The articles a revert reads again: those whose mentions the merge moved, and those that name a merged-away entity. */
export async function mergeArticles(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as MergeParams;
  const into = await liveEntity(tx, p.into);
  if (!into) return c.articleIds;
  const res = await tx.run(
    `MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id}) WHERE any(f IN coalesce(m.forms, []) WHERE f IN $names)
     RETURN collect(a.id) AS ids`,
    { id: into.id, names: p.names },
  );
  return [...new Set([...c.articleIds, ...(res.records[0].get('ids') as string[])])];
}

/** Before its articles are read again on a revert: `into` no longer needs its id fixed for the merge. */
export async function undoMerge(tx: Tx, c: Correction): Promise<void> {
  const into = await liveEntity(tx, (c.params as unknown as MergeParams).into);
  if (into) await unfixId(tx, into.id);
}
