import type { Tx } from '../store.ts';

// What a power user's Cypher may do: read. A READ transaction alone does not make it so (LOAD CSV reads
// files, procedures such as dbms.listConfig show the server's settings), so the query's own plan is read
// first (EXPLAIN runs nothing) and refused when any operator loads CSV, calls a procedure outside a short
// list, writes, or runs an administration command.

/** Procedures that only read the graph's own shape or its indexes. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

// Operators that write, load files, or reach the DBMS rather than the graph.
const REFUSED_OPERATOR = /LoadCSV|Create|Merge|Delete|Set[A-Z]|Remove|Foreach|Show|Terminate|Command|Transaction/;

export class CypherRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CypherRefusedError';
  }
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function* operators(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children ?? []) yield* operators(child);
}

/** The procedure a ProcedureCall operator calls, from its details ("db.labels() :: (label :: STRING)"). */
function procedureOf(op: PlanNode): string {
  const details = String(op.arguments.Details ?? op.arguments.Signature ?? '');
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
}

/** Refuses (throws) unless the query's plan only reads. */
export async function checkReadOnly(tx: Pick<Tx, 'run'>, query: string, params: Record<string, unknown>): Promise<void> {
  let plan: PlanNode | false;
  let queryType: string;
  try {
    const summary = (await tx.run(`EXPLAIN ${query}`, params)).summary;
    plan = summary.plan as PlanNode | false;
    queryType = summary.queryType;
  } catch (err) {
    throw new CypherRefusedError(`The query cannot be planned: ${(err as Error).message}`);
  }
  if (!plan) throw new CypherRefusedError('The query has no plan to check (administration commands are refused)');
  for (const op of operators(plan)) {
    const type = op.operatorType.replace(/@.*$/, '');
    if (/ProcedureCall/.test(type)) {
      const name = procedureOf(op);
      if (!ALLOWED_PROCEDURES.has(name)) {
        throw new CypherRefusedError(`The procedure ${name} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`);
      }
    } else if (REFUSED_OPERATOR.test(type)) {
      throw new CypherRefusedError(`The query's plan holds ${type}, which is not allowed: only reads of the graph are`);
    }
  }
  // After the operators, whose refusals say more: a procedure that writes makes the query "rw", a schema one "s".
  if (queryType !== 'r') throw new CypherRefusedError(`Only reading queries are allowed (this one is of type "${queryType}")`);
}
