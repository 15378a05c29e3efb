// Undo/redo of every canvas change, walked by the browser's Back/Forward too: each change is a
// session-history entry (pushState) whose state holds its index into the stack of snapshots.
import { filtersAtom } from '../filters/atom.ts';
import { graphAtom } from '../graph/atom.ts';
import { historyAtom } from './atom.ts';
import { historyStack } from './stack.ts';
import type { ViewSnapshot } from './types.ts';

export interface HistoryHooks {
  positions(): Map<string, { x: number; y: number }>;
  /** Resolves when the canvas has placed what the latest change brought. */
  settled(): Promise<unknown>;
}

const KEY = 'kgHistory';
const stack = historyStack<ViewSnapshot>(100);
let hooks: HistoryHooks | undefined;
let restoring = false;
let pendingRecord: Promise<void> | undefined;

function publish(): void {
  historyAtom.set({ canUndo: stack.canUndo(), canRedo: stack.canRedo(), index: stack.index() });
}

function snapshot(): ViewSnapshot {
  return { graph: graphAtom.get(), filters: filtersAtom.get(), positions: hooks?.positions() ?? new Map() };
}

/** Records the view as a new step once the canvas has settled; changes within one step coalesce. */
export function record(): Promise<void> {
  if (restoring || !hooks) return Promise.resolve();
  pendingRecord ??= new Promise<void>((resolve) => setTimeout(resolve, 0))
    // A canvas that never settles (a layout that failed) must not stop the history.
    .then(() => Promise.race([hooks!.settled(), new Promise((resolve) => setTimeout(resolve, 10_000))]))
    .then(() => {
      pendingRecord = undefined;
      const index = stack.push(snapshot());
      history.pushState({ ...(history.state ?? {}), [KEY]: index }, '', location.href);
      publish();
    });
  return pendingRecord;
}

/** The current step's positions changed without a new step (e.g. the user dragged a node). */
export function refreshPositions(): void {
  const current = stack.current();
  if (current && !restoring) stack.replaceCurrent({ ...current, positions: hooks?.positions() ?? current.positions });
}

function restore(entry: ViewSnapshot): void {
  restoring = true;
  try {
    filtersAtom.set(entry.filters);
    graphAtom.set({ ...entry.graph, added: [], replaced: false, positions: entry.positions });
  } finally {
    restoring = false;
  }
  publish();
}

export function undo(): void {
  if (stack.canUndo()) history.back();
}

export function redo(): void {
  if (stack.canRedo()) history.forward();
}

/** Starts the history with the view as it is now; Back/Forward then restore the step they land on. */
export function startHistory(h: HistoryHooks, onUnknownEntry: () => void): void {
  hooks = h;
  const index = stack.push(snapshot());
  history.replaceState({ ...(history.state ?? {}), [KEY]: index }, '', location.href);
  publish();
  graphAtom.subscribe(() => void record());
  filtersAtom.subscribe(() => void record());
  window.addEventListener('popstate', (event) => {
    const at = (event.state as Record<string, unknown> | null)?.[KEY];
    const entry = typeof at === 'number' ? stack.go(at) : undefined;
    if (entry) restore(entry);
    else onUnknownEntry(); // an entry of an earlier page load: the URL describes it
  });
}
