// Saving the view on the server under a short id, and opening a saved one with its positions and zoom.
import * as api from '../../api/queries.ts';
import { filtersAtom } from '../filters/atom.ts';
import { edgesAmong } from '../graph/actions.ts';
import { graphAtom } from '../graph/atom.ts';
import { replaceGraph } from '../graph/model.ts';
import { layoutAtom } from '../layout/atom.ts';
import { select } from '../selection/actions.ts';
import { notify, track } from '../status/actions.ts';
import { decodeView, encodeView } from '../url/codec.ts';
import { t } from '../../i18n/index.ts';
import { parseSavedView, toSavedView, type SavedViewState } from './state.ts';

export interface Viewport {
  positions(): Map<string, { x: number; y: number }>;
  zoom(): number;
  pan(): { x: number; y: number };
  setViewport(zoom: number, pan: { x: number; y: number }): void;
  settled(): Promise<unknown>;
}

export function currentViewState(vp: Viewport, selected?: string): SavedViewState {
  return toSavedView({ positions: vp.positions(), zoom: vp.zoom(), pan: vp.pan(), filters: filtersAtom.get(), selected, layout: layoutAtom.get() });
}

/** Saves the view and returns its link (`/?view=<id>`). */
export async function saveView(vp: Viewport, selected?: string): Promise<string> {
  const { id } = await track(t('view.save'), () => api.saveView(JSON.stringify(currentViewState(vp, selected))));
  return `${location.origin}${location.pathname}?view=${encodeURIComponent(id)}`;
}

/** Opens a saved view: its nodes where they stood, its filters, zoom and selection. False when it is unknown. */
export async function openSavedView(id: string, vp: Viewport): Promise<boolean> {
  const saved = await track(t('view.save'), () => api.savedView(id));
  if (!saved) {
    notify({ kind: 'error', text: t('view.missing') });
    return false;
  }
  const view = parseSavedView(saved.state);
  // The filters go through the URL codec, which keeps only what the explorer knows.
  filtersAtom.set(decodeView(encodeView({ ids: [], filters: { ...filtersAtom.get(), ...view.filters } })).filters);
  layoutAtom.set(view.layout);
  const sub = await track(t('view.save'), () => edgesAmong(view.ids));
  const positions = new Map(Object.entries(view.positions).map(([k, [x, y]]) => [k, { x, y }]));
  graphAtom.set({ ...replaceGraph(sub), replaced: false, positions });
  await vp.settled();
  vp.setViewport(view.zoom, view.pan);
  if (view.selected && graphAtom.get().nodes.has(view.selected)) select('node', view.selected);
  return true;
}
