// Example views and the view actions: load article, fit, re-layout, share link, export, clear.
import type { Core } from 'cytoscape';
import { filtersAtom } from '../core/filters/atom.ts';
import { EXAMPLES, clearCanvas } from '../core/graph/actions.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { notify } from '../core/status/actions.ts';
import { download, h } from './dom.ts';
import { t } from '../i18n/index.ts';

export function mountToolbar(examples: HTMLElement, actions: HTMLElement, cy: Core, openIngest: () => void, relayout: () => void, fit: () => void): void {
  for (const ex of EXAMPLES) {
    examples.append(h('button', { title: ex.description, 'aria-label': t('toolbar.example', { title: ex.title }), onclick: () => void ex.run().catch(() => {}) }, ex.title));
  }

  const exportPng = () => {
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob;
    download('nyhetsgraf-view.png', blob);
  };
  const exportJson = () => {
    const g = graphAtom.get();
    const positions = Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
    const data = {
      url: location.href,
      nodes: [...g.nodes.values()].map((n) => ({ ...n, position: positions[n.id] })),
      edges: [...g.edges.values()],
      dateRange: { from: filtersAtom.get().from ?? null, to: filtersAtom.get().to ?? null },
    };
    download('nyhetsgraf-view.json', new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      notify({ kind: 'info', text: t('toolbar.linkCopied') });
    } catch {
      notify({ kind: 'info', text: t('toolbar.link', { url: location.href }) });
    }
  };

  actions.append(
    h('button', { class: 'primary', 'aria-label': t('toolbar.load.label'), onclick: openIngest }, t('toolbar.load')),
    h('button', { 'aria-label': t('toolbar.fit.label'), onclick: fit }, t('toolbar.fit')),
    h('button', { 'aria-label': t('toolbar.relayout.label'), onclick: relayout }, t('toolbar.relayout')),
    h('button', { 'aria-label': t('toolbar.share.label'), onclick: () => void copyLink() }, t('toolbar.share')),
    h('button', { 'aria-label': t('toolbar.png.label'), onclick: exportPng }, t('toolbar.png')),
    h('button', { 'aria-label': t('toolbar.json.label'), onclick: exportJson }, t('toolbar.json')),
    h('button', { 'aria-label': t('toolbar.clear.label'), onclick: clearCanvas }, t('toolbar.clear')),
  );
}
