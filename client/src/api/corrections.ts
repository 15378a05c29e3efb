// The correction mutations the panel offers, each wrapped in a typed function (schema/corrections.graphql).
import { gql } from './client.ts';
import type { Correction, NodeType } from './types.ts';

const FIELDS = 'id kind targets';

async function run(field: string, query: string, vars: Record<string, unknown>): Promise<Correction> {
  return (await gql<Record<string, Correction>>(query, vars))[field]!;
}

export const renameEntity = (id: string, name: string) =>
  run('renameEntity', `mutation Rename($id: ID!, $name: String!) { renameEntity(id: $id, name: $name) { ${FIELDS} } }`, { id, name });

export const retypeEntity = (id: string, type: NodeType) =>
  run('retypeEntity', `mutation Retype($id: ID!, $type: NodeType!) { retypeEntity(id: $id, type: $type) { ${FIELDS} } }`, { id, type });

export const mergeEntities = (ids: string[], into: string) =>
  run('mergeEntities', `mutation Merge($ids: [ID!]!, $into: ID!) { mergeEntities(ids: $ids, into: $into) { ${FIELDS} } }`, { ids, into });

export const splitEntity = (id: string, articleIds: string[], name: string | null) =>
  run(
    'splitEntity',
    `mutation Split($id: ID!, $articleIds: [ID!]!, $name: String) { splitEntity(id: $id, articleIds: $articleIds, name: $name) { ${FIELDS} } }`,
    { id, articleIds, name },
  );

export const retractRelation = (id: string) =>
  run('retractRelation', `mutation RetractRelation($id: ID!) { retractRelation(id: $id) { ${FIELDS} } }`, { id });

export const retractStatement = (id: string) =>
  run('retractStatement', `mutation RetractStatement($id: ID!) { retractStatement(id: $id) { ${FIELDS} } }`, { id });

export const revertCorrection = (id: string) =>
  run('revertCorrection', `mutation Revert($id: ID!) { revertCorrection(id: $id) { ${FIELDS} } }`, { id });
