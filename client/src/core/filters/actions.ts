import type { NodeType, RelationType } from '../../api/types.ts';
import { articleMonths } from '../../api/queries.ts';
import { dateBoundsAtom, filtersAtom, monthsAtom } from './atom.ts';

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

/** Loads the articles per month and the overall span; called at start and after an article is loaded. */
export async function refreshDates(): Promise<void> {
  const months = await articleMonths();
  monthsAtom.set(months);
  dateBoundsAtom.set({ first: months[0]?.month, last: months.at(-1)?.month });
}

export function setMinConfidence(minConfidence: number): void {
  filtersAtom.update((f) => ({ ...f, minConfidence: Math.min(1, Math.max(0, minConfidence)) }));
}
