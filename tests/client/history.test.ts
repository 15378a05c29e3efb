import { describe, expect, it } from 'vitest';
import { historyStack } from '../../client/src/core/history/stack.ts';
import { addedBetween, withoutAdded } from '../../client/src/core/graph/expansions.ts';
import { mergeSubgraph, replaceGraph } from '../../client/src/core/graph/model.ts';
import type { GraphEdge, GraphNode } from '../../client/src/api/types.ts';

describe('history stack', () => {
  it('undoes and redoes in order, and a new step drops what was undone', () => {
    const s = historyStack<string>();
    expect(s.canUndo()).toBe(false);
    expect([s.push('a'), s.push('b'), s.push('c')]).toEqual([0, 1, 2]);
    expect(s.go(1)).toBe('b');
    expect(s.canUndo()).toBe(true);
    expect(s.canRedo()).toBe(true);
    expect(s.go(2)).toBe('c');
    s.go(0);
    expect(s.push('d')).toBe(1);
    expect(s.canRedo()).toBe(false);
    expect(s.go(2)).toBeUndefined();
    expect(s.current()).toBe('d');
  });

  it('keeps at most its capacity, dropping the oldest, with indexes still counting up', () => {
    const s = historyStack<number>(3);
    for (let i = 0; i < 5; i++) s.push(i);
    expect(s.size()).toBe(3);
    expect(s.index()).toBe(4);
    expect(s.go(1)).toBeUndefined();
    expect(s.go(2)).toBe(2);
    expect(s.canUndo()).toBe(false);
  });

  it('replaces the current step in place', () => {
    const s = historyStack<string>();
    s.push('a');
    s.push('b');
    s.replaceCurrent('B');
    expect(s.current()).toBe('B');
    expect(s.size()).toBe(2);
    expect(s.go(0)).toBe('a');
  });
});

const node = (id: string): GraphNode => ({ id, type: 'COUNTRY', name: id, code: null, aliases: [] }) as GraphNode;
const edge = (s: string, t: string): GraphEdge => ({ id: `MEMBER_OF|${s}|${t}`, type: 'MEMBER_OF', source: s, target: t, title: null, weight: null, reference: false, articleIds: [], confidence: null }) as GraphEdge;

describe('what an expand added', () => {
  it('collapsing removes the added nodes and edges, and nothing of the view before', () => {
    // The view: A–B. Expanding A brings C and D, and an edge B–C between an old and a new node.
    const before = replaceGraph({ nodes: [node('A'), node('B')], edges: [edge('A', 'B')] });
    const after = mergeSubgraph(before, { nodes: [node('A'), node('C'), node('D')], edges: [edge('A', 'C'), edge('A', 'D'), edge('B', 'C')] });
    const added = addedBetween(before, after);
    expect(added.nodes.sort()).toEqual(['C', 'D']);
    expect(added.edges.sort()).toEqual(['MEMBER_OF|A|C', 'MEMBER_OF|A|D', 'MEMBER_OF|B|C']);
    const collapsed = withoutAdded(after, added);
    expect([...collapsed.nodes.keys()].sort()).toEqual(['A', 'B']);
    expect([...collapsed.edges.keys()]).toEqual(['MEMBER_OF|A|B']);
  });

  it('an edge the expand added between nodes already there goes too', () => {
    const before = replaceGraph({ nodes: [node('A'), node('B')], edges: [] });
    const after = mergeSubgraph(before, { nodes: [], edges: [edge('A', 'B')] });
    expect(withoutAdded(after, addedBetween(before, after)).edges.size).toBe(0);
  });
});
