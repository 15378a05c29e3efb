import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, Subgraph } from '../../client/src/api/types.ts';
import { edgeLabel, edgeWidth, nodeLabel, pairKey, parallelPairs, toEdgeElement, toElements, toNodeElement } from '../../client/src/core/graph/elements.ts';
import { canvasDiff } from '../../client/src/core/graph/diff.ts';
import { leavesOf, mergeSubgraph, removeNodes, replaceGraph, restrictTo } from '../../client/src/core/graph/model.ts';
import { emptyGraph } from '../../client/src/core/graph/types.ts';

const kz: GraphNode = { id: 'country:KZ', type: 'COUNTRY', name: 'Kasakhstan', code: 'KZ', aliases: ['Kazakhstan'] };
const ru: GraphNode = { id: 'country:RU', type: 'COUNTRY', name: 'Russland', code: 'RU', aliases: [] };
const csto: GraphNode = { id: 'org:csto', type: 'ORGANISATION', name: 'CSTO', aliases: ['den kollektive sikkerhetspakten'] };
const tokajev: GraphNode = { id: 'person:kassym-jomart-tokajev', type: 'PERSON', name: 'Kassym-Jomart Tokajev', aliases: [] };
const quote: GraphNode = {
  id: 'statement:abc',
  type: 'STATEMENT',
  name: 'De som ikke overgir seg bil bli tilintetgjort, sa presidenten i en lang tale',
  aliases: [],
};

const troops: GraphEdge = {
  id: 'SENDS_TROOPS_TO|country:RU|country:KZ',
  type: 'SENDS_TROOPS_TO',
  source: 'country:RU',
  target: 'country:KZ',
  reference: false,
  articleIds: ['article:1', 'article:2'],
};
const member: GraphEdge = {
  id: 'MEMBER_OF|country:RU|org:csto',
  type: 'MEMBER_OF',
  source: 'country:RU',
  target: 'org:csto',
  reference: true,
  articleIds: [],
};
const role: GraphEdge = {
  id: 'HAS_ROLE|person:kassym-jomart-tokajev|country:KZ',
  type: 'HAS_ROLE',
  source: tokajev.id,
  target: kz.id,
  title: 'president',
  reference: false,
  articleIds: ['article:1'],
};

describe('node elements', () => {
  it('labels countries with their full name, draws their code inside, and keeps type and name in data', () => {
    const el = toNodeElement(kz);
    expect(el.group).toBe('nodes');
    expect(el.data).toMatchObject({ id: 'country:KZ', label: 'Kasakhstan', name: 'Kasakhstan', type: 'COUNTRY' });
    expect(decodeURIComponent(el.data.badge)).toContain('>KZ<');
    expect(el.classes).toBe('country');
  });

  it('labels others by name and shortens long statements', () => {
    expect(nodeLabel(csto)).toBe('CSTO');
    expect(toNodeElement(tokajev).classes).toBe('person');
    const label = nodeLabel(quote);
    expect(label.length).toBeLessThanOrEqual(32);
    expect(label.endsWith('…')).toBe(true);
  });

  it('falls back to the name for a country without code', () => {
    expect(nodeLabel({ ...kz, code: null })).toBe('Kasakhstan');
  });
});

describe('edge elements', () => {
  it('maps ends, type, label and a width growing with supporting articles', () => {
    const el = toEdgeElement(troops);
    expect(el.data).toMatchObject({
      id: troops.id,
      source: 'country:RU',
      target: 'country:KZ',
      type: 'SENDS_TROOPS_TO',
      label: 'sends troops to',
      articles: 2,
    });
    expect(el.classes).toBe('sends_troops_to text');
    expect(edgeWidth({ articleIds: [] })).toBeLessThan(edgeWidth({ articleIds: ['a'] }));
    expect(edgeWidth({ articleIds: ['a'] })).toBeLessThan(edgeWidth({ articleIds: ['a', 'b'] }));
    expect(edgeWidth({ articleIds: Array.from({ length: 100 }, (_, i) => `a${i}`) })).toBeLessThanOrEqual(9);
  });

  it('marks reference edges and uses the role title for HAS_ROLE', () => {
    expect(toEdgeElement(member).classes).toBe('member_of reference');
    expect(edgeLabel(role)).toBe('president');
    expect(edgeLabel({ ...troops, type: 'CO_OCCURS', weight: 3 })).toBe('co-occurs ×3');
  });

  it('drops edges whose ends are missing', () => {
    const els = toElements([ru, kz], [troops, member]);
    expect(els.map((e) => e.data.id)).toEqual(['country:RU', 'country:KZ', troops.id]);
  });

  it('marks edges that share their two nodes with another, whichever way they point, and only those', () => {
    const back: GraphEdge = { ...troops, id: 'LOCATED_IN|country:KZ|country:RU', type: 'LOCATED_IN', source: 'country:KZ', target: 'country:RU' };
    expect(pairKey(troops)).toBe(pairKey(back));
    expect([...parallelPairs([troops, member])]).toEqual([]);
    expect([...parallelPairs([troops, member, back])]).toEqual([pairKey(troops)]);
    const els = toElements([ru, kz, csto], [troops, member, back]);
    expect(Object.fromEntries(els.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.data.parallel]))).toEqual({ [troops.id]: true, [member.id]: false, [back.id]: true });
    // The canvas diff marks them from the whole state, also the edges already drawn (their data is updated).
    const diff = canvasDiff(replaceGraph({ nodes: [ru, kz, csto], edges: [troops, member, back] }), (id) => id === troops.id);
    expect(diff.update.find((e) => e.data.id === troops.id)?.data.parallel).toBe(true);
    expect(diff.add.find((e) => e.data.id === member.id)?.data.parallel).toBe(false);
  });
});

describe('graph model', () => {
  const sub: Subgraph = { nodes: [ru, kz, csto, tokajev], edges: [troops, member, role], truncated: false };

  it('merges a subgraph and reports what is new', () => {
    const a = mergeSubgraph(emptyGraph, { nodes: [ru, kz], edges: [troops, member] });
    expect([...a.nodes.keys()]).toEqual(['country:RU', 'country:KZ']);
    expect([...a.edges.keys()]).toEqual([troops.id]); // member's end org:csto is not loaded
    const b = mergeSubgraph(a, sub);
    expect(b.added).toEqual(['org:csto', tokajev.id, member.id, role.id]);
    expect(b.replaced).toBe(false);
    expect(replaceGraph(sub).replaced).toBe(true);
  });

  it('removes nodes with their edges, and finds the leaves to collapse', () => {
    const g = replaceGraph(sub);
    expect(leavesOf(g, 'country:KZ')).toEqual([tokajev.id]);
    expect(leavesOf(g, 'country:RU').sort()).toEqual(['org:csto']);
    const h = removeNodes(g, ['country:RU']);
    expect(h.nodes.has('country:RU')).toBe(false);
    expect([...h.edges.keys()]).toEqual([role.id]);
  });

  it('restricts a subgraph to given ids', () => {
    const r = restrictTo(sub, new Set(['country:RU', 'country:KZ']));
    expect(r.nodes.map((n) => n.id)).toEqual(['country:RU', 'country:KZ']);
    expect(r.edges.map((e) => e.id)).toEqual([troops.id]);
  });
});
