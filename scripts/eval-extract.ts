// Runs the extract stage over CORPUS_DIR/*.txt and scores it against the *.gold.json beside them, exactly as
// shared/corpus/score_extract.py does (same matching, same counts, same last line).
// usage: npx tsx scripts/eval-extract.ts [CORPUS_DIR] [--verbose] [--show-check-errors] [--out PRED.jsonl]
// --verbose lists single errors of the tune part only; the check part (dev-check.txt) shows aggregates.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../server/parse/article.ts';
import { extract } from '../server/extract/index.ts';
import { toContract, type ContractLine } from '../server/extract/contract.ts';

const TYPES = ['Person', 'Organisation', 'Country', 'Location'];
const REL_TYPES = new Set(['HAS_ROLE', 'MEMBER_OF', 'SENDS_TROOPS_TO', 'LOCATED_IN']);

type Counts = [number, number, number];
interface GoldEntity { type: string; name: string; aliases?: string[]; code?: string; optional?: boolean }
interface Gold {
  entities?: GoldEntity[];
  statements?: { speaker: string | null; quote: string }[];
  relations?: { type: string; source: string; target: string }[];
}
interface Pred {
  entities?: { type: string; name: string; aliases?: string[]; code?: string }[];
  statements?: { speaker: string | null; text?: string }[];
  relations?: { type: string; source: string; target: string }[];
}

/** Python's str.casefold for the letters these texts use (ß → ss; the rest as toLowerCase). */
function casefold(s: string): string {
  return s.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

export function norm(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  let t = casefold(s.normalize('NFC'));
  t = t.replace(/\u2013/g, '-').replace(/\u2014/g, '-').replace(/\u00ad/g, '');
  t = t.replace(/[«»"'’`.,:;!?()[\]]/g, ' ');
  t = t.replace(/\s*-\s*/g, '-');
  // Python's \s and str.strip: Unicode whitespace
  return t.replace(/\s+/gu, ' ').trim();
}

function forms(name: string | null | undefined): Set<string> {
  const n = norm(name);
  const out = new Set([n]);
  if ([...n].length > 3 && n.endsWith('s')) out.add(n.slice(0, -1));
  if (n.startsWith('den ') || n.startsWith('det ')) out.add(n.slice(4));
  return new Set([...out].filter((f) => f));
}

function namesOf(e: { name: string; aliases?: string[]; code?: string }): Set<string> {
  const fs = new Set<string>();
  for (const n of [e.name, ...(e.aliases ?? [])]) for (const f of forms(n)) fs.add(f);
  if (e.code) fs.add('#' + e.code.toUpperCase());
  return fs;
}

const meets = (a: Set<string>, b: Set<string>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Python's format(x, '.3f'): correctly rounded, ties (exact binary halves such as 0.8125) to even. */
export function fmt3(x: number): string {
  const long = x.toFixed(20);
  const m = /^(\d+)\.(\d{3})5(0*)$/.exec(long);
  if (m) {
    const n = Number(m[1] + m[2]);
    const even = n % 2 === 0 ? n : n + 1;
    const str = String(even).padStart(4, '0');
    return `${str.slice(0, -3)}.${str.slice(-3)}`;
  }
  return x.toFixed(3);
}

function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p, r, f];
}

export function scoreArticle(gold: Gold, pred: Pred, log: ((s: string) => void) | null, label: string): Record<string, Counts> {
  const res: Record<string, Counts> = {};
  const gents = gold.entities ?? [];
  const pents = (pred.entities ?? []).filter((e) => TYPES.includes(e.type));
  const gnames = gents.map(namesOf);
  const pnames = pents.map(namesOf);
  for (const t of TYPES) {
    let tp = 0, fp = 0, fn = 0;
    const matched = new Set<number>();
    gents.forEach((g, gi) => {
      if (g.type !== t) return;
      const hit = pents.map((p, pi) => (p.type === t && meets(gnames[gi], pnames[pi]) ? pi : -1)).filter((x) => x >= 0);
      hit.forEach((x) => matched.add(x));
      if (hit.length) tp += g.optional ? 0 : 1;
      else if (!g.optional) {
        fn++;
        log?.(`  [${label}] missed ${t}: ${g.name}`);
      }
    });
    pents.forEach((p, pi) => {
      if (p.type === t && !matched.has(pi)) {
        fp++;
        log?.(`  [${label}] spurious ${t}: ${p.name}`);
      }
    });
    const sole = new Map<number, number[]>();
    // Python iterates a set of ints: ascending order for small ints
    for (const pi of [...matched].sort((a, b) => a - b)) {
      const gs = gents.map((g, gi) => (g.type === t && meets(gnames[gi], pnames[pi]) ? gi : -1)).filter((x) => x >= 0);
      if (gs.length === 1) sole.set(gs[0], [...(sole.get(gs[0]) ?? []), pi]);
    }
    for (const [gi, pis] of sole) {
      if (pis.length > 1) {
        fp += pis.length - 1;
        log?.(`  [${label}] unresolved ${t}: ${JSON.stringify(pis.map((pi) => pents[pi].name))} are one: ${gents[gi].name}`);
      }
    }
    res['ent_' + t] = [tp, fp, fn];
  }

  const goldIds = (name: string, predSide: boolean): Set<number> => {
    let fs = forms(name);
    if (predSide) {
      pents.forEach((_, pi) => {
        if (meets(fs, pnames[pi])) fs = new Set([...fs, ...pnames[pi]]);
      });
    }
    return new Set(gents.map((_, gi) => (meets(fs, gnames[gi]) ? gi : -1)).filter((x) => x >= 0));
  };

  const gst = gold.statements ?? [];
  const pst = pred.statements ?? [];
  const ptexts = pst.map((s) => norm(s.text ?? ''));
  let tpS = 0, tpQ = 0;
  const used = new Set<number>();
  for (const g of gst) {
    const key = norm(g.quote).split(' ').filter(Boolean).slice(0, 5).join(' ');
    const cands = ptexts.map((t, i) => (key && t.includes(key) ? i : -1)).filter((x) => x >= 0);
    if (cands.length) {
      tpQ++;
      cands.forEach((c) => used.add(c));
      const gspk = g.speaker ? goldIds(g.speaker, false) : new Set<number>();
      const ok = cands.some(
        (i) => (!g.speaker && !pst[i].speaker) || (gspk.size > 0 && !!pst[i].speaker && meets(new Set([...gspk].map(String)), new Set([...goldIds(pst[i].speaker!, true)].map(String)))),
      );
      if (ok) tpS++;
      else log?.(`  [${label}] wrong speaker for «${g.quote}»: ${JSON.stringify(cands.map((i) => pst[i].speaker))} vs ${g.speaker}`);
    } else log?.(`  [${label}] missed statement: ${g.speaker}: «${g.quote}»`);
  }
  const fpS = pst.filter((_, i) => !used.has(i)).length;
  res.stmt = [tpS, fpS + (tpQ - tpS), gst.length - tpS];
  res.stmt_text = [tpQ, fpS, gst.length - tpQ];

  const grel = gold.relations ?? [];
  const prel = (pred.relations ?? []).filter((r) => REL_TYPES.has(r.type));
  const usedR = new Set<number>();
  let tpR = 0;
  const strSet = (s: Set<number>) => new Set([...s].map(String));
  for (const g of grel) {
    const gs = strSet(goldIds(g.source, false));
    const gt = strSet(goldIds(g.target, false));
    const hit = prel.map((r, i) => (r.type === g.type && meets(gs, strSet(goldIds(r.source, true))) && meets(gt, strSet(goldIds(r.target, true))) ? i : -1)).filter((x) => x >= 0);
    if (hit.length) {
      tpR++;
      hit.forEach((h) => usedR.add(h));
    } else log?.(`  [${label}] missed relation: ${g.source} -${g.type}-> ${g.target}`);
  }
  const fpR = prel.filter((_, i) => !usedR.has(i)).length;
  prel.forEach((r, i) => {
    if (!usedR.has(i)) log?.(`  [${label}] spurious relation: ${r.source} -${r.type}-> ${r.target}`);
  });
  res.rel = [tpR, fpR, grel.length - tpR];
  return res;
}

/** Scores predictions (one contract object per article stem) against CORPUS_DIR's gold; returns the report. */
export function scoreAll(goldDir: string, preds: Map<string, Pred>, verbose = false): string {
  const lines: string[] = [];
  const log = verbose ? (s: string) => lines.push(s) : null;
  const totals: Record<string, Counts> = {};
  let missing = 0;
  for (const fn of readdirSync(goldDir).sort()) {
    if (!fn.endsWith('.gold.json')) continue;
    const stem = fn.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(readFileSync(join(goldDir, fn), 'utf8')) as Gold;
    let pred = preds.get(stem);
    if (!pred) {
      missing++;
      pred = {};
    }
    const r = scoreArticle(gold, pred, log, stem);
    for (const [k, v] of Object.entries(r)) {
      const t = (totals[k] ??= [0, 0, 0]);
      for (let i = 0; i < 3; i++) t[i] += v[i];
    }
  }
  const pad = (n: number) => String(n).padStart(4);
  for (const k of Object.keys(totals).sort()) {
    const [p, r, f] = prf(...totals[k]);
    lines.push(`${k.padEnd(18)} tp=${pad(totals[k][0])} fp=${pad(totals[k][1])} fn=${pad(totals[k][2])}  P=${fmt3(p)} R=${fmt3(r)} F1=${fmt3(f)}`);
  }
  const ent = [0, 1, 2].map((i) => TYPES.reduce((a, t) => a + (totals['ent_' + t]?.[i] ?? 0), 0)) as Counts;
  const ef = prf(...ent)[2];
  const sf = prf(...(totals.stmt ?? [0, 0, 0]))[2];
  const rf = prf(...(totals.rel ?? [0, 0, 0]))[2];
  if (missing) lines.push(`articles with no prediction: ${missing}`);
  lines.push(`entityF1=${fmt3(ef)} statementF1=${fmt3(sf)} relationF1=${fmt3(rf)} overall=${fmt3((ef + sf + rf) / 3)}`);
  return lines.join('\n');
}

export function extractCorpus(corpusDir: string): ContractLine[] {
  const out: ContractLine[] = [];
  for (const fn of readdirSync(corpusDir).sort()) {
    if (!fn.endsWith('.txt')) continue;
    const raw = readFileSync(join(corpusDir, fn), 'utf8');
    const body = parseArticle(raw).body;
    out.push(toContract(fn, extract(body)));
  }
  return out;
}

type ArticleCounts = Record<string, Counts>;

/** Entity, statement and relation F1 from summed counts. */
function f1s(list: ArticleCounts[]): [number, number, number] {
  const sum = (keys: string[]): Counts => [0, 1, 2].map((i) => list.reduce((a, c) => a + keys.reduce((b, k) => b + (c[k]?.[i] ?? 0), 0), 0)) as Counts;
  return [prf(...sum(TYPES.map((t) => 'ent_' + t)))[2], prf(...sum(['stmt']))[2], prf(...sum(['rel']))[2]];
}

/** A seeded generator (mulberry32), so that the interval is the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** F1s with a bootstrap 90 % interval over articles (1,000 resamples of the articles, with replacement). */
export function withInterval(list: ArticleCounts[], rounds = 1000): string {
  const point = f1s(list);
  const rand = seeded(20261201);
  const samples: [number, number, number][] = [];
  for (let r = 0; r < rounds && list.length; r++) samples.push(f1s(list.map(() => list[Math.floor(rand() * list.length)])));
  const names = ['entity', 'statement', 'relation'];
  return names
    .map((n, k) => {
      const xs = samples.map((s) => s[k]).sort((a, b) => a - b);
      const lo = xs[Math.floor(0.05 * (xs.length - 1))] ?? point[k];
      const hi = xs[Math.ceil(0.95 * (xs.length - 1))] ?? point[k];
      return `${n}F1=${fmt3(point[k])} [${fmt3(lo)}, ${fmt3(hi)}]`;
    })
    .join('  ');
}

/** The check part's article stems (../shared/corpus/dev-check.txt): aggregate figures only, never its errors. */
export function checkStems(corpusDir: string): Set<string> {
  const file = join(corpusDir, '..', 'dev-check.txt');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

export async function evalExtract(corpusDir: string, opts: { verbose?: boolean; out?: string; showCheckErrors?: boolean } = {}): Promise<string> {
  const lines = extractCorpus(corpusDir);
  if (opts.out) writeFileSync(opts.out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const preds = new Map(lines.map((l) => [basename(l.file).replace(/\.txt$/, ''), l as Pred]));
  const check = checkStems(corpusDir);
  const out: string[] = [];
  const parts: Record<'tune' | 'check', ArticleCounts[]> = { tune: [], check: [] };
  for (const fn of readdirSync(corpusDir).sort()) {
    if (!fn.endsWith('.gold.json')) continue;
    const stem = fn.slice(0, -'.gold.json'.length);
    const part = check.has(stem) ? 'check' : 'tune';
    // Single errors are shown for the tune part only, unless asked for the check part too.
    const log = opts.verbose && (part === 'tune' || opts.showCheckErrors) ? (s: string) => out.push(s) : null;
    const gold = JSON.parse(readFileSync(join(corpusDir, fn), 'utf8')) as Gold;
    parts[part].push(scoreArticle(gold, preds.get(stem) ?? {}, log, stem));
  }
  out.push(scoreAll(corpusDir, preds, false));
  if (check.size) {
    out.push(`tune  (${parts.tune.length} articles): ${withInterval(parts.tune)}`);
    out.push(`check (${parts.check.length} articles): ${withInterval(parts.check)}`);
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const pos = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
  const here = fileURLToPath(new URL('.', import.meta.url));
  const dir = pos[0] ?? [join(here, '..', '..', 'shared', 'corpus', 'dev'), join(here, '..', 'shared', 'corpus', 'dev')].find(existsSync)!;
  evalExtract(dir, { verbose: args.includes('--verbose'), out, showCheckErrors: args.includes('--show-check-errors') }).then((r) => console.log(r));
}
