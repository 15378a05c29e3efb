import fs from 'node:fs';
import path from 'node:path';
import { watch } from 'chokidar';
import { loadConfig } from '../config.ts';
import { applyConstraints } from '../store/constraints.ts';
import { openStore, StoreUnavailableError } from '../store/store.ts';
import { seedReference } from '../write/reference.ts';
import { loadBatch, type WriteWith, type Written } from './loader.ts';
import { readItems } from './sources.ts';
import { RunStats } from './stats.ts';

// `kg watch DIR`: what is in DIR, then every new or changed article file as it settles, until stopped (Ctrl-C).

export interface WatchOptions {
  batch: number;
  source?: string;
  /** A file is read once it has not changed for this long (a writer may still be writing it). */
  debounceMs: number;
}

const MAX_WAIT_MS = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isArticleFile = (f: string) => /\.(txt|jsonl)$/.test(f) && !path.basename(f).startsWith('.');

/** Reads or writes that wait out a Neo4j that is away (restarting), with a growing pause, and say so. */
function patient(run: WriteWith, log: (line: string) => void): WriteWith {
  return async (work) => {
    let down = false;
    for (let wait = 1_000; ; wait = Math.min(wait * 2, MAX_WAIT_MS)) {
      try {
        const result = await run(work);
        if (down) log('Neo4j is back; loading goes on');
        return result;
      } catch (err) {
        if (!(err instanceof StoreUnavailableError)) throw err;
        down = true;
        log(`Neo4j is unavailable (${err.message}); retrying in ${wait / 1000} s`);
        await sleep(wait);
      }
    }
  };
}

export function describeWritten(w: Written): string {
  if (!w.outcome) return `failed     ${w.item.label}: ${w.error}`;
  const { kind, article, resolved } = w.outcome;
  const found = resolved
    ? ` (${resolved.entities.length} entities, ${resolved.statements.length} statements, ${resolved.relations.length} relations)`
    : '';
  return `${kind.padEnd(10)} ${w.item.label} ${article.id}${found}`;
}

export async function runWatch(dir: string, opts: WatchOptions): Promise<RunStats> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`watch: no such folder: ${dir}`);
  const stats = new RunStats();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const warn = (line: string) => process.stderr.write(`kg watch: ${line}\n`);
  const { store, local } = await openStore(loadConfig());
  const access = { read: patient(store.read.bind(store), warn), write: patient(store.write.bind(store), warn) };
  const pending = new Set<string>();
  let draining: Promise<void> | null = null;
  const loadFile = async (file: string) => {
    if (!fs.existsSync(file)) return; // gone again before it settled
    const items = [];
    for await (const item of readItems([file], { source: opts.source })) items.push(item);
    for (let i = 0; i < items.length; i += opts.batch) {
      for (const w of await loadBatch(access, items.slice(i, i + opts.batch), stats)) out(describeWritten(w));
    }
  };
  const drain = async () => {
    while (pending.size) {
      const file = pending.values().next().value as string;
      pending.delete(file);
      try {
        await loadFile(file);
      } catch (err) {
        warn(`${file}: ${(err as Error).message}`);
      }
    }
  };
  const enqueue = (file: string) => {
    pending.add(file);
    draining ??= drain().finally(() => (draining = null));
  };
  try {
    await applyConstraints(store);
    await seedReference(store);
    stats.startClock();
    const watcher = watch(dir, {
      ignored: (f, st) => path.basename(f).startsWith('.') || (st?.isFile() === true && !isArticleFile(f)),
      awaitWriteFinish: { stabilityThreshold: opts.debounceMs, pollInterval: Math.min(100, opts.debounceMs) },
    });
    watcher.on('add', enqueue).on('change', enqueue).on('error', (err) => warn(`watching failed: ${err}`));
    await new Promise<void>((resolve) => watcher.once('ready', resolve));
    warn(`watching ${dir} for .txt and .jsonl files (Ctrl-C stops)`);
    await stopSignal();
    await watcher.close();
    while (draining) await draining;
  } finally {
    await store.close();
    await local?.stop();
  }
  return stats;
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => resolve(signal);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
