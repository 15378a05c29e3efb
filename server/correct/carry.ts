import { statementId } from '../resolve/resolve.ts';
import type { Tx } from '../store/store.ts';
import { toCorrection } from './store.ts';
import type { Correction } from './types.ts';

// An edited file's new text is a new article (its id is its text's), which replaces the article the file loaded
// before. The corrections that named the old article follow it to the new one, so that the new article's write
// applies them again: a split's articles, and a retracted statement (the new article's statement of the same text;
// its id is the article's and the text's). Corrections keyed by entities or relations need nothing: they follow the
// names and relations, whichever article states them.

/** The correction as it reads with `to` for the articles in `from`. */
export function carried(c: Correction, from: ReadonlySet<string>, to: string): Correction {
  const swap = (ids: string[]) => [...new Set(ids.map((id) => (from.has(id) ? to : id)))];
  const params = { ...c.params };
  let targets = c.targets;
  if (c.kind === 'SPLIT_ENTITY') params.articleIds = swap(params.articleIds as string[]);
  if (c.kind === 'RETRACT_STATEMENT' && from.has(params.articleId as string)) {
    params.articleId = to;
    // Without its text (a correction made before texts were kept) it stays with the old article.
    if (typeof params.text === 'string') {
      params.id = statementId(to, params.text);
      targets = [params.id as string];
    }
  }
  return { ...c, params, targets, articleIds: swap(c.articleIds) };
}

/** Moves the corrections in force that name the articles `from` over to the article `to`. Call before `to` is written. */
export async function carryCorrections(tx: Tx, from: string[], to: string): Promise<void> {
  if (from.length === 0) return;
  const res = await tx.run('MATCH (c:Correction {reverted: false}) WHERE any(a IN c.articleIds WHERE a IN $from) RETURN c', { from });
  const gone = new Set(from);
  const rows = res.records.map((r) => carried(toCorrection(r.get('c')), gone, to));
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS r MATCH (c:Correction {id: r.id})
     SET c.parameters = r.parameters, c.targets = r.targets, c.articleIds = r.articleIds`,
    { rows: rows.map((c) => ({ id: c.id, parameters: JSON.stringify(c.params), targets: c.targets, articleIds: c.articleIds })) },
  );
}
