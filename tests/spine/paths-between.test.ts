import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, startTestServer } from '../support/graph.ts';

// pathsBetween on the seed article in a real Neo4j: separate paths, shortest first, relation filters honoured.

let app: Running;
beforeAll(async () => {
  app = await startTestServer({ seed: true });
});
afterAll(async () => {
  await app?.close();
});

const QUERY = `query($from: ID!, $to: ID!, $types: [RelationType!], $max: Int, $first: Int) {
  pathsBetween(from: $from, to: $to, relationTypes: $types, maxLength: $max, first: $first) {
    length nodes { id } edges { id type source target }
  } }`;

type Path = { length: number; nodes: { id: string }[]; edges: { id: string; type: string; source: string; target: string }[] };

async function paths(vars: Record<string, unknown>): Promise<Path[]> {
  const r = await gql(app.url, QUERY, vars);
  expect(r.errors).toBeUndefined();
  return r.data.pathsBetween;
}

describe('pathsBetween', () => {
  it('gives separate ordered paths, shortest first, each hop joining consecutive nodes', async () => {
    const found = await paths({ from: 'country:RU', to: 'country:KZ', first: 10 });
    expect(found.length).toBeGreaterThan(1);
    expect(found[0].length).toBe(1);
    expect(found[0].edges[0].id).toBe('SENDS_TROOPS_TO|country:RU|country:KZ');
    const lengths = found.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const p of found) {
      expect(p.nodes[0].id).toBe('country:RU');
      expect(p.nodes.at(-1)!.id).toBe('country:KZ');
      expect(p.edges).toHaveLength(p.length);
      expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length);
      p.edges.forEach((e, i) => expect([e.source, e.target].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort()));
    }
  });

  it('honours relationTypes: only MEMBER_OF leads through CSTO', async () => {
    const found = await paths({ from: 'country:RU', to: 'country:KZ', types: ['MEMBER_OF'] });
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].length).toBe(2);
    // RU and KZ share several organisations (CSTO, SCO, …): each is a path of its own.
    const via = found.map((p) => p.nodes.map((n) => n.id).join(' '));
    expect(via).toContain('country:RU org:csto country:KZ');
    expect(new Set(via).size).toBe(via.length);
    for (const p of found) for (const e of p.edges) expect(e.type).toBe('MEMBER_OF');
  });

  it('finds nothing when the allowed relations do not connect the two', async () => {
    expect(await paths({ from: 'country:RU', to: 'country:KZ', types: ['LOCATED_IN'], max: 2 })).toEqual([]);
  });

  it('refuses from == to and maxLength over 6 with clear errors', async () => {
    const same = await gql(app.url, QUERY, { from: 'country:KZ', to: 'country:KZ' });
    expect(same.errors![0].message).toMatch(/same node/);
    expect(same.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const long = await gql(app.url, QUERY, { from: 'country:RU', to: 'country:KZ', max: 7 });
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maximum: 6 });
  });

  it('marks the old paths field deprecated', async () => {
    const r = await gql(app.url, `{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    const old = r.data.__type.fields.find((f: { name: string }) => f.name === 'paths');
    expect(old.isDeprecated).toBe(true);
    expect(old.deprecationReason).toMatch(/pathsBetween/);
  });
});
