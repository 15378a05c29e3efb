import { getIntrospectionQuery, graphqlSync, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/serve/schema.ts';

// Every type, field, argument, input field and enum value of the SDL says what it is (GraphiQL shows it).

describe('the SDL is described', () => {
  it('has a description on everything the introspection lists', () => {
    const res = graphqlSync({ schema: buildSchema(), source: getIntrospectionQuery({ inputValueDeprecation: true }) });
    expect(res.errors).toBeUndefined();
    const missing: string[] = [];
    const need = (what: string, d: string | null | undefined) => {
      if (!d?.trim()) missing.push(what);
    };
    const types = (res.data as unknown as IntrospectionQuery).__schema.types.filter((t) => !t.name.startsWith('__'));
    expect(types.length).toBeGreaterThan(30);
    for (const t of types) {
      // The standard scalars are described by graphql-js itself.
      need(t.name, t.description);
      for (const f of ('fields' in t && t.fields) || []) {
        need(`${t.name}.${f.name}`, f.description);
        for (const a of f.args) need(`${t.name}.${f.name}(${a.name})`, a.description);
      }
      for (const f of ('inputFields' in t && t.inputFields) || []) need(`${t.name}.${f.name}`, f.description);
      for (const v of ('enumValues' in t && t.enumValues) || []) need(`${t.name}.${v.name}`, v.description);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the explorer’s fields, marking the replaced ones deprecated', () => {
    const schema = buildSchema();
    const query = schema.getQueryType()!.getFields();
    expect(query.articles.args.find((a) => a.name === 'from')?.deprecationReason).toMatch(/where/);
    expect(query.statements.args.find((a) => a.name === 'speaker')?.deprecationReason).toMatch(/where/);
    const relation = schema.getType('Relation') as import('graphql').GraphQLObjectType;
    expect(relation.getFields().evidence.deprecationReason).toMatch(/evidenceConnection/);
    for (const f of ['search', 'neighbourhood', 'paths', 'entity', 'relation', 'article', 'stats']) expect(query[f]).toBeTruthy();
  });
});
