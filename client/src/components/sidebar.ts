// Legend and filters: node types (the legend doubles as the type filter), relation types, CO_OCCURS.
import { NODE_TYPES, RELATION_TYPES } from '../api/types.ts';
import { filtersAtom } from '../core/filters/atom.ts';
import { setCoOccurs, setNodeTypeVisible, setRelationTypeVisible } from '../core/filters/actions.ts';
import { edgesAmong } from '../core/graph/actions.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { NODE_TYPE_LABELS, RELATION_LABELS } from '../core/graph/elements.ts';
import { mergeSubgraph } from '../core/graph/model.ts';
import { track } from '../core/status/actions.ts';
import { EDGE_COLOR, NODE_LOOK } from '../styles/palette.ts';
import { createConfidenceControl } from './confidence.ts';
import { h } from './dom.ts';
import { t } from '../i18n/index.ts';

const SHAPE_CSS: Record<string, string> = {
  ellipse: 'border-radius:50%',
  'round-rectangle': 'border-radius:3px',
  hexagon: 'clip-path:polygon(25% 0,75% 0,100% 50%,75% 100%,25% 100%,0 50%)',
  diamond: 'clip-path:polygon(50% 0,100% 50%,50% 100%,0 50%)',
  'round-tag': 'border-radius:50% 50% 0 50%',
  rectangle: 'border-radius:0',
};

/** Fetches CO_OCCURS edges among the nodes on the canvas, once switched on. */
async function loadCoOccurs(): Promise<void> {
  const ids = [...graphAtom.get().nodes.keys()];
  if (!ids.length) return;
  const sub = await track(t('sidebar.coOccurs'), () => edgesAmong(ids, ['CO_OCCURS']));
  graphAtom.set(mergeSubgraph(graphAtom.get(), sub));
}

export function mountSidebar(root: HTMLElement, timeline: HTMLElement): void {
  const f = filtersAtom.get();
  const nodeBoxes = NODE_TYPES.map((type) => {
    const box = h('input', { type: 'checkbox', checked: !f.hiddenNodeTypes.includes(type), 'aria-label': t('sidebar.showNodes', { type: NODE_TYPE_LABELS[type] }) });
    box.addEventListener('change', () => setNodeTypeVisible(type, box.checked));
    return [type, box] as const;
  });
  const relBoxes = RELATION_TYPES.filter((type) => type !== 'CO_OCCURS').map((type) => {
    const box = h('input', { type: 'checkbox', checked: !f.hiddenRelationTypes.includes(type), 'aria-label': t('sidebar.showRelations', { type: RELATION_LABELS[type] }) });
    box.addEventListener('change', () => setRelationTypeVisible(type, box.checked));
    return [type, box] as const;
  });
  const co = h('input', { type: 'checkbox', checked: f.coOccurs, 'aria-label': t('sidebar.coOccurs.label') });
  const minWeight = h('input', { type: 'number', min: 1, max: 50, value: String(f.minWeight), style: 'width:4em', 'aria-label': t('sidebar.minWeight.label') });
  co.addEventListener('change', () => {
    setCoOccurs(co.checked, Number(minWeight.value) || 1);
    if (co.checked) void loadCoOccurs().catch(() => {});
  });
  minWeight.addEventListener('change', () => setCoOccurs(co.checked, Math.max(1, Number(minWeight.value) || 1)));

  root.append(
    h('h2', { id: 'legend-nodes' }, t('sidebar.nodes')),
    h(
      'div',
      { role: 'group', 'aria-labelledby': 'legend-nodes' },
      ...nodeBoxes.map(([type, box]) =>
        h('label', {}, box, h('span', { class: 'swatch', style: `background:${NODE_LOOK[type].color};${SHAPE_CSS[NODE_LOOK[type].shape] ?? ''}`, 'aria-hidden': 'true' }), NODE_TYPE_LABELS[type]),
      ),
    ),
    h('p', { class: 'hint' }, t('sidebar.nodesHint')),
    h('h2', { id: 'legend-edges' }, t('sidebar.relations')),
    h(
      'div',
      { role: 'group', 'aria-labelledby': 'legend-edges' },
      ...relBoxes.map(([type, box]) =>
        h('label', {}, box, h('span', { class: 'swatch', style: `background:${EDGE_COLOR[type]};height:4px`, 'aria-hidden': 'true' }), RELATION_LABELS[type]),
      ),
    ),
    h('p', { class: 'hint' }, t('sidebar.relationsHint')),
    createConfidenceControl(),
    h('h2', {}, t('sidebar.coOccurs')),
    h('label', {}, co, h('span', { class: 'swatch', style: `background:${EDGE_COLOR.CO_OCCURS};height:4px`, 'aria-hidden': 'true' }), t('sidebar.showCoOccurs')),
    h('label', {}, t('sidebar.minWeight'), minWeight),
    h('h2', {}, t('sidebar.time')),
    timeline,
    h('h2', {}, t('sidebar.tips')),
    h('p', { class: 'hint' }, t('sidebar.tipsText')),
  );

  filtersAtom.subscribe((next) => {
    for (const [type, box] of nodeBoxes) box.checked = !next.hiddenNodeTypes.includes(type);
    for (const [type, box] of relBoxes) box.checked = !next.hiddenRelationTypes.includes(type);
    co.checked = next.coOccurs;
    minWeight.value = String(next.minWeight);
  });
}
