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
  const sub = await track('Co-occurrences', () => edgesAmong(ids, ['CO_OCCURS']));
  graphAtom.set(mergeSubgraph(graphAtom.get(), sub));
}

export function mountSidebar(root: HTMLElement, timeline: HTMLElement): void {
  const f = filtersAtom.get();
  const nodeBoxes = NODE_TYPES.map((t) => {
    const box = h('input', { type: 'checkbox', checked: !f.hiddenNodeTypes.includes(t), 'aria-label': `Show ${NODE_TYPE_LABELS[t]} nodes` });
    box.addEventListener('change', () => setNodeTypeVisible(t, box.checked));
    return [t, box] as const;
  });
  const relBoxes = RELATION_TYPES.filter((t) => t !== 'CO_OCCURS').map((t) => {
    const box = h('input', { type: 'checkbox', checked: !f.hiddenRelationTypes.includes(t), 'aria-label': `Show ${RELATION_LABELS[t]} relations` });
    box.addEventListener('change', () => setRelationTypeVisible(t, box.checked));
    return [t, box] as const;
  });
  const co = h('input', { type: 'checkbox', checked: f.coOccurs, 'aria-label': 'Show co-occurrence relations' });
  const minWeight = h('input', { type: 'number', min: 1, max: 50, value: String(f.minWeight), style: 'width:4em', 'aria-label': 'Minimum co-occurrence weight' });
  co.addEventListener('change', () => {
    setCoOccurs(co.checked, Number(minWeight.value) || 1);
    if (co.checked) void loadCoOccurs().catch(() => {});
  });
  minWeight.addEventListener('change', () => setCoOccurs(co.checked, Math.max(1, Number(minWeight.value) || 1)));

  root.append(
    h('h2', { id: 'legend-nodes' }, 'Nodes'),
    h(
      'div',
      { role: 'group', 'aria-labelledby': 'legend-nodes' },
      ...nodeBoxes.map(([t, box]) =>
        h('label', {}, box, h('span', { class: 'swatch', style: `background:${NODE_LOOK[t].color};${SHAPE_CSS[NODE_LOOK[t].shape] ?? ''}`, 'aria-hidden': 'true' }), NODE_TYPE_LABELS[t]),
      ),
    ),
    h('p', { class: 'hint' }, 'Countries are labelled with their ISO code.'),
    h('h2', { id: 'legend-edges' }, 'Relations'),
    h(
      'div',
      { role: 'group', 'aria-labelledby': 'legend-edges' },
      ...relBoxes.map(([t, box]) =>
        h('label', {}, box, h('span', { class: 'swatch', style: `background:${EDGE_COLOR[t]};height:4px`, 'aria-hidden': 'true' }), RELATION_LABELS[t]),
      ),
    ),
    h('p', { class: 'hint' }, 'Thicker lines: more supporting articles. Dashed: reference data.'),
    createConfidenceControl(),
    h('h2', {}, 'Co-occurrence'),
    h('label', {}, co, h('span', { class: 'swatch', style: `background:${EDGE_COLOR.CO_OCCURS};height:4px`, 'aria-hidden': 'true' }), 'Show co-occurs'),
    h('label', {}, 'Min. weight', minWeight),
    h('h2', {}, 'Time'),
    timeline,
    h('h2', {}, 'Tips'),
    h('p', { class: 'hint' }, 'Double-click a node to expand it. Select two nodes with “Path from here” / “Paths to here” to see how they connect.'),
  );

  filtersAtom.subscribe((next) => {
    for (const [t, box] of nodeBoxes) box.checked = !next.hiddenNodeTypes.includes(t);
    for (const [t, box] of relBoxes) box.checked = !next.hiddenRelationTypes.includes(t);
    co.checked = next.coOccurs;
    minWeight.value = String(next.minWeight);
  });
}
