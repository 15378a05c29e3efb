import { extractInWorker } from '../extract/pool.ts';
import type { Extraction } from '../extract/types.ts';
import { readStoredArticle, type StoredArticle } from '../ingest-replace.ts';
import { writePrepared } from '../ingest.ts';
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
  const current: number[] = [];
  for (const [i, s] of stored.entries()) {
    const now = await tx.run('MATCH (a:Article {id: $id}) RETURN a.contentHash AS h', { id: s.article.id });
    if (now.records[0]?.get('h') === s.article.contentHash) current.push(i);
  }
  for (const i of current) await deleteArticle(tx, stored[i].article.id);
  for (const i of current) {
    const { article, properties } = stored[i];
    await writePrepared(tx, { article, extraction: extractions[i] });
    const { extractorVersion: _version, ...kept } = properties;
    await tx.run('MATCH (a:Article {id: $id}) SET a += $kept', { id: article.id, kept });
  }
  return current.map((i) => stored[i].article.id);
}

export async function revertCorrection(store: Store, id: string, note?: string | null): Promise<CorrectionRecord> {
  const checked = checkNote(note);
  const stored = await store.read(async (tx) => {
    const c = await inForce(tx, id);
    const found = await Promise.all((await articlesToRead(tx, c)).map((a) => readStoredArticle(tx, a)));
    return found.filter((s): s is StoredArticle => s !== null);
  });
  // Read outside any transaction: the extractor's time costs the graph nothing.
  const extractions = await Promise.all(stored.map((s) => extractInWorker(s.article.body)));
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
