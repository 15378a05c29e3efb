// What the filters and the selection do on the canvas: classes on its elements, set in one batch.
import type { Core } from 'cytoscape';
import { filtersAtom, inRangeAtom } from '../core/filters/atom.ts';
import { hiddenElements } from '../core/filters/visibility.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { selectionAtom } from '../core/selection/atom.ts';

/** Hides what the filters and the date range leave out; tells the page (`kg:filtered`) how many are hidden. */
export function applyFilters(cy: Core, container: HTMLElement): void {
  const hidden = hiddenElements(graphAtom.get(), filtersAtom.get(), inRangeAtom.get());
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const off = hidden.nodes.has(n.id());
      if (off !== n.hasClass('filtered')) n.toggleClass('filtered', off);
    });
    cy.edges().forEach((e) => {
      const off = hidden.edges.has(e.id());
      if (off !== e.hasClass('filtered')) e.toggleClass('filtered', off);
    });
  });
  container.dispatchEvent(new CustomEvent('kg:filtered', { detail: { hidden: hidden.nodes.size, total: cy.nodes().length } }));
}

/** The detailed element selected, and a chosen path highlighted with the rest faded. */
export function showSelection(cy: Core): void {
  const s = selectionAtom.get();
  cy.batch(() => {
    // A Ctrl/Shift-click or a box adds to cy's selection: keep it unless the detailed element is not part of it.
    const shown = s.selected ? cy.getElementById(s.selected.id) : undefined;
    if (!shown?.selected()) cy.elements(':selected').unselect();
    shown?.select();
    cy.elements('.path, .faded, .path-start').removeClass('path faded path-start');
    if (s.pathIds.length) {
      const wanted = new Set(s.pathIds);
      const on = cy.elements().filter((e) => wanted.has(e.id()));
      on.addClass('path');
      cy.elements().not(on).addClass('faded');
    }
    if (s.pathStart) cy.getElementById(s.pathStart).addClass('path-start');
  });
}
