// The indexes that let coref.ts join a mention to its cluster without reading every cluster: full names by surname,
// given name and initials, organisations by the acronym they spell and by their head noun.
import type { EntityType } from './types.ts';
import type { Mention } from './mention.ts';
import { acronymLetters, initials } from './names.ts';

/** Mentions that name one entity, while coref.ts builds them. */
export interface Cluster {
  type: EntityType;
  mentions: number[];
  refId?: string;
  code?: string;
  country?: string;
}

export const words = (s: string) => s.split(/\s+/).filter(Boolean);

export const pushTo = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
};
const keepMin = <K>(m: Map<K, number>, k: K, v: number) => {
  const old = m.get(k);
  if (old === undefined || v < old) m.set(k, v);
};

/**
 * The latest of a set of (sentence, rank) items at or before a sentence that only grows between questions,
 * the lowest rank winning a tie; and the earliest item of all. Items come in at any time.
 */
class Latest {
  q = -Infinity;
  bestS = -1;
  bestR = Infinity;
  firstS = Infinity;
  firstR = Infinity;
  private hs: number[] = []; // a min-heap by sentence of the items after q
  private hr: number[] = [];

  add(s: number, r: number): void {
    if (s < this.firstS || (s === this.firstS && r < this.firstR)) {
      this.firstS = s;
      this.firstR = r;
    }
    if (s <= this.q) this.take(s, r);
    else this.push(s, r);
  }

  advance(q: number): void {
    this.q = q;
    while (this.hs.length && this.hs[0] <= q) {
      const s = this.hs[0];
      const r = this.hr[0];
      this.pop();
      this.take(s, r);
    }
  }

  private take(s: number, r: number): void {
    if (s > this.bestS || (s === this.bestS && r < this.bestR)) {
      this.bestS = s;
      this.bestR = r;
    }
  }

  private push(s: number, r: number): void {
    const { hs, hr } = this;
    let i = hs.length;
    hs.push(s);
    hr.push(r);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (hs[p] <= s) break;
      hs[i] = hs[p];
      hr[i] = hr[p];
      i = p;
    }
    hs[i] = s;
    hr[i] = r;
  }

  private pop(): void {
    const { hs, hr } = this;
    const s = hs.pop()!;
    const r = hr.pop()!;
    if (!hs.length) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= hs.length) break;
      const c = l + 1 < hs.length && hs[l + 1] < hs[l] ? l + 1 : l;
      if (hs[c] >= s) break;
      hs[i] = hs[c];
      hr[i] = hr[c];
      i = c;
    }
    hs[i] = s;
    hr[i] = r;
  }
}

/** The full names a single name may join: entry ranks in personFull order, and for several, who came last. */
interface Group {
  pick: number[]; // ranks of the personFull entries
  clusterAt: Map<number, number>; // rank of a cluster's first entry in pick → cluster
  latest: Latest; // over the mentions of pick's clusters, ranked by that first entry
}

/** The indexes step 4 of resolve() (joinTheRest) asks, kept current as mentions join clusters (joined()). */
export class JoinIndex {
  private readonly entries: [string, number][];
  private readonly rankOf = new Map<number, number>(); // cluster → rank of its first personFull entry
  private readonly byLast = new Map<string, number[]>();
  private readonly byJoined = new Map<string, number[]>();
  private readonly byFirst = new Map<string, number[]>();
  private readonly groups = new Map<string, Group | null>();
  private readonly groupsOf = new Map<number, [Group, number][]>();
  private readonly initialsBest = new Map<string, number>(); // initials → lowest entry rank of a cluster with a full name so
  private readonly lettersBest = new Map<string, number>(); // acronym letters → lowest organisation cluster spelling them
  private readonly headsBest = new Map<string, number>(); // head-noun form → lowest organisation cluster ending in it
  private byForm?: Map<string, number[]>;
  private readonly placed = new Map<string, number[]>();

  constructor(
    private readonly clusters: Cluster[],
    private readonly ms: Mention[],
    personFull: Map<string, number>,
  ) {
    this.entries = [...personFull.entries()];
    this.entries.forEach(([k, ci], r) => {
      if (!this.rankOf.has(ci)) this.rankOf.set(ci, r);
      const ws = k.split(' ');
      pushTo(this.byLast, ws.at(-1)!, r);
      pushTo(this.byJoined, ws.join(''), r);
      pushTo(this.byFirst, ws[0], r);
    });
    clusters.forEach((c, ci) => {
      for (const x of c.mentions) this.index(ci, x);
    });
  }

  joined(ci: number, x: number): void {
    this.index(ci, x);
    for (const [g, rank] of this.groupsOf.get(ci) ?? []) g.latest.add(this.ms[x].sent, rank);
  }

  private index(ci: number, x: number): void {
    const form = this.ms[x].form;
    const ws = words(form);
    if (ws.length < 2) return;
    const r = this.rankOf.get(ci);
    if (r !== undefined) keepMin(this.initialsBest, initials(form), r);
    if (this.clusters[ci].type === 'Organisation') {
      keepMin(this.lettersBest, acronymLetters(form), ci);
      const head = ws.at(-1)!.toLowerCase().replace(/é/g, 'e');
      for (const h of [head + 'en', head + 'et', head + 'a', head + 'n', head]) keepMin(this.headsBest, h, ci);
    }
  }

  /**
   * The person a single name (its transliteration key t) in sentence q joins: the full name whose surname (or
   * whole name run together) it is, else the one full name it is the given name of; of several, the one named
   * most recently at or before q, else the one named first.
   */
  personFor(t: string, q: number): number | undefined {
    let g = this.groups.get(t);
    if (g === undefined) this.groups.set(t, (g = this.group(t)));
    if (!g) return undefined;
    if (g.pick.length === 1) return this.entries[g.pick[0]][1];
    if (q < g.latest.q) return this.latestByReading(g, q); // asked out of sentence order: read the clusters
    g.latest.advance(q);
    return g.clusterAt.get(g.latest.bestS >= 0 ? g.latest.bestR : g.latest.firstR);
  }

  private group(t: string): Group | null {
    const cands = [...new Set([...(this.byLast.get(t) ?? []), ...(this.byJoined.get(t) ?? [])])].sort((a, b) => a - b);
    const byFirst = this.byFirst.get(t) ?? [];
    const pick = cands.length ? cands : byFirst.length === 1 ? byFirst : [];
    if (!pick.length) return null;
    const g: Group = { pick, clusterAt: new Map(), latest: new Latest() };
    if (pick.length > 1) {
      const rankIn = new Map<number, number>();
      for (const r of pick) {
        const ci = this.entries[r][1];
        if (rankIn.has(ci)) continue;
        rankIn.set(ci, r);
        g.clusterAt.set(r, ci);
      }
      for (const [ci, r] of rankIn) {
        for (const x of this.clusters[ci].mentions) g.latest.add(this.ms[x].sent, r);
        pushTo(this.groupsOf, ci, [g, r] as [Group, number]);
      }
    }
    return g;
  }

  private latestByReading(g: Group, q: number): number {
    const pick = g.pick.map((r) => this.entries[r]);
    let best = pick[0][1];
    let bestSent = -1;
    for (const [, ci] of pick) {
      let last = -1;
      for (const x of this.clusters[ci].mentions) if (this.ms[x].sent <= q && this.ms[x].sent > last) last = this.ms[x].sent;
      if (last > bestSent) {
        bestSent = last;
        best = ci;
      }
    }
    if (bestSent < 0) {
      let first = Infinity;
      for (const [, ci] of pick) {
        let f = Infinity;
        for (const x of this.clusters[ci].mentions) f = Math.min(f, this.ms[x].sent);
        if (f < first) {
          first = f;
          best = ci;
        }
      }
    }
    return best;
  }

  /** The person (cluster) first in personFull order with a full name of these initials. */
  personWithInitials(f: string): number | undefined {
    const r = this.initialsBest.get(f);
    return r === undefined ? undefined : this.entries[r][1];
  }

  /** The first organisation cluster with a name of several words that the acronym spells. */
  organisationSpelling(acr: string): number | undefined {
    return this.lettersBest.get(acr.toUpperCase());
  }

  /** The first organisation cluster with a name of several words whose head noun this is a form of. */
  bodyWithHead(lowerForm: string): number | undefined {
    return this.headsBest.get(lowerForm);
  }

  /** The first mention other than mi, already in a cluster, written as the acronym or defining it. */
  firstPlaced(acr: string, defining: number[], mi: number, of: number[]): number | undefined {
    let list = this.placed.get(acr);
    if (!list) {
      if (!this.byForm) {
        this.byForm = new Map();
        this.ms.forEach((m, x) => pushTo(this.byForm!, m.form, x));
      }
      list = [...new Set([...(this.byForm.get(acr) ?? []), ...defining])].sort((a, b) => a - b);
      this.placed.set(acr, list);
    }
    // every mention before mi is placed by now, so this stops at once unless mi comes first
    for (const x of list) if (x !== mi && of[x] >= 0) return x;
    return undefined;
  }
}
