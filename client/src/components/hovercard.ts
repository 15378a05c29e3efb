// Hover: the element under the pointer gets the `hover` class (its label and an edge's label show) and a
// node a small card with its name, type and article count.
import type { Core, EventObject } from 'cytoscape';
import type { NodeType } from '../api/types.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { NODE_TYPE_LABELS } from '../core/graph/elements.ts';
import { flagEmoji } from '../core/look/flags.ts';
import { h } from './dom.ts';

export function mountHoverCard(cy: Core, stage: HTMLElement, onHoverChange: () => void): HTMLElement {
  const name = h('strong', {});
  const meta = h('span', { class: 'meta' });
  const card = h('div', { class: 'hovercard', role: 'tooltip', id: 'hovercard', hidden: true }, name, meta);
  stage.append(card);

  function show(e: EventObject): void {
    const node = e.target;
    const data = node.data() as { code?: string; name: string; type: NodeType; articleCount?: number; count?: number; size?: number };
    name.textContent = data.code ? `${flagEmoji(data.code)} ${data.name}` : data.name;
    const parts = [NODE_TYPE_LABELS[data.type] ?? ''];
    if (typeof data.articleCount === 'number') parts.push(t('hover.articles', { count: formatNumber(data.articleCount) }));
    meta.textContent = parts.filter(Boolean).join(' · ');
    const p = node.renderedPosition();
    const r = (node.renderedWidth() as number) / 2;
    card.style.left = `${Math.round(p.x + r + 8)}px`;
    card.style.top = `${Math.round(p.y - r)}px`;
    card.hidden = false;
  }

  cy.on('mouseover', 'node, edge', (e) => {
    e.target.addClass('hover');
    if (e.target.isNode() && !e.target.hasClass('badge')) show(e);
    onHoverChange();
  });
  cy.on('mouseout', 'node, edge', (e) => {
    e.target.removeClass('hover');
    card.hidden = true;
    onHoverChange();
  });
  cy.on('viewport remove', () => {
    card.hidden = true;
  });
  return card;
}
