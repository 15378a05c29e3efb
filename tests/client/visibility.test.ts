import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../client/src/api/types.ts';
import { defaultFilters } from '../../client/src/core/filters/types.ts';
import { dateInRange, dateSpan, hiddenElements } from '../../client/src/core/filters/visibility.ts';
import { replaceGraph } from '../../client/src/core/graph/model.ts';

const node = (id: string, type: GraphNode['type']): GraphNode => ({ id, type, name: id, aliases: [] });
const edge = (type: GraphEdge['type'], source: string, target: string, articleIds: string[], extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${type}|${source}|${target}`,
  type,
  source,
  target,
  reference: false,
  articleIds,
  ...extra,
});

const g = replaceGraph({
  nodes: [node('kz', 'COUNTRY'), node('ru', 'COUNTRY'), node('csto', 'ORGANISATION'), node('p', 'PERSON'), node('a1', 'ARTICLE'), node('a2', 'ARTICLE')],
  edges: [
    edge('SENDS_TROOPS_TO', 'ru', 'kz', ['a1']),
    edge('MEMBER_OF', 'ru', 'csto', [], { reference: true }),
    edge('MENTIONS', 'a2', 'p', ['a2']),
    edge('CO_OCCURS', 'p', 'kz', ['a2'], { weight: 2 }),
  ],
});
// What the server answered for a range: the edges among the canvas nodes it keeps.
const none = null;
const inRange = (...ids: string[]) => ({ edges: new Set(ids) });

describe('dates', () => {
  it('spans month precision over the whole month', () => {
    expect(dateSpan('2022-01')).toEqual(['2022-01-01', '2022-01-31']);
    expect(dateSpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateInRange('2022-01', '2022-01-15', '2022-02-01')).toBe(true);
    expect(dateInRange('2022-01', '2022-02-01')).toBe(false);
    expect(dateInRange(undefined, '2022-02-01')).toBe(true);
  });
});

describe('hidden elements', () => {
  it('hides CO_OCCURS by default and by minimum weight', () => {
    expect(hiddenElements(g, defaultFilters, none).edges.has('CO_OCCURS|p|kz')).toBe(true);
    expect(hiddenElements(g, { ...defaultFilters, coOccurs: true }, none).edges.size).toBe(0);
    expect(hiddenElements(g, { ...defaultFilters, coOccurs: true, minWeight: 3 }, none).edges.has('CO_OCCURS|p|kz')).toBe(true);
  });

  it('hides node and relation types', () => {
    const h = hiddenElements(g, { ...defaultFilters, hiddenNodeTypes: ['ARTICLE'], hiddenRelationTypes: ['MEMBER_OF'] }, none);
    expect([...h.nodes].sort()).toEqual(['a1', 'a2']);
    expect(h.edges.has('MEMBER_OF|ru|csto')).toBe(true);
  });

  it('hides the documents whose edges the range leaves out, whatever kind of edge ties them', () => {
    const t = replaceGraph({
      nodes: [node('p', 'PERSON'), node('s', 'STATEMENT'), node('a2', 'ARTICLE'), node('kz', 'COUNTRY')],
      edges: [edge('MENTIONS', 'a2', 'p', []), edge('SAID', 'p', 's', []), edge('IN', 's', 'a2', []), edge('ABOUT', 's', 'kz', [])],
    });
    const h = hiddenElements(t, { ...defaultFilters, to: '2022-12-31' }, inRange());
    expect([...h.nodes].sort()).toEqual(['a2', 'kz', 'p', 's']);
    expect(h.edges.size).toBe(4);
    const all = 'MENTIONS|a2|p SAID|p|s IN|s|a2 ABOUT|s|kz'.split(' ');
    expect(hiddenElements(t, { ...defaultFilters, from: '2023-01-01' }, inRange(...all)).nodes.size).toBe(0);
    // Before the server has answered, nothing is hidden for the range.
    expect(hiddenElements(t, { ...defaultFilters, from: '2023-01-01' }, none).nodes.size).toBe(0);
  });

  it('hides what the range leaves out, keeping reference edges', () => {
    const h = hiddenElements(g, { ...defaultFilters, from: '2023-01-01' }, inRange('MENTIONS|a2|p'));
    expect(h.edges.has('SENDS_TROOPS_TO|ru|kz')).toBe(true);
    expect(h.edges.has('MEMBER_OF|ru|csto')).toBe(false);
    expect(h.nodes.has('kz')).toBe(true); // only the 2022 troops edge supported it
    expect(h.nodes.has('ru')).toBe(false); // the reference membership still does
    expect(h.nodes.has('a1')).toBe(false); // no edge on the canvas ties it: nothing says it is out
    expect(h.nodes.has('p')).toBe(false);
  });

  it('hides text facts below the minimum confidence, never reference facts or unscored edges', () => {
    const c = replaceGraph({
      nodes: [node('ru', 'COUNTRY'), node('kg', 'COUNTRY'), node('kz', 'COUNTRY'), node('csto', 'ORGANISATION'), node('a', 'ARTICLE')],
      edges: [
        edge('SENDS_TROOPS_TO', 'ru', 'kz', ['a'], { confidence: 0.85 }),
        edge('SENDS_TROOPS_TO', 'kg', 'kz', ['a'], { confidence: 0.5 }),
        edge('MEMBER_OF', 'kg', 'csto', [], { reference: true, confidence: null }),
        edge('MENTIONS', 'a', 'kg', []),
      ],
    });
    expect(hiddenElements(c, defaultFilters, none).edges.size).toBe(0);
    const strict = hiddenElements(c, { ...defaultFilters, minConfidence: 0.6 }, none);
    expect([...strict.edges]).toEqual(['SENDS_TROOPS_TO|kg|kz']);
    expect(hiddenElements(c, { ...defaultFilters, minConfidence: 1 }, none).edges.size).toBe(2);
  });
});
