// The Cytoscape stylesheet, as data: one block per node type and relation type.
import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES, RELATION_TYPES } from '../api/types.ts';
import { EDGE_COLOR, NODE_LOOK } from './palette.ts';

const base: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1a1a1a',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      // Labels vanish when they would be unreadably small: keeps big graphs fast and clean.
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'line-color': '#9a9a9a',
      'target-arrow-color': '#9a9a9a',
      label: 'data(label)',
      'font-size': 9,
      color: '#333333',
      'text-rotation': 'autorotate',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 9,
      opacity: 0.85,
    },
  },
  { selector: 'edge.reference', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
  { selector: 'edge.co_occurs', style: { 'target-arrow-shape': 'none', 'line-style': 'dotted' } },
  {
    selector: 'node.country',
    style: { 'text-valign': 'center', 'text-margin-y': 0, color: '#ffffff', 'text-outline-color': '#005c43', 'font-weight': 'bold', 'font-size': 13 },
  },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.2 } },
  { selector: 'node.path', style: { 'border-color': '#F0C000', 'border-width': 5 } },
  { selector: 'edge.path', style: { 'line-color': '#E0A800', 'target-arrow-color': '#E0A800', width: 6, opacity: 1, 'z-index': 10 } },
  { selector: 'node.path-start', style: { 'border-color': '#000000', 'border-width': 4, 'border-style': 'double' } },
  { selector: 'node:selected', style: { 'border-color': '#111111', 'border-width': 4, 'underlay-color': '#FFD54F', 'underlay-padding': 6, 'underlay-opacity': 0.6 } },
  { selector: 'edge:selected', style: { 'line-color': '#111111', 'target-arrow-color': '#111111', opacity: 1 } },
  { selector: 'node.fresh', style: { 'underlay-color': '#3DBB3D', 'underlay-padding': 4, 'underlay-opacity': 0.25 } },
];

export const cyStyle: StylesheetJson = [
  ...base.slice(0, 2),
  ...NODE_TYPES.map((t) => ({
    selector: `node.${t.toLowerCase()}`,
    style: { 'background-color': NODE_LOOK[t].color, shape: NODE_LOOK[t].shape, width: NODE_LOOK[t].size, height: NODE_LOOK[t].size },
  })) as StylesheetJson,
  ...RELATION_TYPES.map((t) => ({
    selector: `edge.${t.toLowerCase()}`,
    style: { 'line-color': EDGE_COLOR[t], 'target-arrow-color': EDGE_COLOR[t] },
  })) as StylesheetJson,
  ...base.slice(2),
];
