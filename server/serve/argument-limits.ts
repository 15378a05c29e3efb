import { GraphQLError, Kind, visit, type FieldNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ARGUMENT_MAX } from './limits.ts';

// Refuses list sizes and depths above their maximum before anything else looks at the query, so
// that the error names the maximum (a cost limit would otherwise refuse it without saying why).
export function argumentLimits(): Plugin {
  return {
    onValidate({ params, context, setResult }) {
      const variables = ((context as { params?: { variables?: Record<string, unknown> } }).params?.variables ?? {}) as Record<string, unknown>;
      const errors: GraphQLError[] = [];
      const fields: string[] = [];
      visit(params.documentAST, {
        Field: {
          enter: (node: FieldNode) => void fields.push(node.name.value),
          leave: () => void fields.pop(),
        },
        Argument(node) {
          const field = fields.at(-1) ?? '';
          const max = ARGUMENT_MAX[`${field}.${node.name.value}`] ?? ARGUMENT_MAX[`*.${node.name.value}`];
          if (max === undefined) return;
          const v = node.value;
          const value = v.kind === Kind.INT ? Number(v.value) : v.kind === Kind.VARIABLE ? variables[v.name.value] : undefined;
          if (typeof value === 'number' && value > max) {
            errors.push(
              new GraphQLError(`${field}: ${node.name.value} must be at most ${max} (got ${value})`, {
                nodes: [node],
                extensions: { code: 'BAD_USER_INPUT', maximum: max },
              }),
            );
          }
        },
      });
      if (errors.length) setResult(errors);
    },
  };
}
