// Server health, request errors and the empty-canvas hint.
import { graphAtom } from '../core/graph/atom.ts';
import { statusAtom } from '../core/status/atom.ts';
import { checkHealth, notify } from '../core/status/actions.ts';
import { clear, h } from './dom.ts';

const HEALTH_TEXT = {
  'server-down': 'The server cannot be reached. Retrying…',
  'neo4j-down': 'The server is up but its database (Neo4j) is not reachable. Retrying…',
} as const;

export function mountStatus(bar: HTMLElement, busy: HTMLElement, empty: HTMLElement, canvas: HTMLElement): void {
  function render(): void {
    const s = statusAtom.get();
    clear(bar);
    if (s.health === 'server-down' || s.health === 'neo4j-down') {
      bar.append(h('div', { class: 'notice error', role: 'alert', 'data-testid': 'health' }, HEALTH_TEXT[s.health]));
    }
    if (s.notice) {
      bar.append(
        h(
          'div',
          { class: `notice ${s.notice.kind}`, 'data-testid': `notice-${s.notice.kind}` },
          h('pre', {}, s.notice.text),
          h('button', { 'aria-label': 'Dismiss message', onclick: () => notify(undefined) }, 'Dismiss'),
        ),
      );
    }
    busy.hidden = s.busy === 0;
  }

  let allFiltered = false;
  function renderEmpty(): void {
    const n = graphAtom.get().nodes.size;
    empty.hidden = n > 0 && !allFiltered;
    clear(empty);
    if (n === 0) empty.append(h('p', {}, 'The canvas is empty. Search for a person, organisation or country above, pick an example view, or load an article.'));
    else if (allFiltered) empty.append(h('p', {}, `All ${n} nodes are hidden by the filters (node types, relations or dates).`));
  }
  canvas.addEventListener('kg:filtered', (e) => {
    const { hidden, total } = (e as CustomEvent<{ hidden: number; total: number }>).detail;
    allFiltered = total > 0 && hidden === total;
    renderEmpty();
  });

  statusAtom.subscribe(render);
  graphAtom.subscribe(renderEmpty);
  render();
  renderEmpty();

  // Poll health quickly while something is wrong, slowly otherwise.
  const poll = async () => {
    const health = await checkHealth();
    setTimeout(poll, health === 'ok' ? 30_000 : 5_000);
  };
  void poll();
}
