// Colours and shapes per node type, shared by the canvas stylesheet and the legend.
// Okabe–Ito colours: distinguishable with common colour-vision deficiencies.
import type { NodeType } from '../api/types.ts';

export interface NodeLook {
  color: string;
  shape: string;
  size: number;
}

export const NODE_LOOK: Record<NodeType, NodeLook> = {
  PERSON: { color: '#0072B2', shape: 'ellipse', size: 34 },
  ORGANISATION: { color: '#D55E00', shape: 'round-rectangle', size: 34 },
  COUNTRY: { color: '#009E73', shape: 'hexagon', size: 44 },
  LOCATION: { color: '#CC79A7', shape: 'diamond', size: 32 },
  STATEMENT: { color: '#56B4E9', shape: 'round-tag', size: 22 },
  ARTICLE: { color: '#6B6B6B', shape: 'rectangle', size: 24 },
};

export const EDGE_COLOR: Record<string, string> = {
  MEMBER_OF: '#B35C00',
  SENDS_TROOPS_TO: '#B8002E',
  HAS_ROLE: '#005A8C',
  LOCATED_IN: '#9C4F85',
  SAID: '#2F7FB0',
  ABOUT: '#4C8FB8',
  MENTIONS: '#A0A0A0',
  IN: '#A0A0A0',
  CO_OCCURS: '#C8A000',
};
