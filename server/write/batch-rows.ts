import type { EntityType } from '../extract/types.ts';
import type { ResolvedArticle, ResolvedEntity } from '../resolve/resolve.ts';
import { edgeId } from '../store/edge-key.ts';
import { ENTITY_LABELS, TEXT_RELATIONS } from './cypher.ts';

// A run of resolved articles as the rows of one UNWIND query per statement kind. The rows give the graph what writing
// the articles one after another would leave: a node as the run's last article resolved it, each edge once with the
// evidence of all the run's articles that support it, each entity's figures widened by all of them at once.

export interface MentionRow {
  articleId: string;
  count: number;
  forms: string[];
  adjectiveOnly: boolean;
}

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  keys: string[];
  country: string | null;
  /** The first code any article gave (a node keeps the code it has). */
  code: string | null;
  /** The last reference id any article gave (it replaces the node's). */
  refId: string | null;
  /** Mentions added by the run (the node's mentionCount grows by their sum). */
  added: number;
  /** New in one of the run's articles: a redirect from its id gives way to the node. */
  dropRedirect: boolean;
  mentions: MentionRow[];
}

export interface EvidenceRow {
  articleId: string;
  sentence: string;
  confidence: number | null;
  weight: number | null;
}

export interface EdgeRow {
  key: string;
  source: string;
  target: string;
  title: string | null;
  /** The CO_OCCURS weight the run adds; null for other types. */
  weight: number | null;
  /** The confidences the run's articles gave, ascending and distinct, and how many gave each (not for CO_OCCURS). */
  values: number[];
  counts: number[];
  evidence: EvidenceRow[];
}

export interface StatementRow {
  articleId: string;
  id: string;
  text: string;
  sentence: string;
  speakerId: string | null;
  about: string[];
}

export interface FigureRow {
  id: string;
  /** How many of the run's articles name it. */
  articles: number;
  /** The earliest dateFrom and latest dateTo among them (null when none has one). */
  first: string | null;
  last: string | null;
}

export interface RunRows {
  entities: Map<EntityType, EntityRow[]>;
  relations: Map<(typeof TEXT_RELATIONS)[number], EdgeRow[]>;
  cooccurs: EdgeRow[];
  statements: StatementRow[];
  figures: FigureRow[];
  /** Entities whose figures are counted again (their MENTIONS moved in a merge). */
  recount: string[];
}

function entityRows(run: ResolvedArticle[]): Map<EntityType, EntityRow[]> {
  const rows = new Map<string, { type: EntityType; row: EntityRow }>();
  for (const r of run) {
    for (const e of r.entities) {
      const prev = rows.get(e.id)?.row;
      rows.set(e.id, { type: e.type, row: entityRow(e, r.article.id, prev) });
    }
  }
  const out = new Map<EntityType, EntityRow[]>(ENTITY_LABELS.map((l) => [l as EntityType, []]));
  for (const { type, row } of rows.values()) out.get(type)!.push(row);
  return out;
}

function entityRow(e: ResolvedEntity, articleId: string, prev: EntityRow | undefined): EntityRow {
  return {
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    keys: e.keys,
    country: e.country,
    code: prev?.code ?? e.code,
    refId: e.refId ?? prev?.refId ?? null,
    added: (prev?.added ?? 0) + e.count,
    dropRedirect: Boolean(prev?.dropRedirect) || !e.exists,
    mentions: [...(prev?.mentions ?? []), { articleId, count: e.count, forms: e.forms, adjectiveOnly: e.adjectiveOnly }],
  };
}

/** Distinct values ascending, with how often each occurs. */
export function tally(values: number[]): { values: number[]; counts: number[] } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  return { values: sorted, counts: sorted.map((v) => counts.get(v)!) };
}

/** Confidence as the noisy-or counts it: unknown is 0.5 (see store/evidence-cypher.ts). */
const counted = (c: number | null) => c ?? 0.5;

function edgeRows(items: { key: string; source: string; target: string; title: string | null; ev: EvidenceRow }[], cooccurs: boolean): EdgeRow[] {
  const byKey = new Map<string, EdgeRow>();
  for (const { key, source, target, title, ev } of items) {
    const row = byKey.get(key) ?? { key, source, target, title, weight: null, values: [], counts: [], evidence: [] };
    row.evidence.push(ev);
    byKey.set(key, row);
  }
  for (const row of byKey.values()) {
    if (cooccurs) row.weight = row.evidence.reduce((s, e) => s + (e.weight ?? 0), 0);
    else Object.assign(row, tally(row.evidence.map((e) => counted(e.confidence))));
  }
  return [...byKey.values()];
}

function relationRows(run: ResolvedArticle[]): RunRows['relations'] {
  const out: RunRows['relations'] = new Map();
  for (const type of TEXT_RELATIONS) {
    const items = run.flatMap((r) =>
      r.relations
        .filter((x) => x.type === type)
        .map((x) => {
          const title = type === 'HAS_ROLE' ? x.title : null;
          const ev = { articleId: r.article.id, sentence: x.sentence, confidence: x.confidence, weight: null };
          return { key: edgeId(type, x.source, x.target, title), source: x.source, target: x.target, title, ev };
        }),
    );
    out.set(type, edgeRows(items, false));
  }
  return out;
}

function cooccurRows(run: ResolvedArticle[]): EdgeRow[] {
  const items = run.flatMap((r) =>
    r.cooccurrences.map((c) => ({
      key: edgeId('CO_OCCURS', c.a, c.b),
      source: c.a,
      target: c.b,
      title: null,
      ev: { articleId: r.article.id, sentence: c.sentence, confidence: null, weight: c.weight },
    })),
  );
  return edgeRows(items, true);
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null || a < b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);

function figureRows(run: ResolvedArticle[]): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  for (const r of run) {
    for (const e of r.entities) {
      const row = rows.get(e.id) ?? { id: e.id, articles: 0, first: null, last: null };
      row.articles += 1;
      row.first = earlier(row.first, r.article.dateFrom);
      row.last = later(row.last, r.article.dateTo);
      rows.set(e.id, row);
    }
  }
  return [...rows.values()];
}

/** The rows for a run of resolved articles, in the order they were resolved. */
export function runRows(run: ResolvedArticle[]): RunRows {
  return {
    entities: entityRows(run),
    relations: relationRows(run),
    cooccurs: cooccurRows(run),
    statements: run.flatMap((r) => r.statements.map((s) => ({ articleId: r.article.id, ...s }))),
    figures: figureRows(run),
    recount: [...new Set(run.flatMap((r) => r.merges.map((m) => m.into)))],
  };
}
