// Draws the leaf groups as badges beside their anchor; tapping a badge opens the group.
import type { Core } from 'cytoscape';
import { groupKey, leafGroups, type LeafGroup } from '../core/look/groups.ts';
import { NODE_LOOK } from '../styles/palette.ts';
import { t } from '../i18n/index.ts';
import { clearSelection } from '../core/selection/actions.ts';
import { ARRIVING } from './layout.ts';

const BADGE = 'node.badge';

export function followLeafGroups(cy: Core): () => void {
  const open = new Set<string>();

  function badgeFor(g: LeafGroup) {
    const anchor = cy.getElementById(g.anchor);
    const at = anchor.position();
    const r = Number(anchor.data('size') ?? 30) / 2;
    const dx = g.type === 'STATEMENT' ? 1 : -1;
    const label = t(g.type === 'STATEMENT' ? 'group.statements' : 'group.articles', { count: g.ids.length });
    return {
      group: 'nodes' as const,
      data: { id: `badge:${groupKey(g.anchor, g.type)}`, label, name: label, type: g.type, anchor: g.anchor, members: g.ids, size: 18 },
      // A badge on a node not yet shown waits with it.
      classes: `badge ${g.type.toLowerCase()}${anchor.hasClass(ARRIVING) ? ` ${ARRIVING}` : ''}`,
      position: { x: at.x + dx * (r + 34), y: at.y + r + 14 },
      grabbable: false,
    };
  }

  function apply(): void {
    cy.batch(() => {
      cy.$(BADGE).remove();
      cy.nodes('.grouped').removeClass('grouped');
      const visible = cy.nodes().not('.filtered');
      const edges = visible.edgesWith(visible).not('.filtered');
      const keep = new Set(cy.nodes(':selected, .path').map((n) => n.id()));
      const groups = leafGroups(
        visible.map((n) => ({ id: n.id(), type: String(n.data('type')) })),
        edges.map((e) => ({ source: String(e.data('source')), target: String(e.data('target')) })),
        open,
        keep,
      );
      for (const g of groups) {
        for (const id of g.ids) cy.getElementById(id).addClass('grouped');
        cy.add(badgeFor(g)).style('background-color', NODE_LOOK[g.type].color);
      }
    });
  }

  cy.on('tap', BADGE, (e) => {
    open.add(groupKey(e.target.data('anchor'), e.target.data('type')));
    // The canvas selects what is tapped; a badge is no node of the graph.
    clearSelection();
    apply();
  });
  return apply;
}
