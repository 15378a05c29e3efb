// The view as a URL query string, so a link reproduces it. Pure: round-trip unit-tested.
import { NODE_TYPES, RELATION_TYPES, type NodeType, type RelationType } from '../../api/types.ts';
import { defaultFilters, type FilterState } from '../filters/types.ts';

export interface ViewState {
  /** Ids of the nodes on the canvas (edges among them are re-fetched). */
  ids: string[];
  filters: FilterState;
  selected?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

export function encodeView(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.ids.length) p.set('ids', view.ids.join(','));
  const f = view.filters;
  if (f.hiddenNodeTypes.length) p.set('hideTypes', [...f.hiddenNodeTypes].sort().join(','));
  if (f.hiddenRelationTypes.length) p.set('hideRels', [...f.hiddenRelationTypes].sort().join(','));
  if (f.coOccurs) p.set('co', '1');
  if (f.minWeight !== defaultFilters.minWeight) p.set('minWeight', String(f.minWeight));
  if (f.minConfidence !== defaultFilters.minConfidence) p.set('minConf', String(f.minConfidence));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (view.selected) p.set('sel', view.selected);
  // Ids are mostly "type:slug"; keep ":" and "," readable in the address bar.
  return p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

export function decodeView(query: string): ViewState {
  const p = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const ids = [...new Set(list(p.get('ids')))];
  const minWeight = Number.parseInt(p.get('minWeight') ?? '', 10);
  const minConfidence = Number.parseFloat(p.get('minConf') ?? '');
  const from = p.get('from') ?? undefined;
  const to = p.get('to') ?? undefined;
  const filters: FilterState = {
    hiddenNodeTypes: list(p.get('hideTypes')).filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t)),
    hiddenRelationTypes: list(p.get('hideRels')).filter((t): t is RelationType =>
      (RELATION_TYPES as readonly string[]).includes(t),
    ),
    coOccurs: p.get('co') === '1',
    minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : defaultFilters.minWeight,
    minConfidence: Number.isFinite(minConfidence) && minConfidence >= 0 && minConfidence <= 1 ? minConfidence : defaultFilters.minConfidence,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
  };
  const selected = p.get('sel') ?? undefined;
  return { ids, filters, ...(selected ? { selected } : {}) };
}

/** The ids a view names (its nodes and its selection), each once: the ones to look up before loading it. */
export function idsOfView(view: ViewState): string[] {
  return [...new Set([...view.ids, ...(view.selected ? [view.selected] : [])])];
}

/**
 * The view with each id replaced by the id it has now: an entity merged or renamed since the link was made
 * keeps its old id as a redirect, so old links still open. `current` maps an id to its current id, or to null
 * when the graph does not know it (such an id stays, and the explorer says it is gone).
 */
export function withCurrentIds(view: ViewState, current: ReadonlyMap<string, string | null>): ViewState {
  const now = (id: string) => current.get(id) ?? id;
  const selected = view.selected ? now(view.selected) : undefined;
  return { ids: [...new Set(view.ids.map(now))], filters: view.filters, ...(selected ? { selected } : {}) };
}
