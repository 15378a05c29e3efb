import { GraphQLError, GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { CypherRefusedError } from '../../store/queries/cypher-guard.ts';
import { runReadOnlyCypher, type CypherLimits } from '../../store/queries/cypher.ts';
import type { Context } from '../context.ts';
import type { QueryCypherArgs, Resolvers } from '../generated/graphql.ts';

// The `cypher` field: opt-in, behind the write token even on loopback, read-only (see cypher-guard.ts).

const MAX_QUERY_CHARS = 10_000;

export interface CypherSettings extends CypherLimits {
  enabled: boolean;
}

// Hand-written: a JSON scalar is four identity functions, not worth a package.
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

const refusal = (message: string, code: string, status?: number) =>
  new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });

function checkArgs(query: string, params: unknown): Record<string, unknown> {
  if (query.length > MAX_QUERY_CHARS) throw refusal(`The query is ${query.length} characters, more than ${MAX_QUERY_CHARS}`, 'BAD_USER_INPUT');
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params)) throw refusal('params must be a JSON object of named parameters', 'BAD_USER_INPUT');
  return params as Record<string, unknown>;
}

export function cypherResolvers(settings: CypherSettings): Resolvers {
  return {
    JSON: JSONScalar,
    Query: {
      async cypher(_: unknown, a: QueryCypherArgs, ctx: Context) {
        if (!settings.enabled) throw refusal('The cypher field is off: the server runs it only with KG_CYPHER=1', 'FORBIDDEN', 403);
        if (!ctx.hasToken) {
          throw refusal('cypher needs the write token (Authorization: Bearer <KG_WRITE_TOKEN>), even on loopback', 'UNAUTHENTICATED', 401);
        }
        const params = checkArgs(a.query, a.params);
        try {
          return await runReadOnlyCypher(ctx.store, a.query, params, settings);
        } catch (err) {
          if (err instanceof CypherRefusedError) throw refusal(err.message, 'CYPHER_REFUSED');
          const code = String((err as { code?: string }).code ?? '');
          if (/MemoryLimit|OutOfMemory|MemoryPool/i.test(code)) {
            throw refusal('The query needed more memory than one transaction may hold, and was stopped', 'QUERY_TOO_LARGE');
          }
          if (code.startsWith('Neo.ClientError.')) throw refusal((err as Error).message, 'BAD_USER_INPUT');
          throw err;
        }
      },
    },
  };
}
