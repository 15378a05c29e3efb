import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../server/serve/plugins/cost.ts';
import { buildSchema } from '../../server/serve/schema.ts';

// The cost budget's arithmetic, on the real schema: the figures the README gives.

const schema = buildSchema();
const cost = (q: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(q), variables);

describe('operation cost', () => {
  it('charges a maximal neighbourhood by its limit, its nodes and edges counted once', () => {
    const q = '{ neighbourhood(ids: ["x"], depth: 3, limit: 5000) { nodes { id name code } edges { id type source target reference articleIds } } }';
    expect(cost(q)).toBe(5000 * (1 + (1 + 3) + (1 + 6)));
  });

  it('reads the size from a variable, and the resolver default when it is absent', () => {
    const q = 'query($n: Int) { search(text: "x", first: $n) { id name } }';
    expect(cost(q, { n: 100 })).toBe(100 * 3);
    expect(cost(q)).toBe(10 * 3);
  });

  it('multiplies nested pages, and adds aliases', () => {
    const page = 'articles(first: 500) { totalCount edges { cursor node { id title date source text } } }';
    expect(cost(`{ ${page} }`)).toBe(500 * (1 + 1 + (1 + 1 + (1 + 5))));
    expect(cost(`{ a: ${page} b: ${page} }`)).toBe(2 * cost(`{ ${page} }`));
    const nested = '{ articles(first: 500) { edges { node { entities { id } } } } }';
    expect(cost(nested)).toBe(500 * (1 + (1 + (1 + 10 * (1 + 1)))));
  });

  it('does not charge introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});
