import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { argumentLimitErrors } from '../../server/serve/plugins/argument-limits.ts';
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

  it('charges the analysts\' lists by first or last, their default when absent, and nested pages multiplied', () => {
    expect(cost('{ entities(first: 500) { edges { node { id name } } } }')).toBe(500 * (1 + (1 + (1 + 2))));
    expect(cost('query($n: Int) { entities(last: $n) { edges { cursor } } }', { n: 30 })).toBe(30 * (1 + (1 + 1)));
    expect(cost('{ entities { edges { cursor } } }')).toBe(20 * 3);
    expect(cost('{ articles { edges { cursor } } }')).toBe(50 * 3);
    const nested = '{ relations(first: 100) { edges { node { evidenceConnection(first: 50) { edges { node { sentence } } } } } } }';
    expect(cost(nested)).toBe(100 * (1 + (1 + (1 + 50 * (1 + (1 + (1 + 1)))))));
    // The largest nested page a request may ask for does not fit the default budget.
    expect(cost('{ relations(first: 500) { edges { node { evidenceConnection(first: 500) { edges { node { sentence } } } } } } }')).toBeGreaterThan(200_000);
  });

  it('refuses first and last above the maximum on the new lists, with the maximum named', () => {
    const errors = argumentLimitErrors(parse('query($l: Int) { entities(last: $l) { totalCount } relations(first: 501) { totalCount } }'), { l: 501 });
    expect(errors.map((e) => [e.message, e.extensions.maximum])).toEqual([
      ['entities: last must be at most 500 (got 501)', 500],
      ['relations: first must be at most 500 (got 501)', 500],
    ]);
  });
});
