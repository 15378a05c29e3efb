import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { derive, GRAPH, MODEL, type Model } from './model.ts';
import { TEXT_RELATIONS, ENTITY_LABELS } from '../server/write/cypher.ts';
import { EVIDENCE_TYPES } from '../server/store/edge-key.ts';
import { NODE_TYPE_OF_LABEL, RELATION_TYPES } from '../server/serve/mapping.ts';
import { buildSchema as buildServedSchema } from '../server/serve/schema.ts';
import { typeStyles } from '../client/src/styles/cyStyle.ts';
import { en } from '../client/src/i18n/en.ts';
import { nb } from '../client/src/i18n/nb.ts';

// The graph model is the one place the graph's types are declared: what is derived from it must follow it.

/** The product's model with one more stated relation, as a newcomer would add it. */
function withVisited(): Model {
  const copy = structuredClone(MODEL) as Model;
  copy.relations.VISITED = { provenance: 'text', from: ['Person'], to: ['Country', 'Location'], description: 'Person → place it visited.', color: '#123456' };
  return copy;
}

const enumValues = (sdl: string, name: string) => {
  const type = buildSchema(`${sdl}\ntype Query { x: Int }`).getType(name) as GraphQLEnumType;
  return Object.fromEntries(type.getValues().map((v) => [v.name, v.description]));
};

describe('a relation type added to the model', () => {
  const g = derive(withVisited());

  it('reaches the Cypher tables: stated facts, evidence, the ends it may join, the default drawing', () => {
    expect(g.textRelations).toContain('VISITED');
    expect(g.evidenceTypes).toContain('VISITED');
    expect(g.drawnByDefault).toContain('VISITED');
    expect(g.relationEnds.VISITED).toEqual([['Person'], ['Country', 'Location']]);
    expect(derive(MODEL).textRelations).not.toContain('VISITED');
  });

  it('reaches the GraphQL enum, with its description', () => {
    expect(enumValues(g.enumsSdl, 'RelationType').VISITED).toBe('Person → place it visited.');
  });

  it('reaches the explorer’s stylesheet with its colour', () => {
    const block = typeStyles(g).find((b) => 'selector' in b && b.selector === 'edge.visited');
    // The colour is drawn at the edge's confidence (a function of the edge); a sure one gets it unfaded.
    const colour = (block && 'style' in block ? (block.style as Record<string, unknown>)['line-color'] : null) as (edge: unknown) => string;
    const sure = { hasClass: () => false, selected: () => false, data: (key: string) => (key === 'opacity' ? 1 : undefined) };
    expect(colour(sure)).toBe('#123456');
    expect(colour({ ...sure, data: () => 0.5 })).not.toBe('#123456');
    expect(typeStyles().some((b) => 'selector' in b && b.selector === 'edge.visited')).toBe(false);
  });
});

describe('the product follows its model', () => {
  it('uses the model’s tables in the writers and the API', () => {
    expect(TEXT_RELATIONS).toEqual(['HAS_ROLE', 'MEMBER_OF', 'SENDS_TROOPS_TO', 'LOCATED_IN']);
    expect(EVIDENCE_TYPES).toEqual([...TEXT_RELATIONS, 'CO_OCCURS']);
    expect(ENTITY_LABELS).toEqual(['Person', 'Organisation', 'Country', 'Location']);
    expect(RELATION_TYPES).toEqual(Object.keys(MODEL.relations));
    expect(Object.keys(NODE_TYPE_OF_LABEL)).toEqual(Object.keys(MODEL.nodes));
  });

  it('serves the model’s enums, every value described', () => {
    const served = buildServedSchema();
    const values = (name: string) => (served.getType(name) as GraphQLEnumType).getValues();
    expect(values('RelationType').map((v) => v.name)).toEqual(Object.keys(MODEL.relations));
    expect(values('NodeType').map((v) => v.name)).toEqual(GRAPH.nodeTypes);
    for (const v of [...values('RelationType'), ...values('NodeType')]) expect(v.description, v.name).toBeTruthy();
  });

  it('has a label for every type in both languages of the explorer', () => {
    for (const t of GRAPH.relationTypes) for (const m of [en, nb]) expect(m[`relation.${t}` as keyof typeof en], t).toBeTruthy();
    for (const t of GRAPH.nodeTypes) for (const m of [en, nb]) expect(m[`type.${t}` as keyof typeof en], t).toBeTruthy();
  });
});
