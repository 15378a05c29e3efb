import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

// A budget for what one HTTP request may ask for, summed over every operation of a batch and every
// alias, before any resolver runs. A field costs (1 + the cost of its subfields) times how many times it
// can be returned: its `first`, `last` or `limit` argument (variables read per request), the resolver's
// default when absent, or LIST_DEFAULT for a list without a size argument.

export const LIST_DEFAULT = 10;
// Defaults the resolvers use when the size argument is absent.
const SIZE_DEFAULTS: Record<string, number> = { neighbourhood: 200, search: 10, paths: 5, pathsBetween: 5, articles: 50, statements: 50, '*': 20 };
const SIZE_ARGS = new Set(['first', 'last', 'limit']);

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function argValue(v: ValueNode, variables: Record<string, unknown>): unknown {
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) return variables[v.name.value];
  return undefined;
}

// `counted`: the parent's size argument already counts these lists (a Subgraph's nodes, a connection's edges).
function selectionCost(w: Walk, set: SelectionSetNode, parent: GraphQLCompositeType, counted = false): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = w.fragments.get(sel.name.value);
      const type = frag && w.schema.getType(frag.typeCondition.name.value);
      if (frag && type && isCompositeType(type)) total += selectionCost(w, frag.selectionSet, type, counted);
      continue;
    }
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? w.schema.getType(sel.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) total += selectionCost(w, sel.selectionSet, type, counted);
      continue;
    }
    const name = sel.name.value;
    if (name.startsWith('__')) continue; // introspection (GraphiQL's schema query) is not charged
    const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!def) continue;
    const sizeArg = sel.arguments?.find((a) => SIZE_ARGS.has(a.name.value));
    const given = sizeArg ? argValue(sizeArg.value, w.variables) : undefined;
    const hasSizeArg = def.args.some((a) => SIZE_ARGS.has(a.name));
    const isList = isListType(getNullableType(def.type));
    let times = 1;
    if (typeof given === 'number' && given > 0) times = given;
    else if (hasSizeArg) times = SIZE_DEFAULTS[name] ?? SIZE_DEFAULTS['*'];
    else if (isList && sel.selectionSet && !counted) times = LIST_DEFAULT;
    const child = getNamedType(def.type);
    const sizesChildren = (hasSizeArg || typeof given === 'number') && !isList;
    const inner = sel.selectionSet && isCompositeType(child) ? selectionCost(w, sel.selectionSet, child, sizesChildren) : 0;
    total += times * (1 + inner);
  }
  return total;
}

/** The cost of the operation that will run (by operationName, or the only one). */
export function operationCost(schema: GraphQLSchema, document: import('graphql').DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const ops = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = ops.find((o) => !operationName || o.name?.value === operationName) ?? ops[0];
  if (!op) return 0;
  const root = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return root ? selectionCost({ schema, fragments, variables }, op.selectionSet, root) : 0;
}

export function costBudget(maxCost: number): Plugin {
  const spent = new WeakMap<object, number>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName);
      // One budget per HTTP request: a batch's operations and an operation's aliases all draw on it.
      const request = (args.contextValue as { request?: object }).request ?? args.contextValue;
      const total = (spent.get(request) ?? 0) + cost;
      spent.set(request, total);
      if (total > maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `The request asks for too much: its estimated cost ${Math.round(total)} is over the maximum of ${maxCost} per request ` +
                '(a field costs its first/limit times its subfields; ask for smaller pages, fewer aliases or fewer operations)',
              { extensions: { code: 'QUERY_TOO_COSTLY', cost: Math.round(total), maximum: maxCost } },
            ),
          ],
        });
      }
    },
  };
}
