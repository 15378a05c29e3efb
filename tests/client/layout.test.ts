import { describe, expect, it } from 'vitest';
import { chunk, inFrames } from '../../client/src/core/layout/chunks.ts';
import { cytoscapeOptions, type LayoutRequest } from '../../client/src/core/layout/options.ts';
import { nodeDates, timelinePositions } from '../../client/src/core/layout/timeline.ts';
import { replaceGraph } from '../../client/src/core/graph/model.ts';
import type { GraphEdge, GraphNode } from '../../client/src/api/types.ts';

describe('chunks across frames', () => {
  it('splits into chunks of at most the size, keeping order', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });

  it('applies one chunk per frame, the first at once, and stops when overtaken', async () => {
    const frames: (() => void)[] = [];
    const applied: number[][] = [];
    const done = inFrames([[1], [2], [3]], (p) => applied.push(p), () => false, (run) => frames.push(run));
    expect(applied).toEqual([[1]]);
    frames.shift()!();
    expect(applied).toEqual([[1], [2]]);
    frames.shift()!();
    expect(await done).toBe(true);
    expect(applied).toEqual([[1], [2], [3]]);

    let stale = false;
    const seen: number[] = [];
    const cut = inFrames([1, 2, 3], (p) => seen.push(p), () => stale, (run) => frames.push(run));
    stale = true;
    frames.shift()!();
    expect(await cut).toBe(false);
    expect(seen).toEqual([1]);
  });
});

const request = (over: Partial<LayoutRequest>): LayoutRequest => ({ name: 'force', nodes: [], edges: [], fixed: [], incremental: false, roots: [], dates: {}, ...over });

describe('layout options', () => {
  it('maps each layout to its Cytoscape layout', () => {
    expect(cytoscapeOptions(request({ name: 'force' })).name).toBe('fcose');
    expect(cytoscapeOptions(request({ name: 'concentric' })).name).toBe('concentric');
    const tree = cytoscapeOptions(request({ name: 'hierarchy', roots: ['country:KZ', 'org:csto'] })) as { name: string; roots: string };
    expect(tree.name).toBe('breadthfirst');
    // Ids hold ':' and '|', which a selector must escape.
    expect(tree.roots).toBe('#country\\:KZ,#org\\:csto');
  });

  it('keeps big force layouts to the draft phase, and pins the fixed nodes', () => {
    const nodes = Array.from({ length: 1500 }, (_, i) => ({ id: `n${i}`, w: 30, h: 30 }));
    expect((cytoscapeOptions(request({ nodes })) as unknown as { quality: string }).quality).toBe('draft');
    const pinned = cytoscapeOptions(request({ nodes: nodes.slice(0, 5), incremental: true, fixed: [{ id: "n0", x: 1, y: 2 }] })) as unknown as { fixedNodeConstraint: unknown; randomize: boolean };
    expect(pinned.fixedNodeConstraint).toEqual([{ nodeId: 'n0', position: { x: 1, y: 2 } }]);
    expect(pinned.randomize).toBe(false);
  });
});

const n = (id: string, type = 'COUNTRY'): GraphNode => ({ id, type, name: id, code: null, aliases: [] }) as GraphNode;
const e = (type: string, s: string, t: string, articleIds: string[] = []): GraphEdge =>
  ({ id: `${type}|${s}|${t}`, type, source: s, target: t, title: null, weight: null, reference: false, articleIds, confidence: null }) as GraphEdge;

describe('timeline layout', () => {
  it('dates a node by the earliest article that supports one of its edges', () => {
    const g = replaceGraph({
      nodes: [n('A'), n('B'), n('C'), n('art1', 'ARTICLE'), n('art2', 'ARTICLE')],
      edges: [e('SENDS_TROOPS_TO', 'A', 'B', ['art1', 'art2']), e('MENTIONS', 'art2', 'C')],
    });
    const dates = new Map([['art1', '2022-01'], ['art2', '2021-06-15']]);
    expect(nodeDates(g, dates)).toEqual({ A: '2021-06-15', B: '2021-06-15', C: '2021-06-15', art1: '2022-01-01', art2: '2021-06-15' });
  });

  it('puts later dates to the right, nodes of one date in one column, undated ones to the left', () => {
    const p = timelinePositions(['a', 'b', 'c', 'x'], { a: '2022-01-01', b: '2022-03-01', c: '2022-01-01' });
    expect(p.a.x).toBe(p.c.x);
    expect(p.a.y).not.toBe(p.c.y);
    expect(p.b.x).toBeGreaterThan(p.a.x);
    // Two months at 12 px a day.
    expect(p.b.x - p.a.x).toBe(59 * 12);
    expect(p.x.x).toBeLessThan(p.a.x);
  });
});
