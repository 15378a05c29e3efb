import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../client/src/api/types.ts';
import { canvasDiff, inState } from '../../client/src/core/graph/diff.ts';
import type { GraphState } from '../../client/src/core/graph/types.ts';
import { boxAround, fitViewport } from '../../client/src/core/layout/fit.ts';
import { ringPositions } from '../../client/src/core/layout/rings.ts';
import { moveActive } from '../../client/src/core/search/cursor.ts';

// The pure parts of the canvas and the search box: what to add or update, where new nodes start, the list cursor.

const node = (id: string): GraphNode => ({ id, type: 'COUNTRY', name: id, code: null, aliases: [] }) as GraphNode;
const edge = (s: string, t: string): GraphEdge => ({ id: `MEMBER_OF|${s}|${t}`, type: 'MEMBER_OF', source: s, target: t, title: null, weight: null, reference: false, articleIds: [], confidence: null }) as GraphEdge;
const state = (nodes: GraphNode[], edges: GraphEdge[]): GraphState => ({ nodes: new Map(nodes.map((n) => [n.id, n])), edges: new Map(edges.map((e) => [e.id, e])), added: [], replaced: false });

describe('canvas diff', () => {
  it('adds what the canvas lacks (nodes before edges), updates what it holds, and names the new nodes', () => {
    const s = state([node('a'), node('b'), node('c')], [edge('a', 'b'), edge('b', 'c')]);
    const onCanvas = new Set(['a', 'MEMBER_OF|a|b']);
    const diff = canvasDiff(s, (id) => onCanvas.has(id));
    expect(diff.fresh).toEqual(['b', 'c']);
    expect(diff.add.map((e) => e.data.id)).toEqual(['b', 'c', 'MEMBER_OF|b|c']);
    expect(diff.add.map((e) => e.group)).toEqual(['nodes', 'nodes', 'edges']);
    expect(diff.update.map((e) => e.data.id)).toEqual(['a', 'MEMBER_OF|a|b']);
  });

  it('tells nodes and edges apart when asking whether the state still holds an element', () => {
    const s = state([node('a'), node('b')], [edge('a', 'b')]);
    expect(inState(s, 'a', true)).toBe(true);
    expect(inState(s, 'a', false)).toBe(false);
    expect(inState(s, 'MEMBER_OF|a|b', false)).toBe(true);
    expect(inState(s, 'gone', true)).toBe(false);
  });
});

describe('rings for new nodes', () => {
  it('places every node once, the first ring 130 px out, about 80 px apart, outer rings further', () => {
    const ids = Array.from({ length: 25 }, (_, i) => `n${i}`);
    const at = { x: 100, y: -50 };
    const p = ringPositions(at, ids, 0);
    expect([...p.keys()]).toEqual(ids);
    const radius = (id: string) => Math.hypot(p.get(id)!.x - at.x, p.get(id)!.y - at.y);
    // 2π·130/80 ≈ 10 fit on the first ring.
    expect(radius('n0')).toBeCloseTo(130);
    expect(radius('n9')).toBeCloseTo(130);
    expect(radius('n10')).toBeCloseTo(220);
    const first = [...p.values()].slice(0, 10);
    const gaps = first.map((q, i) => Math.hypot(q.x - first[(i + 1) % 10].x, q.y - first[(i + 1) % 10].y));
    for (const g of gaps) expect(g).toBeGreaterThan(75);
    expect(p.get('n0')).toEqual({ x: 230, y: -50 });
  });

  it('keeps a handful of nodes spread round the whole first ring', () => {
    const p = ringPositions({ x: 0, y: 0 }, ['a', 'b'], Math.PI / 2);
    expect(p.get('a')!.y).toBeCloseTo(130);
    expect(p.get('b')!.y).toBeCloseTo(-130);
  });
});

describe('search list cursor', () => {
  it('moves round the list both ways and has nowhere to go in an empty one', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
});

describe('fitting nodes not drawn yet', () => {
  it('boxes the nodes with their size and centres the box at the zoom that fits it', () => {
    const box = boxAround([
      { x: 0, y: 0, size: 20 },
      { x: 1000, y: 400, size: 40 },
    ])!;
    expect(box).toEqual({ x1: -10, y1: -10, x2: 1020, y2: 420 });
    const v = fitViewport(box, 1400, 900, 40, 0.05, 1.5);
    // Width decides: (1400 - 80) / 1030.
    expect(v.zoom).toBeCloseTo(1320 / 1030);
    // The box's centre lands on the canvas's centre.
    expect(v.zoom * ((box.x1 + box.x2) / 2) + v.pan.x).toBeCloseTo(700);
    expect(v.zoom * ((box.y1 + box.y2) / 2) + v.pan.y).toBeCloseTo(450);
    expect(boxAround([])).toBeUndefined();
  });

  it('keeps the zoom within its bounds', () => {
    expect(fitViewport({ x1: 0, y1: 0, x2: 10, y2: 10 }, 1400, 900, 40, 0.05, 1.5).zoom).toBe(1.5);
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e6, y2: 1e6 }, 1400, 900, 40, 0.05, 1.5).zoom).toBe(0.05);
  });
});
