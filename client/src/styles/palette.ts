// Colours and shapes per node and relation type, shared by the canvas stylesheet and the legend; they are the
// graph model's (schema/model.ts).
import { GRAPH } from '../../../schema/model.ts';
import type { NodeType } from '../api/types.ts';

export interface NodeLook {
  color: string;
  shape: string;
  size: number;
}

export const NODE_LOOK = GRAPH.nodeLook as Record<NodeType, NodeLook>;

export const EDGE_COLOR: Record<string, string> = GRAPH.edgeColor;
