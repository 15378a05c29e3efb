// Extraction off the event loop: worker threads (worker.ts) that run extract(), created on first use, with a
// bounded queue. While they read a long article the server goes on answering; a bulk load reads on every core
// while the previous batch is written.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { StoreBusyError } from '../store/store.ts';
import type { Extraction } from './types.ts';
import type { Answer, Job, SerialisedError } from './worker.ts';

/** Too many articles already wait for extraction: refused like a busy database (HTTP 503, try again). */
export class ExtractQueueFullError extends StoreBusyError {
  constructor(readonly queued: number) {
    super(0);
    this.name = 'ExtractQueueFullError';
    this.message = `The server is busy: ${queued} articles are already waiting to be read; try again in a moment`;
  }
}

/** An extraction failed in the worker: its error, with the worker's stack. */
export class ExtractWorkerError extends Error {
  readonly code?: string;
  constructor(e: SerialisedError) {
    super(e.message);
    this.name = e.name === 'Error' ? 'ExtractWorkerError' : e.name;
    if (e.code !== undefined) this.code = e.code;
    if (e.stack) this.stack = `${this.name}: ${e.message}\n    (in the extraction worker)\n${e.stack.split('\n').slice(1).join('\n')}`;
  }
}

export interface PoolOptions {
  maxQueue?: number; // articles waiting or being read at once; more are refused (default 32)
  idleMs?: number; // the worker stops after this long without work, and starts again when needed (default 60 s)
  size?: number; // worker threads (default 1)
}

interface Pending {
  resolve(x: Extraction): void;
  reject(e: Error): void;
}

const ENTRY = new URL('./worker-boot.mjs', import.meta.url);

/** One worker thread and the articles it was handed. */
class ExtractLane {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly maxQueue: number;
  private readonly idleMs: number;

  constructor(opts: PoolOptions = {}) {
    this.maxQueue = opts.maxQueue ?? 32;
    this.idleMs = opts.idleMs ?? 60_000;
  }


  /** The article body's extraction, read in the worker. */
  extract(body: string): Promise<Extraction> {
    if (this.pending.size >= this.maxQueue) return Promise.reject(new ExtractQueueFullError(this.pending.size));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<Extraction>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.busy();
      worker.postMessage({ id, body } satisfies Job);
    });
  }

  /** Whether a worker is up. */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Articles waiting or being read. */
  get queued(): number {
    return this.pending.size;
  }

  /** Stops the worker; what was still waiting is refused. The next extract() starts a new worker. */
  close(): Promise<void> {
    return this.stop(new Error('The extraction worker was closed before it read the article'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(ENTRY, { execArgv: [] });
    w.on('message', (a: Answer) => {
      const p = this.pending.get(a.id);
      if (!p) return;
      this.pending.delete(a.id);
      if ('error' in a) p.reject(new ExtractWorkerError(a.error));
      else p.resolve(a.extraction);
      if (!this.pending.size) this.idle();
    });
    // an uncaught error or an exit ends the worker: what it had is refused, and the next job starts another
    w.on('error', (err) => {
      if (this.worker === w) void this.stop(err instanceof Error ? err : new Error(String(err)));
    });
    w.on('messageerror', (err) => {
      if (this.worker === w) void this.stop(err);
    });
    w.on('exit', (code) => {
      if (this.worker === w) void this.stop(new Error(`The extraction worker stopped (exit code ${code}) before it read the article`));
    });
    this.worker = w;
    return w;
  }

  /** While articles wait the worker keeps the process alive; idle, it does not, and stops after a while. */
  private busy(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.worker?.ref();
  }

  private idle(): void {
    const w = this.worker;
    if (!w) return;
    w.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker === w && !this.pending.size) void this.close();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private async stop(err: Error): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(err);
    if (w) await w.terminate().catch(() => {});
  }
}

/** Several lanes, each article to the one with the fewest waiting (the first of those: no timing decides ties). */
export class ExtractPool {
  private readonly lanes: ExtractLane[];
  private readonly maxQueue: number;

  constructor(opts: PoolOptions = {}) {
    this.maxQueue = opts.maxQueue ?? 32;
    const size = Math.max(1, opts.size ?? 1);
    this.lanes = Array.from({ length: size }, () => new ExtractLane({ ...opts, maxQueue: Number.MAX_SAFE_INTEGER }));
  }

  /** The article body's extraction, read in a worker. */
  extract(body: string): Promise<Extraction> {
    if (this.queued >= this.maxQueue) return Promise.reject(new ExtractQueueFullError(this.queued));
    const lane = this.lanes.reduce((best, l) => (l.queued < best.queued ? l : best));
    return lane.extract(body);
  }

  /** Whether a worker is up. */
  get running(): boolean {
    return this.lanes.some((l) => l.running);
  }

  /** Articles waiting or being read. */
  get queued(): number {
    return this.lanes.reduce((n, l) => n + l.queued, 0);
  }

  /** Stops the workers; what was still waiting is refused. The next extract() starts new ones. */
  async close(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.close()));
  }
}

/** One worker per core, for bulk loads: the caller bounds what it hands over (see ingestPipeline). */
export function bulkExtractPool(): ExtractPool {
  return new ExtractPool({ size: os.availableParallelism(), maxQueue: 1_000, idleMs: 5_000 });
}

let shared: ExtractPool | null = null;

/** The process's extraction worker (one for the server), created on first use. */
export function extractInWorker(body: string): Promise<Extraction> {
  shared ??= new ExtractPool();
  return shared.extract(body);
}

/** Stops the process's extraction worker (at shut-down); a later extractInWorker() starts a new one. */
export async function closeExtractWorker(): Promise<void> {
  await shared?.close();
}
