// Keeps `inRangeAtom` in step with the date range: the server judges which canvas edges the range keeps,
// so the client never needs every article's date.
import { filtersAtom, inRangeAtom } from '../filters/atom.ts';
import { edgesAmong, wantedRelationTypes } from '../graph/actions.ts';
import { graphAtom } from '../graph/atom.ts';
import { track } from '../status/actions.ts';
import { t } from '../../i18n/index.ts';

/** Graph changes come in bursts (expand, then connect): one query after they settle. */
const DEBOUNCE_MS = 120;

export function followDateRange(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let lastRange = '';

  async function refresh(): Promise<void> {
    const { from, to } = filtersAtom.get();
    const mine = ++seq;
    if (!from && !to) return void inRangeAtom.set(null);
    const ids = [...graphAtom.get().nodes.keys()];
    if (ids.length === 0) return void inRangeAtom.set({ edges: new Set() });
    const sub = await track(t('time.busy'), () => edgesAmong(ids, wantedRelationTypes(), { from, to }));
    if (mine === seq) inRangeAtom.set({ edges: new Set(sub.edges.map((e) => e.id)) });
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh().catch(() => {}), DEBOUNCE_MS);
  };
  filtersAtom.subscribe((f) => {
    const range = `${f.from ?? ''}|${f.to ?? ''}|${f.coOccurs}|${f.hiddenRelationTypes.join()}`;
    if (range === lastRange) return;
    lastRange = range;
    schedule();
  });
  graphAtom.subscribe(() => {
    if (filtersAtom.get().from || filtersAtom.get().to) schedule();
  });
  if (filtersAtom.get().from || filtersAtom.get().to) schedule();
}
