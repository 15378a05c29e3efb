import { loadConfig } from '../config.ts';
import { applyConstraints } from '../store/constraints.ts';
import { openStore } from '../store/store.ts';
import { seedReference } from '../write/reference.ts';
import { articleFiles } from './files.ts';
import { loadBatch } from './loader.ts';
import { startProgress } from './progress.ts';
import { countItems, readItems, readStdin, stdinItems, type SourceItem } from './sources.ts';
import { RunStats } from './stats.ts';

// `kg load`: articles from files, folders, JSON Lines and standard input into the graph, a batch per transaction.

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
    let batch: SourceItem[] = [];
    const flush = async () => {
      await loadBatch(access, batch, stats);
      progress.update(stats.done, batch[batch.length - 1]?.label);
      batch = [];
    };
    const items = readItems(files, { source: opts.source, stdin });
    for (;;) {
      const next = await stats.timeAsync('read', () => items.next());
      if (next.done) break;
      batch.push(next.value);
      if (batch.length >= opts.batch) await flush();
    }
    if (batch.length) await flush();
    progress.stop();
  } finally {
    await store.close();
    await local?.stop();
  }
  return stats;
}
