// Keyboard shortcuts and the help overlay that lists them.
import type { Core } from 'cytoscape';
import { redo, undo } from '../core/history/actions.ts';
import { hide } from '../core/graph/actions.ts';
import { clearSelection } from '../core/selection/actions.ts';
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/index.ts';
import { h } from './dom.ts';

export interface KeyActions {
  fit(): void;
  closeMenu(): void;
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** In a text field the keys type (and Ctrl+Z undoes typing); a checkbox or button leaves them to the canvas. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === 'INPUT') return !NOT_TEXT.has((el as HTMLInputElement).type);
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/** The help overlay's rows: the key (as the language names it) and what it does. */
const HELP: [MessageKey, MessageKey][] = [
  ['help.search.key', 'help.search'],
  ['help.escape.key', 'help.escape'],
  ['help.delete.key', 'help.delete'],
  ['help.fit.key', 'help.fit'],
  ['help.undo.key', 'help.undo'],
  ['help.redo.key', 'help.redo'],
  ['help.help.key', 'help.help'],
  ['help.select.key', 'help.select'],
  ['help.menu.key', 'help.menu'],
  ['help.history.key', 'help.history'],
];

function helpOverlay(): HTMLDialogElement {
  const dialog = h(
    'dialog',
    { id: 'help', class: 'help', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, t('help.title')),
    h('dl', {}, ...HELP.flatMap(([key, what]) => [h('dt', {}, h('kbd', {}, t(key))), h('dd', {}, t(what))])),
    h('form', { method: 'dialog' }, h('button', {}, t('help.close'))),
  );
  document.body.append(dialog);
  return dialog;
}

export function mountKeys(cy: Core, actions: KeyActions): void {
  const help = helpOverlay();
  document.addEventListener('keydown', (e) => {
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key;
    if (ctrl && key.toLowerCase() === 'z') {
      // In a text field Ctrl+Z undoes typing, not the canvas.
      if (typingIn(e.target)) return;
      e.preventDefault();
      return e.shiftKey ? redo() : undo();
    }
    if (ctrl && key.toLowerCase() === 'y' && !typingIn(e.target)) return void (e.preventDefault(), redo());
    if (key === 'Escape') {
      actions.closeMenu();
      if (typingIn(e.target)) return (e.target as HTMLElement).blur();
      cy.elements(':selected').unselect();
      return clearSelection();
    }
    if (ctrl || e.altKey || typingIn(e.target) || help.open) return;
    if (key === '/') {
      e.preventDefault();
      return document.getElementById('search-input')?.focus();
    }
    if (key === 'Delete' || key === 'Backspace') {
      const ids = cy.nodes(':selected').map((n) => n.id());
      if (ids.length) {
        hide(ids);
        clearSelection();
      }
      return;
    }
    if (key === 'f') return actions.fit();
    if (key === 'z') return undo();
    if (key === 'Z') return redo();
    if (key === '?') return help.showModal();
  });
}
