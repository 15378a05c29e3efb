// Applies the label policy on the canvas: after each zoom, pan or change, the nodes in view compete for labels.
import type { Core } from 'cytoscape';
import { chooseLabels, labelBudget } from '../core/look/labels.ts';

const SETTLE_MS = 80;

export function followLabelPolicy(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  function apply(): void {
    const ext = cy.extent();
    // Classes, not ':visible': Cytoscape caches visibility per element and a batch of class changes can leave it stale.
    const inView = cy.nodes().not('.filtered, .grouped').nodes().filter((n) => {
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    const pinned = new Set(cy.nodes('.hover, :selected, .path').map((n) => n.id()));
    const chosen = chooseLabels(
      inView.map((n) => ({ id: n.id(), weight: Number(n.data('size') ?? 0) })),
      labelBudget(cy.width(), cy.height(), cy.zoom()),
      pinned,
    );
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const on = chosen.has(n.id());
        if (on !== n.hasClass('labelled')) n.toggleClass('labelled', on);
      });
    });
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(apply, SETTLE_MS);
  };
  cy.on('viewport add remove position', schedule);
  cy.on('select unselect', apply);
  apply();
  return schedule;
}
