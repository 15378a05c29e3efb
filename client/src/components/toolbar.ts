// Example views and the view actions: load article, fit, re-layout, share link, export, clear.
import type { Core } from 'cytoscape';
import { filtersAtom } from '../core/filters/atom.ts';
import { EXAMPLES, clearCanvas } from '../core/graph/actions.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { notify } from '../core/status/actions.ts';
import { download, h } from './dom.ts';

export function mountToolbar(examples: HTMLElement, actions: HTMLElement, cy: Core, openIngest: () => void, relayout: () => void, fit: () => void): void {
  for (const ex of EXAMPLES) {
    examples.append(h('button', { title: ex.description, 'aria-label': `Example view: ${ex.title}`, onclick: () => void ex.run().catch(() => {}) }, ex.title));
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
      notify({ kind: 'info', text: 'Link to this view copied.' });
    } catch {
      notify({ kind: 'info', text: `Link to this view: ${location.href}` });
    }
  };

  actions.append(
    h('button', { class: 'primary', 'aria-label': 'Load an article', onclick: openIngest }, 'Load article…'),
    h('button', { 'aria-label': 'Fit the graph to the screen', onclick: fit }, 'Fit'),
    h('button', { 'aria-label': 'Lay out the graph again', onclick: relayout }, 'Re-layout'),
    h('button', { 'aria-label': 'Copy a link to this view', onclick: () => void copyLink() }, 'Share link'),
    h('button', { 'aria-label': 'Export the view as PNG', onclick: exportPng }, 'PNG'),
    h('button', { 'aria-label': 'Export the view as JSON', onclick: exportJson }, 'JSON'),
    h('button', { 'aria-label': 'Clear the canvas', onclick: clearCanvas }, 'Clear'),
  );
}
