// Entity-level precision, recall and F1 over exact spans, computed the way NorNE's score_ner.py
// does (an I- tag that does not continue a span of its type opens a new one).

export type TypeMode = 'kg' | 'full';

const KG_FOLD: Record<string, string> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  GPE: 'GPE',
  GPE_LOC: 'GPE',
  GPE_ORG: 'GPE',
};

export function foldTag(tag: string, mode: TypeMode): string {
  if (tag === 'O' || !tag.includes('-')) return 'O';
  const dash = tag.indexOf('-');
  const bio = tag.slice(0, dash);
  let typ: string | undefined = tag.slice(dash + 1);
  if (mode === 'kg') {
    typ = KG_FOLD[typ];
    if (typ === undefined) return 'O';
  }
  return `${bio}-${typ}`;
}

export function spans(tags: string[]): string[] {
  const out: string[] = [];
  let start = -1;
  let typ = '';
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : 'O';
    const isB = t.startsWith('B-');
    const isI = t.startsWith('I-');
    if (t === 'O' || isB || (isI && t.slice(2) !== typ)) {
      if (start >= 0) out.push(`${start}:${i}:${typ}`);
      start = -1;
      typ = '';
      if (isB || isI) {
        start = i;
        typ = t.slice(2);
      }
    }
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  total: Counts;
  byType: Map<string, Counts>;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreTags(gold: string[][], pred: string[][], mode: TypeMode = 'kg'): Score {
  if (gold.length !== pred.length) throw new Error(`sentence count differs: ${gold.length} vs ${pred.length}`);
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, Counts>();
  const bump = (typ: string, k: keyof Counts) => {
    let c = byType.get(typ);
    if (!c) byType.set(typ, (c = { tp: 0, fp: 0, fn: 0 }));
    c[k]++;
    total[k]++;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = new Set(spans(gold[s].map((t) => foldTag(t, mode))));
    const p = new Set(spans(pred[s].map((t) => foldTag(t, mode))));
    for (const x of g) bump(x.slice(x.lastIndexOf(':') + 1), p.has(x) ? 'tp' : 'fn');
    for (const x of p) if (!g.has(x)) bump(x.slice(x.lastIndexOf(':') + 1), 'fp');
  }
  return { total, byType };
}

/** Printable lines in score_ner.py's layout. */
export function formatScore(score: Score): string {
  const lines: string[] = [];
  for (const typ of [...score.byType.keys()].sort()) {
    const c = score.byType.get(typ)!;
    const { p, r, f } = prf(c);
    lines.push(`${typ.padEnd(8)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} (gold ${c.tp + c.fn})`);
  }
  const { p, r, f } = prf(score.total);
  lines.push(`nerF1=${f.toFixed(3)} P=${p.toFixed(3)} R=${r.toFixed(3)}`);
  return lines.join('\n');
}
