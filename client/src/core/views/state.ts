// A saved view as the server stores it (see schema/views.graphql). Pure, so it is unit-tested.
import type { FilterState } from '../filters/types.ts';
import { isLayoutName, type LayoutName } from '../layout/options.ts';

export interface SavedViewState {
  version: 1;
  ids: string[];
  positions: Record<string, [number, number]>;
  zoom: number;
  pan: { x: number; y: number };
  filters: FilterState;
  selected?: string;
  layout: LayoutName;
}

/** Views with more nodes than this are saved on the server; smaller ones live in the URL alone. */
export const URL_VIEW_MAX_NODES = 40;

const round = (v: number) => Math.round(v * 10) / 10;

export function toSavedView(input: { positions: ReadonlyMap<string, { x: number; y: number }>; zoom: number; pan: { x: number; y: number }; filters: FilterState; selected?: string; layout: LayoutName }): SavedViewState {
  const positions: Record<string, [number, number]> = {};
  for (const [id, p] of input.positions) positions[id] = [round(p.x), round(p.y)];
  return {
    version: 1,
    ids: [...input.positions.keys()],
    positions,
    zoom: Math.round(input.zoom * 1000) / 1000,
    pan: { x: round(input.pan.x), y: round(input.pan.y) },
    filters: input.filters,
    ...(input.selected ? { selected: input.selected } : {}),
    layout: input.layout,
  };
}

/** Reads a stored view; throws on anything the explorer could not show. */
export function parseSavedView(text: string): SavedViewState {
  const v = JSON.parse(text) as Partial<SavedViewState>;
  if (v.version !== 1 || !Array.isArray(v.ids)) throw new Error('not a saved view of this explorer');
  return {
    version: 1,
    ids: v.ids.filter((id): id is string => typeof id === 'string'),
    positions: v.positions ?? {},
    zoom: typeof v.zoom === 'number' ? v.zoom : 1,
    pan: v.pan ?? { x: 0, y: 0 },
    filters: v.filters as FilterState,
    selected: v.selected,
    layout: isLayoutName(v.layout) ? v.layout : 'force',
  };
}
