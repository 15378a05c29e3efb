import { GraphQLError, Kind, visit, type DocumentNode, type FieldNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ARGUMENT_MAX } from '../limits.ts';

// Refuses list sizes and depths above their maximum before a resolver runs, naming the maximum (the cost
// budget would otherwise refuse them without saying why). It runs at execution, not validation: yoga caches
// validation per document, and a variable's value must never be remembered for the next request.

export function argumentLimitErrors(document: DocumentNode, variables: Record<string, unknown>): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const fields: string[] = [];
  visit(document, {
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
  return errors;
}

export function argumentLimits(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = argumentLimitErrors(args.document, (args.variableValues ?? {}) as Record<string, unknown>);
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
