import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Small helpers shared by the bench parts: arguments, ports, clean-up, seeded randomness, figures, tables.

export interface BenchArgs {
  nodes: number;
  articles: number;
  batch: number;
  skipIngest: boolean;
  skipScale: boolean;
  exportOnly: boolean; // at scale: generate, export, and stop (no latency runs)
  skipCeiling: boolean; // no write-only ceiling run (it writes all the articles a second time)
  skipExport: boolean; // no export of the ingested graph
  seconds: number; // measured seconds per latency run
  warmupSeconds: number;
  soakSeconds: number;
  keep: boolean; // keep temp data folders (for looking at them afterwards)
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {
    nodes: 100_000,
    articles: 2_000,
    batch: 50,
    skipIngest: false,
    skipScale: false,
    exportOnly: false,
    skipCeiling: false,
    skipExport: false,
    seconds: 10,
    warmupSeconds: 8,
    soakSeconds: 60,
    keep: false,
  };
  const numeric: Record<string, keyof BenchArgs> = {
    '--nodes': 'nodes',
    '--articles': 'articles',
    '--batch': 'batch',
    '--seconds': 'seconds',
    '--warmup-seconds': 'warmupSeconds',
    '--soak-seconds': 'soakSeconds',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag === '--skip-ingest') args.skipIngest = true;
    else if (flag === '--skip-scale') args.skipScale = true;
    else if (flag === '--export-only') args.exportOnly = true;
    else if (flag === '--skip-ceiling') args.skipCeiling = true;
    else if (flag === '--skip-export') args.skipExport = true;
    else if (flag === '--keep') args.keep = true;
    else if (flag in numeric) {
      const raw = inline ?? argv[++i];
      const value = Number(String(raw).replace(/_/g, ''));
      if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a non-negative number (got ${raw})`);
      (args[numeric[flag]] as number) = value;
    } else if (flag === '--help' || flag === '-h') {
      console.log(
        'npm run bench -- [--nodes N] [--articles N] [--batch N] [--skip-ingest] [--skip-scale] [--export-only]\n' +
          '                 [--skip-ceiling] [--skip-export] [--seconds S] [--warmup-seconds S] [--soak-seconds S] [--keep]',
      );
      process.exit(0);
    } else throw new Error(`Unknown option ${argv[i]} (see --help)`);
  }
  return args;
}

/** Everything started is registered here and undone in reverse order, also on error or Ctrl-C. */
export class Cleanup {
  private steps: { name: string; run: () => Promise<void> | void }[] = [];
  add(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }
  /** Runs and forgets one registered step early (e.g. to stop a database before the next part). */
  async now(name: string): Promise<void> {
    let i = this.steps.length - 1;
    while (i >= 0 && this.steps[i].name !== name) i--;
    if (i < 0) return;
    const [step] = this.steps.splice(i, 1);
    await step.run();
  }
  async all(): Promise<void> {
    while (this.steps.length) {
      const step = this.steps.pop()!;
      try {
        await step.run();
      } catch (err) {
        console.error(`clean-up "${step.name}" failed: ${err instanceof Error ? err.message : err}`);
      }
    }
  }
}

export function tempDir(cleanup: Cleanup, keep: boolean, name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kg-bench-${name}-`));
  cleanup.add(`rm ${dir}`, () => {
    if (keep) console.error(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Deterministic randomness, so that two runs load and ask the same things. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index in [0, n) with probability ∝ 1/(i+1)^s: a few hubs, a long tail. */
export function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function fmt(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'n/a';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits);
}

export function table(title: string, head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((v, c) => (c === 0 ? v.padEnd(width[c]) : v.padStart(width[c]))).join('  ');
  return [`\n${title}`, line(head), width.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function secondsSince(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
