import type { ResolvedArticle } from '../resolve/resolve.ts';
import type { LoadKind } from '../ingest-replace.ts';

// What a load or re-extraction did, per kind, and where its time went.

export const STAGES = ['read', 'parse', 'extract', 'write'] as const;
export type Stage = (typeof STAGES)[number];

export class RunStats {
  readonly articles: Record<LoadKind | 'failed', number> = { new: 0, unchanged: 0, replaced: 0, failed: 0 };
  entities = 0;
  statements = 0;
  relations = 0;
  readonly failures: { label: string; error: string }[] = [];
  readonly stageMs: Record<Stage, number> = { read: 0, parse: 0, extract: 0, write: 0 };
  private started = performance.now();

  /** Starts the clock again, once the graph is open: the summary's time is the loading's, not Neo4j's start. */
  startClock(): void {
    this.started = performance.now();
  }

  get done(): number {
    const a = this.articles;
    return a.new + a.unchanged + a.replaced + a.failed;
  }

  time<T>(stage: Stage, work: () => T): T {
    const t = performance.now();
    try {
      return work();
    } finally {
      this.stageMs[stage] += performance.now() - t;
    }
  }

  async timeAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await work();
    } finally {
      this.stageMs[stage] += performance.now() - t;
    }
  }

  count(kind: LoadKind, resolved: ResolvedArticle | null): void {
    this.articles[kind]++;
    this.entities += resolved?.entities.length ?? 0;
    this.statements += resolved?.statements.length ?? 0;
    this.relations += resolved?.relations.length ?? 0;
  }

  fail(label: string, error: unknown): void {
    this.articles.failed++;
    this.failures.push({ label, error: error instanceof Error ? error.message : String(error) });
  }

  slowestStage(): { stage: Stage; ms: number } {
    const stage = STAGES.reduce((a, b) => (this.stageMs[b] > this.stageMs[a] ? b : a));
    return { stage, ms: this.stageMs[stage] };
  }

  /** The summary printed at the end: counts per kind, the slowest stage, every failure with its file (and line). */
  summary(verb = 'loaded'): string {
    const a = this.articles;
    const seconds = (performance.now() - this.started) / 1000;
    const slow = this.slowestStage();
    const perArticle = this.done ? slow.ms / this.done : 0;
    const lines = [
      `${verb} ${a.new} new, ${a.unchanged} unchanged, ${a.replaced} replaced, ${a.failed} failed of ${this.done} articles ` +
        `in ${seconds.toFixed(1)} s; ${this.entities} entity mentions, ${this.statements} statements, ${this.relations} relations`,
      `slowest stage: ${slow.stage}, ${perArticle.toFixed(1)} ms per article (` +
        STAGES.map((s) => `${s} ${(this.stageMs[s] / 1000).toFixed(2)} s`).join(', ') +
        ')',
      ...this.failures.map((f) => `  failed: ${f.label}: ${f.error}`),
    ];
    return `${lines.join('\n')}\n`;
  }
}
