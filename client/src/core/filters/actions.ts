import type { NodeType, RelationType } from '../../api/types.ts';
import { articleDates, stats } from '../../api/queries.ts';
import { articleDatesAtom, dateBoundsAtom, filtersAtom } from './atom.ts';

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return on ? rest : [...rest, item];
}

export function setNodeTypeVisible(type: NodeType, visible: boolean): void {
  filtersAtom.update((f) => ({ ...f, hiddenNodeTypes: toggle(f.hiddenNodeTypes, type, visible) }));
}

export function setRelationTypeVisible(type: RelationType, visible: boolean): void {
  filtersAtom.update((f) => ({ ...f, hiddenRelationTypes: toggle(f.hiddenRelationTypes, type, visible) }));
}

export function setCoOccurs(on: boolean, minWeight?: number): void {
  filtersAtom.update((f) => ({ ...f, coOccurs: on, minWeight: minWeight ?? f.minWeight }));
}

export function setDateRange(from?: string, to?: string): void {
  filtersAtom.update((f) => ({ ...f, from: from || undefined, to: to || undefined }));
}

/** Loads the article dates and the overall span; called at start and after an article is loaded. */
export async function refreshDates(): Promise<void> {
  const [s, list] = await Promise.all([stats(), articleDates()]);
  dateBoundsAtom.set({ first: s.firstDate ?? undefined, last: s.lastDate ?? undefined });
  articleDatesAtom.set(new Map(list.filter((a) => a.date).map((a) => [a.id, a.date!])));
}
