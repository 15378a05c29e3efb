import { loadConfig } from '../config.ts';
import { applyConstraints } from '../store/constraints.ts';
import { bulkExtractPool } from '../extract/pool.ts';
import { openStore } from '../store/store.ts';
import { seedReference } from '../write/reference.ts';
import { articleFiles } from './files.ts';
import { prepareBatch, writeBatchOf } from './loader.ts';
import { startProgress } from './progress.ts';
import { countItems, readItems, readStdin, stdinItems, type SourceItem } from './sources.ts';
import { RunStats } from './stats.ts';

// `kg load`: articles from files, folders, JSON Lines and standard input into the graph, a batch per transaction, the
// next batch read and extracted in worker threads while one is written.

export async function runLoad(args: string[], opts: { batch: number; source?: string }): Promise<RunStats> {
  const files = articleFiles(args);
  if (files.length === 0) throw new Error('No article files (.txt or .jsonl) found in the given paths');
  const stats = new RunStats();
  const stdin = files.includes('-') ? stdinItems(await stats.timeAsync('read', readStdin), opts.source) : undefined;
  const total = await countItems(files, stdin);
  const { store, local } = await openStore(loadConfig());
  try {
    await applyConstraints(store);
    await seedReference(store);
    stats.startClock();
    const progress = startProgress(total);
    const access = { read: store.read.bind(store), write: store.write.bind(store) };
    const items = readItems(files, { source: opts.source, stdin });
    const nextItems = async () => {
      const batch: SourceItem[] = [];
      while (batch.length < opts.batch) {
        const next = await stats.timeAsync('read', () => items.next());
        if (next.done) break;
        batch.push(next.value);
      }
      return batch;
    };
    // The next batch is read and extracted on every core while this one is written.
    const pool = bulkExtractPool();
    const ahead = () => nextItems().then((batch) => (batch.length ? prepareBatch(access.read, batch, stats, pool) : null));
    try {
      let next = ahead();
      for (let batch = await next; batch; batch = await next) {
        next = ahead();
        next.catch(() => undefined); // awaited on the next turn; a write that fails first ends the run
        await writeBatchOf(access.write, batch, stats);
        progress.update(stats.done, batch.items[batch.items.length - 1]?.label);
      }
    } finally {
      await pool.close();
    }
    progress.stop();
  } finally {
    await store.close();
    await local?.stop();
  }
  return stats;
}
