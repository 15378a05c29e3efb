// Server health, request errors and the empty-canvas hint.
import { graphAtom } from '../core/graph/atom.ts';
import { statusAtom } from '../core/status/atom.ts';
import { checkHealth, notify } from '../core/status/actions.ts';
import { clear, h } from './dom.ts';
import { t } from '../i18n/index.ts';

const HEALTH_TEXT = {
  'server-down': t('status.serverDown'),
  'neo4j-down': t('status.neo4jDown'),
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
          s.notice.action ? h('button', { class: 'primary', onclick: s.notice.action.run }, s.notice.action.label) : null,
          h('button', { 'aria-label': t('status.dismiss.label'), onclick: () => notify(undefined) }, t('status.dismiss')),
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
    if (n === 0) empty.append(h('p', {}, t('status.empty')));
    else if (allFiltered) empty.append(h('p', {}, t('status.allFiltered', { count: n })));
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
