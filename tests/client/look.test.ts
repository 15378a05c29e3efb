import { describe, expect, it } from 'vitest';
import { allianceView } from '../../client/src/core/graph/alliance.ts';
import { belowMinimum, confidenceOpacity, DEFAULT_MIN_CONFIDENCE, edgeConfidence } from '../../client/src/core/look/confidence.ts';
import { codeBadge, flagEmoji } from '../../client/src/core/look/flags.ts';
import { GROUP_MIN, leafGroups } from '../../client/src/core/look/groups.ts';
import { ALWAYS_LABELLED, chooseLabels, labelBudget } from '../../client/src/core/look/labels.ts';
import { MAX_SIZE, MIN_SIZE, nodeSize } from '../../client/src/core/look/size.ts';
import type { GraphEdge, GraphNode } from '../../client/src/api/types.ts';

describe('node size', () => {
  it('grows with the log of the article count, within bounds', () => {
    expect(nodeSize('PERSON', 0)).toBe(MIN_SIZE);
    expect(nodeSize('PERSON', null)).toBe(MIN_SIZE);
    const [one, ten, hundred, thousand] = [1, 10, 100, 1000].map((n) => nodeSize('COUNTRY', n));
    expect(one).toBeLessThan(ten!);
    expect(ten).toBeLessThan(hundred!);
    // Log scale: each tenfold step adds about the same, far less than tenfold.
    expect(Math.abs(thousand! - hundred! - (hundred! - ten!))).toBeLessThan(3);
    expect(hundred! - ten!).toBeLessThan(ten!);
    expect(thousand).toBeLessThan(MAX_SIZE);
    expect(nodeSize('ORGANISATION', 10_000_000)).toBe(MAX_SIZE);
  });
  it('keeps documents small and fixed', () => {
    expect(nodeSize('STATEMENT', 500)).toBe(nodeSize('STATEMENT', 0));
    expect(nodeSize('ARTICLE', 9)).toBeLessThan(nodeSize('PERSON', 9));
  });
});

describe('label policy', () => {
  const nodes = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, weight: i }));
  it('labels everything that fits, and only the heaviest when it does not', () => {
    expect(chooseLabels(nodes.slice(0, 20), 50).size).toBe(20);
    const some = chooseLabels(nodes, 30);
    expect(some.size).toBe(30);
    expect(some.has('n399')).toBe(true);
    expect(some.has('n0')).toBe(false);
  });
  it('always labels the pinned and the largest, whatever the budget', () => {
    const few = chooseLabels(nodes, 0, new Set(['n3']));
    expect(few.has('n3')).toBe(true);
    expect([...few].filter((id) => id !== 'n3')).toHaveLength(ALWAYS_LABELLED);
    expect(few.has('n399')).toBe(true);
  });
  it('gives more room when zoomed in and on a bigger screen', () => {
    expect(labelBudget(1200, 800, 2)).toBeGreaterThan(labelBudget(1200, 800, 1));
    expect(labelBudget(1200, 800, 1)).toBeGreaterThan(labelBudget(600, 400, 1));
    expect(labelBudget(100, 100, 0.01)).toBe(ALWAYS_LABELLED);
  });
});

describe('leaf groups', () => {
  const docs = (n: number, type: string, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, type }));
  it('counts statements and articles hanging on one node alone, per type', () => {
    const nodes = [{ id: 'kz', type: 'COUNTRY' }, { id: 'ru', type: 'COUNTRY' }, ...docs(5, 'STATEMENT', 's'), ...docs(3, 'ARTICLE', 'a'), { id: 'shared', type: 'ARTICLE' }];
    const edges = [
      ...docs(5, 'STATEMENT', 's').map((d) => ({ source: d.id, target: 'kz' })),
      ...docs(3, 'ARTICLE', 'a').map((d) => ({ source: d.id, target: 'kz' })),
      { source: 'shared', target: 'kz' },
      { source: 'shared', target: 'ru' },
    ];
    const groups = leafGroups(nodes, edges, new Set());
    expect(groups.map((g) => [g.anchor, g.type, g.ids.length])).toEqual([
      ['kz', 'STATEMENT', 5],
      ['kz', 'ARTICLE', 3],
    ]);
    // Opened groups, kept ids and groups below the minimum are drawn as they are.
    expect(leafGroups(nodes, edges, new Set(['kz|STATEMENT'])).map((g) => g.type)).toEqual(['ARTICLE']);
    expect(leafGroups(nodes, edges, new Set(), new Set(['a0'])).find((g) => g.type === 'ARTICLE')).toBeUndefined();
    expect(GROUP_MIN).toBe(3);
  });
});

describe('confidence', () => {
  it('counts reference facts as 1 and leaves unscored edges alone', () => {
    expect(edgeConfidence({ reference: true, confidence: null })).toBe(1);
    expect(edgeConfidence({ reference: false, confidence: 0.5 })).toBe(0.5);
    expect(edgeConfidence({ reference: false, confidence: null })).toBeNull();
    expect(belowMinimum({ reference: false, confidence: null }, 1)).toBe(false);
    expect(belowMinimum({ reference: false, confidence: 0.5 }, DEFAULT_MIN_CONFIDENCE)).toBe(false);
    expect(belowMinimum({ reference: false, confidence: 0.3 }, DEFAULT_MIN_CONFIDENCE)).toBe(true);
    expect(confidenceOpacity(0.85)).toBeGreaterThan(confidenceOpacity(0.5));
    expect(confidenceOpacity(1)).toBeLessThanOrEqual(1);
  });
});

describe('countries', () => {
  it('makes flags and code badges only from two-letter codes', () => {
    expect(flagEmoji('kz')).toBe('🇰🇿');
    expect(flagEmoji('KZ1')).toBe('');
    expect(decodeURIComponent(codeBadge('kz')!)).toContain('>KZ</text>');
    expect(codeBadge('<x')).toBeUndefined();
  });
});

describe('the alliance view', () => {
  const n = (id: string, type: GraphNode['type'] = 'COUNTRY'): GraphNode => ({ id, type, name: id, aliases: [] });
  const e = (type: GraphEdge['type'], source: string, target: string): GraphEdge => ({ id: `${type}|${source}|${target}`, type, source, target, reference: type === 'MEMBER_OF', articleIds: [] });
  it('keeps the organisation, its members and their troop edges, not their other organisations', () => {
    const membership = { nodes: [n('csto', 'ORGANISATION'), n('ru'), n('kz')], edges: [e('MEMBER_OF', 'ru', 'csto'), e('MEMBER_OF', 'kz', 'csto')], truncated: false };
    const troops = {
      nodes: [n('ru'), n('kz'), n('sco', 'ORGANISATION'), n('sy')],
      edges: [e('SENDS_TROOPS_TO', 'ru', 'kz'), e('MEMBER_OF', 'ru', 'sco'), e('SENDS_TROOPS_TO', 'sy', 'kz')],
      truncated: false,
    };
    const view = allianceView('csto', membership, troops);
    expect(view.nodes.map((x) => x.id).sort()).toEqual(['csto', 'kz', 'ru']);
    expect(view.edges.map((x) => x.id).sort()).toEqual(['MEMBER_OF|kz|csto', 'MEMBER_OF|ru|csto', 'SENDS_TROOPS_TO|ru|kz']);
  });
});
