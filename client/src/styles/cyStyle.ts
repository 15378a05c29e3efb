// The Cytoscape stylesheet, as data: one block per node type and relation type, per colour scheme.
import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { GRAPH, type derive } from '../../../schema/model.ts';
import { fadeToward } from './fade.ts';
import { LIGHT, type CanvasTheme } from './theme.ts';

type Graph = ReturnType<typeof derive>;

/** An edge's colour at its confidence's opacity (see fade.ts); hovered and selected edges are drawn at full strength. */
function byConfidence(colour: string, th: CanvasTheme): (edge: EdgeSingular) => string {
  return (edge) => fadeToward(colour, th.canvas, edge.hasClass('hover') || edge.selected() ? 1 : Number(edge.data('opacity') ?? 1));
}

/** Every node's border; the layout of nodes not drawn yet counts it into their size (components/layout.ts). */
export const NODE_BORDER = 1.5;

/** Elements whose label is drawn: chosen by the label policy, hovered, or selected. */
const LABELLED = 'node.labelled, node.hover, node:selected, node.path, node.badge';

function base(th: CanvasTheme): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: '',
        width: 'data(size)',
        height: 'data(size)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: th.text,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': th.textOutline,
        'text-outline-width': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        // Labels vanish when they would be unreadably small: keeps big graphs fast and clean.
        'min-zoomed-font-size': 6,
        'border-width': NODE_BORDER,
        'border-color': th.nodeBorder,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        // Straight unless another edge joins the same two nodes (elements.ts): a third cheaper to draw at 2,000 edges.
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'line-color': byConfidence(th.edge, th),
        'target-arrow-color': byConfidence(th.edge, th),
        label: '',
        'font-size': 9,
        color: th.text,
        'text-rotation': 'autorotate',
        'text-outline-color': th.textOutline,
        'text-outline-width': 2,
      },
    },
  ];
}

function states(th: CanvasTheme): StylesheetJson {
  return [
    { selector: LABELLED, style: { label: 'data(label)' } },
    { selector: 'node.hover, node:selected', style: { 'z-index': 20, 'font-weight': 'bold' } },
    { selector: 'edge[?parallel]', style: { 'curve-style': 'bezier' } },
    { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', 'z-index': 20 } },
    // Text facts are solid, reference facts dashed: what an article says is told apart from what is known.
    { selector: 'node.country[badge]', style: { 'background-image': 'data(badge)', 'background-fit': 'contain', 'background-clip': 'none' } },
    { selector: 'edge.text', style: { 'line-style': 'solid' } },
    { selector: 'edge.reference', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    { selector: 'edge.co_occurs', style: { 'target-arrow-shape': 'none', 'line-style': 'dotted' } },
    // Elements still arriving in chunks are not drawn until they are placed (see components/layout.ts).
    { selector: '.filtered, .grouped, .arriving', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.2 } },
    { selector: 'node.path', style: { 'border-color': '#F0C000', 'border-width': 5 } },
    { selector: 'edge.path', style: { 'line-color': '#E0A800', 'target-arrow-color': '#E0A800', width: 6, opacity: 1, 'z-index': 10 } },
    { selector: 'node.path-start', style: { 'border-color': th.selected, 'border-width': 4, 'border-style': 'double' } },
    { selector: 'node:selected', style: { 'border-color': th.selected, 'border-width': 4, 'underlay-color': th.highlight, 'underlay-padding': 6, 'underlay-opacity': 0.6 } },
    { selector: 'node.hover', style: { 'underlay-color': th.highlight, 'underlay-padding': 4, 'underlay-opacity': 0.35 } },
    { selector: 'edge:selected', style: { 'line-color': th.selected, 'target-arrow-color': th.selected } },
    { selector: 'node.fresh', style: { 'underlay-color': '#3DBB3D', 'underlay-padding': 4, 'underlay-opacity': 0.25 } },
    {
      selector: 'node.badge',
      style: { shape: 'round-rectangle', width: 'label', height: 18, padding: '4px', 'text-valign': 'center', 'text-margin-y': 0, 'font-size': 10, color: '#ffffff', 'text-outline-width': 0, 'border-width': 0 },
    },
  ];
}

/** One block per node type and relation type of the graph model (the product's, or a copy in a spec). */
export function typeStyles(graph: Graph = GRAPH, th: CanvasTheme = LIGHT): StylesheetJson {
  return [
    ...graph.nodeTypes.map((t) => ({
      selector: `node.${t.toLowerCase()}`,
      style: { 'background-color': graph.nodeLook[t].color, shape: graph.nodeLook[t].shape as 'ellipse' },
    })),
    ...graph.relationTypes.map((t) => ({
      selector: `edge.${t.toLowerCase()}`,
      // Confidence as colour strength (reference facts 1): weak text facts recede toward the background.
      style: { 'line-color': byConfidence(graph.edgeColor[t]!, th), 'target-arrow-color': byConfidence(graph.edgeColor[t]!, th) },
    })),
  ];
}

export function cyStyleFor(th: CanvasTheme): StylesheetJson {
  return [...base(th), ...typeStyles(GRAPH, th), ...states(th)];
}

export const cyStyle: StylesheetJson = cyStyleFor(LIGHT);
