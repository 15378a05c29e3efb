import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { prepare, writePrepared, type IngestOutcome } from '../ingest.ts';
import { applyConstraints } from '../store/constraints.ts';
import { openStore, type Store } from '../store/store.ts';
import { seedReference } from '../write/reference.ts';
import { articleFiles, readArticleFile } from './files.ts';

// `kg load`: articles from files and folders into the graph, a batch per transaction.

interface Summary {
  files: number;
  created: number;
  unchanged: number;
  failed: { file: string; error: string }[];
  entities: number;
  statements: number;
  relations: number;
}

async function writeBatch(store: Store, batch: { file: string; prepared: ReturnType<typeof prepare> }[], summary: Summary) {
  const count = (o: IngestOutcome) => {
    if (!o.created) return void summary.unchanged++;
    summary.created++;
    summary.entities += o.resolved?.entities.length ?? 0;
    summary.statements += o.resolved?.statements.length ?? 0;
    summary.relations += o.resolved?.relations.length ?? 0;
  };
  try {
    const outcomes = await store.write(async (tx) => {
      const out: IngestOutcome[] = [];
      const seen = new Set<string>();
      for (const b of batch) {
        if (seen.has(b.prepared.article.id)) out.push({ article: b.prepared.article, created: false, resolved: null });
        else out.push(await writePrepared(tx, b.prepared));
        seen.add(b.prepared.article.id);
      }
      return out;
    });
    outcomes.forEach(count);
  } catch {
    // One bad article must not sink its batch: write them one by one to find it.
    for (const b of batch) {
      try {
        count(await store.write((tx) => writePrepared(tx, b.prepared)));
      } catch (err) {
        summary.failed.push({ file: b.file, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
}

export async function runLoad(args: string[], opts: { batch: number; source?: string }): Promise<Summary> {
  const files = articleFiles(args);
  if (files.length === 0) throw new Error('No article files (.txt) found in the given paths');
  const summary: Summary = { files: files.length, created: 0, unchanged: 0, failed: [], entities: 0, statements: 0, relations: 0 };
  const { store, local } = await openStore(loadConfig());
  const bar = new cliProgress.SingleBar(
    { format: 'loading [{bar}] {value}/{total} articles | {rate}/s | {file}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  try {
    await applyConstraints(store);
    await seedReference(store);
    bar.start(files.length, 0, { file: '', rate: '0' });
    for (let i = 0; i < files.length; i += opts.batch) {
      const batch: { file: string; prepared: ReturnType<typeof prepare> }[] = [];
      for (const file of files.slice(i, i + opts.batch)) {
        try {
          batch.push({ file, prepared: prepare({ text: readArticleFile(file), source: opts.source }) });
        } catch (err) {
          summary.failed.push({ file, error: err instanceof Error ? err.message : String(err) });
        }
      }
      if (batch.length) await writeBatch(store, batch, summary);
      const done = Math.min(i + opts.batch, files.length);
      bar.update(done, { file: files[done - 1].split('/').pop(), rate: (done / ((Date.now() - started) / 1000)).toFixed(1) });
    }
    bar.stop();
  } finally {
    await store.close();
    await local?.stop();
  }
  return summary;
}
