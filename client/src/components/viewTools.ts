// Toolbar additions: undo/redo, the layout chooser, saving the view, SVG export.
import type { Core } from 'cytoscape';
import { historyAtom } from '../core/history/atom.ts';
import { redo, undo } from '../core/history/actions.ts';
import { layoutAtom } from '../core/layout/atom.ts';
import { LAYOUT_NAMES, isLayoutName, type LayoutName } from '../core/layout/options.ts';
import { selectionAtom } from '../core/selection/atom.ts';
import { notify } from '../core/status/actions.ts';
import { saveView, type Viewport } from '../core/views/actions.ts';
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/index.ts';
import { download, h } from './dom.ts';
import { graphSvg } from './svg.ts';

const LAYOUT_LABELS: Record<LayoutName, MessageKey> = {
  force: 'layout.force',
  concentric: 'layout.concentric',
  hierarchy: 'layout.hierarchy',
  timeline: 'layout.timeline',
};

export function mountViewTools(actions: HTMLElement, cy: Core, vp: Viewport, relayout: () => void): void {
  const undoButton = h('button', { 'aria-label': t('history.undo.label'), title: t('history.undo.label'), onclick: undo, disabled: true }, t('history.undo'));
  const redoButton = h('button', { 'aria-label': t('history.redo.label'), title: t('history.redo.label'), onclick: redo, disabled: true }, t('history.redo'));
  historyAtom.subscribe((s) => {
    undoButton.disabled = !s.canUndo;
    redoButton.disabled = !s.canRedo;
  });
  const chooser = h('select', { 'aria-label': t('layout.label'), title: t('layout.label') }, ...LAYOUT_NAMES.map((name) => h('option', { value: name }, t(LAYOUT_LABELS[name]))));
  chooser.value = layoutAtom.get();
  chooser.addEventListener('change', () => {
    if (!isLayoutName(chooser.value)) return;
    layoutAtom.set(chooser.value);
    relayout();
  });
  layoutAtom.subscribe((name) => void (chooser.value = name));

  const save = async () => {
    const sel = selectionAtom.get().selected;
    const url = await saveView(vp, sel?.kind === 'node' ? sel.id : undefined);
    try {
      await navigator.clipboard.writeText(url);
      notify({ kind: 'info', text: t('view.savedLink', { url }) });
    } catch {
      notify({ kind: 'info', text: t('view.savedLinkNoClipboard', { url }) });
    }
  };
  const exportSvg = () => download('nyhetsgraf-view.svg', new Blob([graphSvg(cy)], { type: 'image/svg+xml' }));
  actions.prepend(undoButton, redoButton, chooser);
  actions.append(
    h('button', { 'aria-label': t('view.save.label'), title: t('view.save.label'), onclick: () => void save().catch(() => {}) }, t('view.save')),
    h('button', { 'aria-label': t('toolbar.svg.label'), onclick: exportSvg }, t('toolbar.svg')),
  );
}
