import type { Node as NeoNode } from 'neo4j-driver';
import type { Tx } from '../store.ts';
import { countRows, keysetPage, type Order, type PageArgs } from './page.ts';

// The corrections list: newest first, by kind, by whether reverted, by an id they concern.

export interface CorrectionFilter {
  kinds?: string[] | null;
  reverted?: boolean | null;
  involving?: string | null;
}

const NEWEST_FIRST: Order = {
  name: 'CREATED_DESC',
  // seq counts corrections as they are made (correct/store.ts): unique, so the order is total.
  keys: [{ expr: 'c.seq', desc: true }],
};

function correctionQuery(f: CorrectionFilter | null | undefined) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f?.kinds?.length) {
    params.kinds = f.kinds;
    where.push('c.kind IN $kinds');
  }
  if (f?.reverted != null) {
    params.reverted = f.reverted;
    where.push('c.reverted = $reverted');
  }
  if (f?.involving) {
    params.involving = f.involving;
    where.push('$involving IN c.targets');
  }
  return { match: 'MATCH (c:Correction)', where, params, vars: 'c', ret: 'c' };
}

export function correctionsPage(tx: Tx, f: CorrectionFilter | null | undefined, args: PageArgs) {
  return keysetPage(tx, correctionQuery(f), NEWEST_FIRST, args, (r) => r.get('c') as NeoNode, { fallback: 50, max: 500 });
}

export const countCorrections = (tx: Tx, f: CorrectionFilter | null | undefined) => countRows(tx, correctionQuery(f));
