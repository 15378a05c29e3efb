import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { articleResolvers } from './resolvers/articles.ts';
import { correctionResolvers } from './resolvers/corrections.ts';
import { cypherResolvers, type CypherSettings } from './resolvers/cypher.ts';
import { entityResolvers } from './resolvers/entity.ts';
import { listResolvers } from './resolvers/lists.ts';
import { neighbourhood, paths, search } from './resolvers/graph.ts';
import { pathResolvers } from './resolvers/paths.ts';
import { readerResolvers } from './resolvers/reader.ts';
import { viewResolvers } from './resolvers/views.ts';
import { articleMonths } from './resolvers/timeline.ts';
import type { Context } from './context.ts';
import { GRAPH } from '../../schema/model.ts';
import type { QueryArticleMonthsArgs, QueryNeighbourhoodArgs, QueryPathsArgs, QuerySearchArgs, Resolvers } from './generated/graphql.ts';

// The executable schema: SDL from schema/*.graphql and the model's enums (schema/model.ts), resolvers from resolvers/.

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');

/** The SDL files, and the type enums the graph model makes. */
export function loadTypeDefs(): string[] {
  return [GRAPH.enumsSdl, ...sdlFiles()];
}

function sdlFiles(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'graph.graphql' ? -1 : b === 'graph.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}

const CYPHER_OFF: CypherSettings = { enabled: false, timeoutMs: 5_000, maxRows: 1_000 };

export function buildSchema(cypher: CypherSettings = CYPHER_OFF) {
  return makeExecutableSchema<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: [
      {
        Query: {
          search: (_: unknown, a: QuerySearchArgs, ctx: Context) => search(ctx.store, a),
          neighbourhood: (_: unknown, a: QueryNeighbourhoodArgs, ctx: Context) => neighbourhood(ctx.store, a),
          paths: (_: unknown, a: QueryPathsArgs, ctx: Context) => paths(ctx.store, a),
          articleMonths: (_: unknown, a: QueryArticleMonthsArgs, ctx: Context) => articleMonths(ctx.store, a),
        },
      },
      entityResolvers,
      articleResolvers,
      correctionResolvers,
      readerResolvers,
      cypherResolvers(cypher),
      listResolvers,
      pathResolvers,
      viewResolvers,
    ] satisfies Resolvers[],
  });
}
