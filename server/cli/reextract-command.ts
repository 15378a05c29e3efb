import neo4j from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { extract } from '../extract/index.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import { readStoredArticle, replaceExtraction } from '../ingest-replace.ts';
import { applyConstraints } from '../store/constraints.ts';
import { openStore, type Store } from '../store/store.ts';
import { startProgress } from './progress.ts';
import { RunStats } from './stats.ts';

// `kg reextract`: stored article texts read again by the current extractor, one transaction per article. Each article's
// version moves on as it is done, so a run stopped half-way is resumed by running it again: it takes the articles left.

const PAGE = 100;

// Older than the version asked for, or marked by `--all` and not yet done.
const SELECTED = 'coalesce(a.extractorVersion, 0) < $below OR coalesce(a.reextractPending, false)';

export interface ReextractOptions {
  all: boolean;
  olderThan?: number;
}

export function checkOlderThan(raw: string): number {
  const v = Number(raw);
  if (!Number.isInteger(v) || v < 1 || v > EXTRACTOR_VERSION) {
    throw new Error(`--older-than must be an extractor version from 1 to ${EXTRACTOR_VERSION} (the current one), not "${raw}"`);
  }
  return v;
}

async function selectedCount(store: Store, below: number): Promise<number> {
  return store.read(async (tx) => {
    const res = await tx.run(`MATCH (a:Article) WHERE ${SELECTED} RETURN count(a) AS n`, { below });
    return res.records[0].get('n') as number;
  });
}

async function nextIds(store: Store, below: number, after: string): Promise<string[]> {
  return store.read(async (tx) => {
    const res = await tx.run(`MATCH (a:Article) WHERE a.id > $after AND (${SELECTED}) RETURN a.id AS id ORDER BY id LIMIT $page`, {
      below,
      after,
      page: neo4j.int(PAGE),
    });
    return res.records.map((r) => r.get('id') as string);
  });
}

async function reextractOne(store: Store, id: string, stats: RunStats): Promise<void> {
  const stored = await stats.timeAsync('read', () => store.read((tx) => readStoredArticle(tx, id)));
  if (!stored) return; // deleted meanwhile
  try {
    const extraction = stats.time('extract', () => extract(stored.article.body));
    const outcome = await stats.timeAsync('write', () => store.write((tx) => replaceExtraction(tx, stored, extraction)));
    if (outcome) stats.count('replaced', outcome.resolved);
    else stats.count('unchanged', null);
  } catch (err) {
    stats.fail(id, err);
  }
}

export async function runReextract(opts: ReextractOptions): Promise<RunStats> {
  const below = opts.olderThan ?? EXTRACTOR_VERSION;
  const stats = new RunStats();
  const { store, local } = await openStore(loadConfig());
  try {
    await applyConstraints(store);
    stats.startClock();
    // Marked in one transaction, so that an interrupted `--all` is resumed by a plain `kg reextract`.
    if (opts.all) await store.write((tx) => tx.run('MATCH (a:Article) SET a.reextractPending = true'));
    const progress = startProgress(await selectedCount(store, below));
    let after = '';
    for (let ids = await nextIds(store, below, after); ids.length; ids = await nextIds(store, below, after)) {
      for (const id of ids) {
        await reextractOne(store, id, stats);
        progress.update(stats.done, id);
      }
      after = ids[ids.length - 1];
    }
    progress.stop();
  } finally {
    await store.close();
    await local?.stop();
  }
  return stats;
}
