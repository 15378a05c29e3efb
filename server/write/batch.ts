import { reapplyCorrections } from '../correct/reapply.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import type { Extraction } from '../extract/types.ts';
import type { ParsedArticle } from '../parse/article.ts';
import { lockResolution } from '../resolve/lock.ts';
import { BatchLookup } from '../resolve/lookup.ts';
import { lookupNeeds, resolveWith, type ResolvedArticle } from '../resolve/resolve.ts';
import type { Tx } from '../store/store.ts';
import { fingerprint } from './article.ts';
import { COOCCURS, CREATE_ARTICLES, entityUpsert, NEAR_DUPLICATES, relationMerge, STATEMENTS } from './batch-cypher.ts';
import { runRows, type RunRows } from './batch-rows.ts';
import { refreshRunEntities } from './entity-stats.ts';
import { applyMerges } from './merge.ts';

// The write stage for a batch of articles, in the caller's transaction: the batch's names resolved against the graph in
// one lookup, then one UNWIND query per statement kind for the whole batch. The graph ends as if the articles had been
// written one after another in their order: an article that merges nodes closes the run before it (the merge moves what
// that run wrote), and each article is resolved against the graph as the articles before it leave it.

export interface BatchArticle {
  article: ParsedArticle;
  extraction: Extraction;
}

export interface BatchOutcome {
  article: ParsedArticle;
  /** False when the article was there already (or earlier in the batch): nothing was written for it. */
  created: boolean;
  resolved: ResolvedArticle | null;
}

/** Where a batch's time goes (for the bench): resolution against the graph, and the writes. */
export type BatchTimer = (stage: 'resolve' | 'write', ms: number) => void;

/** The Article node's properties: one map, so that a property added here is written with no other change. */
export function articleProperties(r: ResolvedArticle): Record<string, unknown> {
  const a = r.article;
  return {
    id: a.id,
    title: a.title,
    text: a.body,
    date: a.date,
    datePrecision: a.datePrecision,
    dateFrom: a.dateFrom,
    dateTo: a.dateTo,
    section: a.section,
    source: a.source,
    contentHash: a.contentHash,
    fingerprint: fingerprint(a.body),
    extractorVersion: EXTRACTOR_VERSION,
    spans: r.spans,
  };
}

async function storedIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  const res = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN collect(a.id) AS ids', { ids });
  return new Set(res.records[0].get('ids') as string[]);
}

/** Writes a run of resolved articles (none of them merging nodes but the first): one query per kind of row. */
async function writeRun(tx: Tx, run: ResolvedArticle[]): Promise<void> {
  if (run.length === 0) return;
  const rows: RunRows = runRows(run);
  await tx.run(CREATE_ARTICLES, { rows: run.map(articleProperties) });
  for (const [label, entities] of rows.entities) if (entities.length) await tx.run(entityUpsert(label), { rows: entities });
  for (const [type, edges] of rows.relations) if (edges.length) await tx.run(relationMerge(type), { rows: edges });
  if (rows.cooccurs.length) await tx.run(COOCCURS, { rows: rows.cooccurs });
  if (rows.statements.length) await tx.run(STATEMENTS, { rows: rows.statements });
  await refreshRunEntities(tx, rows.figures, rows.recount);
}

/** What a resolved article makes of the nodes it names, for the batch's later articles to resolve against. */
function recordResolved(lookup: BatchLookup, r: ResolvedArticle): void {
  const merged = new Map(r.merges.map((m) => [m.into, { node: lookup.known(m.survivor) ?? null, mentions: m.mentionCount }]));
  for (const m of r.merges) for (const id of [m.survivor, ...m.others]) if (id !== m.into) lookup.remove(id);
  for (const e of r.entities) {
    const m = merged.get(e.id);
    const prev = m ? m.node : (lookup.known(e.id) ?? null);
    lookup.put({
      id: e.id,
      labels: prev?.labels ?? [e.type, 'Entity', 'Node'],
      name: e.name,
      aliases: e.aliases,
      keys: e.keys,
      reference: prev?.reference ?? false,
      refId: e.refId ?? prev?.refId ?? null,
      mentions: (m ? m.mentions : (prev?.mentions ?? 0)) + e.count,
      country: e.country,
      code: prev?.code ?? e.code,
    });
  }
}

/**
 * After a batch's facts are written, in its transaction: what builds on the articles' facts as a whole (the
 * near-duplicates among them and the graph's other articles), then users' corrections applied again over them.
 */
async function afterFactsWritten(tx: Tx, articleIds: string[]): Promise<void> {
  await tx.run(NEAR_DUPLICATES, { ids: articleIds });
  await reapplyCorrections(tx, articleIds);
}

/** Resolves and writes the batch's new articles, run by run (see the top of this file). */
async function resolveAndWrite(tx: Tx, fresh: BatchArticle[], time: BatchTimer): Promise<ResolvedArticle[]> {
  let t = performance.now();
  const lap = (stage: 'resolve' | 'write') => {
    const now = performance.now();
    time(stage, now - t);
    t = now;
  };
  // Resolution reads nodes and then changes them: take turns with other writers first (see lock.ts).
  await lockResolution(tx);
  const lookup = new BatchLookup(tx);
  const needs = fresh.map((p) => lookupNeeds(p.extraction));
  await lookup.prefetch(needs.flatMap((n) => n.keys), needs.flatMap((n) => n.ids));
  lap('resolve');
  const out: ResolvedArticle[] = [];
  let run: ResolvedArticle[] = [];
  for (const p of fresh) {
    const r = await resolveWith(lookup, p.article, p.extraction);
    lap('resolve');
    if (r.merges.length) {
      await writeRun(tx, run);
      run = [];
      await applyMerges(tx, r.merges);
      lap('write');
    }
    recordResolved(lookup, r);
    run.push(r);
    out.push(r);
  }
  await writeRun(tx, run);
  await afterFactsWritten(tx, fresh.map((p) => p.article.id));
  lap('write');
  return out;
}

/** Articles per transaction by default (`kg load`, ingestPipeline, a revert): end to end, 50 loaded faster than 20 or 100 on 2 cores. */
export const DEFAULT_BATCH = 50;

/**
 * Writes a batch of parsed and extracted articles in the caller's transaction, in their order. An article already
 * stored, or given twice, is written once; each outcome says which were created.
 */
export async function writeBatch(tx: Tx, batch: BatchArticle[], time: BatchTimer = () => {}): Promise<BatchOutcome[]> {
  if (batch.length === 0) return [];
  const t0 = performance.now();
  const stored = await storedIds(tx, [...new Set(batch.map((p) => p.article.id))]);
  time('resolve', performance.now() - t0);
  const freshAt: number[] = [];
  const seen = new Set(stored);
  batch.forEach((p, i) => {
    if (!seen.has(p.article.id)) freshAt.push(i);
    seen.add(p.article.id);
  });
  const resolved = new Map<number, ResolvedArticle>();
  if (freshAt.length) {
    const written = await resolveAndWrite(tx, freshAt.map((i) => batch[i]), time);
    written.forEach((r, k) => resolved.set(freshAt[k], r));
  }
  return batch.map((p, i) => ({ article: p.article, created: resolved.has(i), resolved: resolved.get(i) ?? null }));
}
