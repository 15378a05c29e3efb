// Wires the stores, the API and the views together; keeps the view in the URL.
import './styles/investigate.css';
import './styles/reader.css';
import './styles/corrections.css';
import { filtersAtom } from './core/filters/atom.ts';
import { refreshDates } from './core/filters/actions.ts';
import { expand, loadIds, putOnCanvas } from './core/graph/actions.ts';
import { graphAtom } from './core/graph/atom.ts';
import { selectionAtom } from './core/selection/atom.ts';
import { select } from './core/selection/actions.ts';
import { resolveIds } from './api/queries.ts';
import { decodeView, encodeView, idsOfView, withCurrentIds, type ViewState } from './core/url/codec.ts';
import { createCanvas } from './components/canvas.ts';
import { mountIngest } from './components/ingest.ts';
import { localisePage } from './components/page.ts';
import { mountExplorerLook } from './components/look.ts';
import { mountPanel } from './components/panel.ts';
import { mountSearch } from './components/search.ts';
import { mountSidebar } from './components/sidebar.ts';
import { mountStatus } from './components/status.ts';
import { createTimeline } from './components/timeline.ts';
import { mountToolbar } from './components/toolbar.ts';
import { mountKeys } from './components/keys.ts';
import { mountMenu } from './components/menu.ts';
import { mountPaths } from './components/paths.ts';
import { mountReader, revealBesideReader } from './components/reader.ts';
import { mountViewTools } from './components/viewTools.ts';
import { record, refreshPositions, startHistory } from './core/history/actions.ts';
import { historyAtom } from './core/history/atom.ts';
import { layoutAtom } from './core/layout/atom.ts';
import { pathsAtom } from './core/paths/atom.ts';
import { openSavedView, type Viewport } from './core/views/actions.ts';
import { URL_VIEW_MAX_NODES } from './core/views/state.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
localisePage();

const initial = decodeView(location.search);
filtersAtom.set(initial.filters);

const canvas = createCanvas($('cy'), (id) => void expand([id]).catch(() => {}));
mountExplorerLook(canvas.cy, $('cy').parentElement!, $('actions'));
mountStatus($('status'), $('busy'), $('empty'), $('cy'));
mountSidebar($('sidebar'), createTimeline());
mountPanel($('panel'));
const openIngest = mountIngest($<HTMLDialogElement>('ingest'));
// A re-layout is a step of the history too.
const relayout = () => void canvas.relayout().then(() => record());
mountToolbar($('examples'), $('actions'), canvas.cy, openIngest, relayout, canvas.fit);
const viewport: Viewport = {
  positions: canvas.positions,
  zoom: () => canvas.cy.zoom(),
  pan: () => canvas.cy.pan(),
  setViewport: (zoom, pan) => canvas.cy.viewport({ zoom, pan }),
  settled: canvas.settled,
};
mountViewTools($('actions'), canvas.cy, viewport, relayout);
const menu = mountMenu(canvas.cy, $('cy').parentElement!, { fit: canvas.fit, relayout });
mountKeys(canvas.cy, { fit: canvas.fit, closeMenu: menu.close });
const pathsBox = document.createElement('aside');
pathsBox.className = 'paths';
pathsBox.setAttribute('aria-label', 'Paths');
$('cy').parentElement!.append(pathsBox);
mountPaths(pathsBox);
canvas.cy.on('dragfree', 'node', refreshPositions);
// A mention clicked in the article reader: its entity put on the canvas if absent, selected, and brought into view.
mountReader($('cy').parentElement!, (node) => {
  const present = graphAtom.get().nodes.has(node.id);
  void (present ? Promise.resolve() : putOnCanvas(node).catch(() => {}))
    .then(() => select('node', node.id))
    .then(() => canvas.settled())
    .then(() => revealBesideReader(canvas.cy, node.id));
});
mountSearch($('search'), (node) => {
  void putOnCanvas(node)
    .catch(() => {})
    .then(() => select('node', node.id));
});

// The URL follows the view (replaceState: no history entry per click).
let urlTimer: ReturnType<typeof setTimeout> | undefined;
function writeUrl(): void {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    const sel = selectionAtom.get().selected;
    const query = encodeView({
      ids: [...graphAtom.get().nodes.keys()],
      filters: filtersAtom.get(),
      selected: sel?.kind === 'node' ? sel.id : undefined,
    });
    const next = `${location.pathname}${query ? `?${query}` : ''}`;
    // A big view opened from a saved-view link keeps that short link rather than thousands of ids.
    if (savedViewId && graphAtom.get().nodes.size > URL_VIEW_MAX_NODES) return;
    // history.state holds the history step's index (see core/history): keep it.
    if (next !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', next);
  }, 150);
}

/** The linked view under the ids its entities have now (a merge or a fuller name moves an id; the old one redirects). */
async function currentView(view: ViewState): Promise<ViewState> {
  const ids = idsOfView(view);
  if (ids.length === 0) return view;
  try {
    const now = await resolveIds(ids);
    return withCurrentIds(view, new Map(ids.map((id, i) => [id, now[i] ?? null])));
  } catch {
    return view;
  }
}

const savedViewId = new URLSearchParams(location.search).get('view');
void refreshDates().catch(() => {});
const ready = currentView(initial)
  .then(async (view) => {
    if (savedViewId) await openSavedView(savedViewId, viewport).catch(() => false);
    else if (view.ids.length) await loadIds(view.ids).catch(() => {});
    return view;
  })
  .then(async (view) => {
    await canvas.settled();
    if (view.selected && graphAtom.get().nodes.has(view.selected)) select('node', view.selected);
    graphAtom.subscribe(writeUrl);
    filtersAtom.subscribe(writeUrl);
    selectionAtom.subscribe(writeUrl);
    // An entry of an earlier page load (Back after a reload): its URL describes the view.
    startHistory({ positions: canvas.positions, settled: canvas.settled }, () => location.reload());
  });

// Hooks for end-to-end tests and for the console.
Object.assign(window, { __cy: canvas.cy, __kg: { ready, settled: canvas.settled, graph: graphAtom, filters: filtersAtom, history: historyAtom, layout: layoutAtom, paths: pathsAtom } });
