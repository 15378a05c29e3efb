// The TypeScript types the API's SDL implies, made by graphql-codegen from the schema the server builds (the SDL
// files and the model's enums, server/serve/schema.ts): resolver types for the server, schema types for the
// explorer. `npm run codegen` writes them; codegen.spec.ts fails when the committed files are not what this makes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { parse, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../server/serve/schema.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HEADER = '// Made by `npm run codegen` from the API\'s schema (schema/codegen.ts): do not edit.\n';

/** Scalars as the server and the explorer hold them. */
const SCALARS = { ID: 'string', String: 'string', Boolean: 'boolean', Int: 'number', Float: 'number' };

/** The files codegen makes, by path from the repository root. */
export const GENERATED = {
  server: 'server/serve/generated/graphql.ts',
  client: 'client/src/api/generated/graphql.ts',
} as const;

async function generate(schema: GraphQLSchema, filename: string, withResolvers: boolean): Promise<string> {
  const config = {
    scalars: SCALARS,
    // the model's enums are string unions in the code (schema/model.ts): so are they here
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    useTypeImports: true,
    ...(withResolvers
      ? {
          contextType: '../context.ts#Context',
          // a resolver returns the row it read; the fields it leaves out have resolvers of their own
          defaultMapper: 'any',
        }
      : {}),
  };
  const plugins: Parameters<typeof codegen>[0]['plugins'] = withResolvers ? [{ typescript: {} }, { typescriptResolvers: {} }] : [{ typescript: {} }];
  const out = await codegen({
    filename,
    schema: parse(printSchema(schema)),
    schemaAst: schema,
    documents: [],
    config,
    plugins,
    pluginMap: { typescript, typescriptResolvers },
  });
  return HEADER + out;
}

/** The generated files' text, by path from the repository root. */
export async function generatedFiles(): Promise<Record<string, string>> {
  const schema = buildSchema();
  return {
    [GENERATED.server]: await generate(schema, GENERATED.server, true),
    [GENERATED.client]: await generate(schema, GENERATED.client, false),
  };
}

export { ROOT as REPOSITORY_ROOT };
