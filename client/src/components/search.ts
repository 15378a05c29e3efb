// Search box with debounced suggestions, navigable with arrow keys (ARIA combobox pattern).
import type { GraphNode } from '../api/types.ts';
import { NODE_TYPE_LABELS } from '../core/graph/elements.ts';
import { moveActive } from '../core/search/cursor.ts';
import { createLookup } from '../core/search/lookup.ts';
import { NODE_LOOK } from '../styles/palette.ts';
import { clear, h } from './dom.ts';
import { t } from '../i18n/index.ts';

const DEBOUNCE_MS = 180;

interface Suggestions {
  hits: GraphNode[];
  /** The highlighted option, -1 for none. */
  active: number;
}

function searchInput(): HTMLInputElement {
  return h('input', {
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
}

function option(node: GraphNode, i: number, active: boolean, choose: (i: number) => void): HTMLElement {
  const li = h(
    'li',
    { id: `search-opt-${i}`, role: 'option', 'aria-selected': String(active), 'data-id': node.id },
    h('span', { class: 'swatch', style: `background:${NODE_LOOK[node.type].color}`, 'aria-hidden': 'true' }),
    h('span', {}, node.name, node.code ? ` (${node.code})` : ''),
    h('span', { class: 'type' }, NODE_TYPE_LABELS[node.type]),
  );
  // mousedown, not click: the input's blur would close the list before a click lands.
  li.addEventListener('mousedown', (e) => {
    e.preventDefault();
    choose(i);
  });
  return li;
}

/** Draws the list (or a message in it) and points the combobox at the active option. */
function renderList(input: HTMLInputElement, list: HTMLElement, s: Suggestions, choose: (i: number) => void, message?: string): void {
  clear(list);
  if (message) list.append(h('li', { class: 'none', role: 'option', 'aria-disabled': 'true' }, message));
  s.hits.forEach((node, i) => list.append(option(node, i, i === s.active, choose)));
  const open = s.hits.length > 0 || Boolean(message);
  list.hidden = !open;
  input.setAttribute('aria-expanded', String(open));
  if (s.active >= 0) {
    input.setAttribute('aria-activedescendant', `search-opt-${s.active}`);
    list.querySelector(`#search-opt-${s.active}`)?.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

export function mountSearch(root: HTMLElement, onChoose: (node: GraphNode) => void): void {
  const input = searchInput();
  const list = h('ul', { id: 'search-list', class: 'suggestions', role: 'listbox', 'aria-label': t('search.suggestions'), hidden: true });
  root.append(input, list);
  const s: Suggestions = { hits: [], active: -1 };
  const lookup = createLookup();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = (message?: string) => renderList(input, list, s, choose, message);
  function close(): void {
    s.hits = [];
    s.active = -1;
    render();
  }
  function choose(i: number): void {
    const node = s.hits[i];
    if (!node) return;
    input.value = node.name;
    close();
    onChoose(node);
  }
  async function suggest(text: string): Promise<void> {
    const result = await lookup(text);
    if (result === 'aborted') return;
    s.hits = 'hits' in result ? result.hits : [];
    s.active = s.hits.length ? 0 : -1;
    if ('error' in result) render(t('search.failed', { message: result.error }));
    else render(s.hits.length ? undefined : t('search.none', { text }));
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(() => void suggest(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && s.hits.length) {
      s.active = moveActive(s.active, s.hits.length, e.key === 'ArrowDown' ? 1 : -1);
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      if (s.active >= 0) choose(s.active);
      e.preventDefault();
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
