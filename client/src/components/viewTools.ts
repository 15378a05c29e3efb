// Toolbar additions: undo/redo, the layout chooser, saving the view, SVG export.
import type { Core } from 'cytoscape';
import { historyAtom } from '../core/history/atom.ts';
import { redo, undo } from '../core/history/actions.ts';
import { layoutAtom } from '../core/layout/atom.ts';
import { LAYOUT_NAMES, isLayoutName } from '../core/layout/options.ts';
import { selectionAtom } from '../core/selection/atom.ts';
import { notify } from '../core/status/actions.ts';
import { saveView, type Viewport } from '../core/views/actions.ts';
import { S } from '../strings/investigate.ts';
import { download, h } from './dom.ts';
import { graphSvg } from './svg.ts';

export function mountViewTools(actions: HTMLElement, cy: Core, vp: Viewport, relayout: () => void): void {
  const undoButton = h('button', { 'aria-label': S.undoLabel, title: S.undoLabel, onclick: undo, disabled: true }, S.undo);
  const redoButton = h('button', { 'aria-label': S.redoLabel, title: S.redoLabel, onclick: redo, disabled: true }, S.redo);
  historyAtom.subscribe((s) => {
    undoButton.disabled = !s.canUndo;
    redoButton.disabled = !s.canRedo;
  });
  const chooser = h('select', { 'aria-label': S.layoutLabel, title: S.layoutLabel }, ...LAYOUT_NAMES.map((name) => h('option', { value: name }, S.layouts[name])));
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
      notify({ kind: 'info', text: S.savedLink(url) });
    } catch {
      notify({ kind: 'info', text: S.savedLinkNoClipboard(url) });
    }
  };
  const exportSvg = () => download('nyhetsgraf-view.svg', new Blob([graphSvg(cy)], { type: 'image/svg+xml' }));
  actions.prepend(undoButton, redoButton, chooser);
  actions.append(
    h('button', { 'aria-label': S.saveViewLabel, title: S.saveViewLabel, onclick: () => void save().catch(() => {}) }, S.saveView),
    h('button', { 'aria-label': S.svgLabel, onclick: exportSvg }, S.svg),
  );
}
