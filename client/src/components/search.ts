// Search box with debounced suggestions, navigable with arrow keys (ARIA combobox pattern).
import * as api from '../api/queries.ts';
import type { GraphNode } from '../api/types.ts';
import { NODE_TYPE_LABELS } from '../core/graph/elements.ts';
import { NODE_LOOK } from '../styles/palette.ts';
import { clear, h } from './dom.ts';
import { t } from '../i18n/index.ts';

const DEBOUNCE_MS = 180;

export function mountSearch(root: HTMLElement, onChoose: (node: GraphNode) => void): void {
  const input = h('input', {
    type: 'search',
    id: 'search-input',
    placeholder: t('search.placeholder'),
    'aria-label': t('search.label'),
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-list',
    autocomplete: 'off',
  });
  const list = h('ul', { id: 'search-list', class: 'suggestions', role: 'listbox', 'aria-label': t('search.suggestions'), hidden: true });
  root.append(input, list);

  let hits: GraphNode[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  function render(message?: string): void {
    clear(list);
    if (message) list.append(h('li', { class: 'none', role: 'option', 'aria-disabled': 'true' }, message));
    hits.forEach((node, i) => {
      const li = h(
        'li',
        { id: `search-opt-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-id': node.id },
        h('span', { class: 'swatch', style: `background:${NODE_LOOK[node.type].color}`, 'aria-hidden': 'true' }),
        h('span', {}, node.name, node.code ? ` (${node.code})` : ''),
        h('span', { class: 'type' }, NODE_TYPE_LABELS[node.type]),
      );
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    const open = hits.length > 0 || Boolean(message);
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-opt-${active}`);
      list.querySelector(`#search-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function close(): void {
    hits = [];
    active = -1;
    render();
  }

  function choose(i: number): void {
    const node = hits[i];
    if (!node) return;
    input.value = node.name;
    close();
    onChoose(node);
  }

  async function lookup(text: string): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    try {
      hits = await api.search(text, 10, undefined, controller.signal);
      active = hits.length ? 0 : -1;
      render(hits.length ? undefined : t('search.none', { text }));
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      hits = [];
      render(t('search.failed', { message: (error as Error).message }));
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(() => void lookup(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      if (active >= 0) choose(active);
      e.preventDefault();
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
