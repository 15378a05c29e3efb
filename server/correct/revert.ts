import { bulkExtractPool, extractInWorker } from '../extract/pool.ts';
import type { Extraction } from '../extract/types.ts';
import { readStoredArticle, type StoredArticle } from '../ingest-replace.ts';
import { DEFAULT_BATCH, writeBatch } from '../write/batch.ts';
import { lockResolution } from '../resolve/lock.ts';
import type { Store, Tx } from '../store/store.ts';
import { deleteArticle } from '../write/delete.ts';
import { mergeArticles, undoMerge } from './merge.ts';
import { reapplyCorrections } from './reapply.ts';
import { undoRename } from './rename.ts';
import { undoRetype } from './retype.ts';
import { checkNote, markReverted, readCorrection, type CorrectionRecord } from './store.ts';
import { CorrectionError, type Correction } from './types.ts';

// revertCorrection: the correction stays as history, marked reverted, and what it changed becomes what the articles'
// extraction and the other corrections make it. A rename or retype is undone on the entity; a merge, split or
// retraction by reading the articles it changed again (all of them deleted first, then written, so that none of them
// joins what the others still held together).

async function articlesToRead(tx: Tx, c: Correction): Promise<string[]> {
  if (c.kind === 'MERGE_ENTITIES') return mergeArticles(tx, c);
  if (c.kind === 'RENAME_ENTITY' || c.kind === 'RETYPE_ENTITY') return [];
  return c.articleIds;
}

async function inForce(tx: Tx, id: string): Promise<CorrectionRecord> {
  const c = await readCorrection(tx, id);
  if (!c) throw new CorrectionError(`No correction with id "${id}"`, 'NOT_FOUND');
  if (c.reverted) throw new CorrectionError(`"${id}" is reverted already`);
  return c;
}

/** The articles written again from their stored texts, their stored properties kept (as a re-extraction does). */
async function readAgain(tx: Tx, stored: StoredArticle[], extractions: Extraction[]): Promise<string[]> {
  const now = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS h', { ids: stored.map((s) => s.article.id) });
  const hashes = new Map(now.records.map((r) => [r.get('id') as string, r.get('h') as string]));
  const current = [...stored.keys()].filter((i) => hashes.get(stored[i].article.id) === stored[i].article.contentHash);
  for (const i of current) await deleteArticle(tx, stored[i].article.id);
  // Written by the batch writer as a load writes them: a merge of hubs can bring back hundreds of articles.
  for (let at = 0; at < current.length; at += DEFAULT_BATCH) {
    await writeBatch(tx, current.slice(at, at + DEFAULT_BATCH).map((i) => ({ article: stored[i].article, extraction: extractions[i] })));
  }
  const kept = current.map((i) => {
    const { extractorVersion: _version, ...props } = stored[i].properties;
    return { id: stored[i].article.id, props };
  });
  await tx.run('UNWIND $kept AS k MATCH (a:Article {id: k.id}) SET a += k.props', { kept });
  return current.map((i) => stored[i].article.id);
}

/** Up to this many articles go through the server's extraction worker; more get a pool of their own. */
const FEW = 8;

/**
 * The stored texts read again. A merge of hubs can bring back hundreds of articles, more than the server's extraction
 * queue takes (its limit keeps requests from piling up): those are read by a pool of their own, a batch at a time.
 */
async function extractAll(stored: StoredArticle[]): Promise<Extraction[]> {
  if (stored.length <= FEW) return Promise.all(stored.map((s) => extractInWorker(s.article.body)));
  const pool = bulkExtractPool();
  try {
    const out: Extraction[] = [];
    for (let at = 0; at < stored.length; at += DEFAULT_BATCH) {
      out.push(...(await Promise.all(stored.slice(at, at + DEFAULT_BATCH).map((s) => pool.extract(s.article.body)))));
    }
    return out;
  } finally {
    await pool.close();
  }
}

export async function revertCorrection(store: Store, id: string, note?: string | null): Promise<CorrectionRecord> {
  const checked = checkNote(note);
  const stored = await store.read(async (tx) => {
    const c = await inForce(tx, id);
    const found = await Promise.all((await articlesToRead(tx, c)).map((a) => readStoredArticle(tx, a)));
    return found.filter((s): s is StoredArticle => s !== null);
  });
  // Read outside any transaction: the extractor's time costs the graph nothing.
  const extractions = await extractAll(stored);
  return store.write(async (tx) => {
    await lockResolution(tx);
    const c = await inForce(tx, id);
    await markReverted(tx, id, checked);
    if (c.kind === 'RENAME_ENTITY') await undoRename(tx, c);
    if (c.kind === 'RETYPE_ENTITY') await undoRetype(tx, c);
    if (c.kind === 'MERGE_ENTITIES') await undoMerge(tx, c);
    const read = await readAgain(tx, stored, extractions);
    await reapplyCorrections(tx, read, c.targets);
    return (await readCorrection(tx, id))!;
  });
}
