// Within-article resolution: mentions that denote the same thing become one entity.
// A surname alone joins the full name used elsewhere in the article; transliteration variants join; an acronym
// joins the name it abbreviates; reference records join by id; people who share only a surname stay apart.
import type { EntityType, ExtractedEntity } from './types.ts';
import type { Reference } from '../reference/index.ts';
import { refKey } from '../reference/index.ts';
import { mentionSpan, type Mention } from './mention.ts';
import { acronymLetters, initials, translitKey } from './names.ts';
import { isAllCaps, type TextLayout } from './text.ts';
import { loadGazetteer } from '../reference/gazetteer.ts';

/**
 * The country the gazetteers put a place in: their best reading of the name (exact spelling, then kind, then
 * population), unless that reading is also a common word, where the name is too weak to place anything.
 */
function gazetteerCountry(name: string): string | undefined {
  const best = loadGazetteer().place(name)[0];
  return best && !best.common ? best.country : undefined;
}

export interface Resolved {
  entities: ExtractedEntity[];
  /** entity index for each mention (same order as the mentions array), -1 when dropped */
  of: number[];
}

interface Cluster {
  type: EntityType;
  mentions: number[];
  refId?: string;
  code?: string;
  country?: string;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const lastWord = (s: string) => words(s).at(-1) ?? s;

export function resolve(ref: Reference, L: TextLayout, ms: Mention[]): Resolved {
  decideGenitives(ms);
  const clusters: Cluster[] = [];
  const of = ms.map(() => -1);
  const byKey = new Map<string, number>();
  // told of every mention that joins a cluster in step 4, to keep that step's indexes current
  let onJoin: (ci: number, mi: number) => void = () => {};
  const add = (key: string, mi: number, init: () => Cluster) => {
    let ci = byKey.get(key);
    if (ci === undefined) {
      ci = clusters.length;
      clusters.push(init());
      byKey.set(key, ci);
    }
    clusters[ci].mentions.push(mi);
    of[mi] = ci;
    onJoin(ci, mi);
  };
  const join = (ci: number, mi: number) => {
    clusters[ci].mentions.push(mi);
    of[mi] = ci;
    onJoin(ci, mi);
  };

  // 1. reference records join by id; other multi-word names by their form
  ms.forEach((m, mi) => {
    if (m.ref?.kind === 'country') add('c:' + m.ref.country.code, mi, () => ({ type: 'Country', mentions: [], refId: 'country:' + m.ref!.kind && 'country:' + (m.ref as { country: { code: string } }).country.code, code: (m.ref as { country: { code: string } }).country.code }));
    else if (m.ref?.kind === 'organisation') add('o:' + m.ref.organisation.id, mi, () => ({ type: 'Organisation', mentions: [], refId: 'org:' + (m.ref as { organisation: { id: string } }).organisation.id }));
  });

  // 2. people with a full name: one cluster per full name (transliteration variants meet)
  const personFull = new Map<string, number>(); // translit of full name → cluster
  ms.forEach((m, mi) => {
    if (of[mi] >= 0 || m.type !== 'Person' || words(m.form).length < 2) return;
    const k = words(m.form).map(translitKey).join(' ');
    add('p:' + k, mi, () => ({ type: 'Person', mentions: [] }));
    personFull.set(k, of[mi]);
  });

  // 3. acronyms defined in the text: "Strategic Airlift Capability (SAC)", "sikkerhetspakten, CSTO,"
  const acronymTarget = new Map<string, number[]>();
  ms.forEach((m, mi) => {
    const t = L.sents[m.sent].tokens;
    if (words(m.form).length >= 2 && (t[m.end]?.text === '(' || t[m.end]?.text === ',') && isAllCaps(t[m.end + 1]?.text ?? '')) {
      const acr = t[m.end + 1].text;
      const list = acronymTarget.get(acr);
      if (list) list.push(mi);
      else acronymTarget.set(acr, [mi]);
    }
  });
  // the expansions of one acronym are one entity, whichever cluster they joined
  for (const [, list] of acronymTarget) {
    const withCluster = list.find((x) => of[x] >= 0);
    const ci = withCluster !== undefined ? of[withCluster] : undefined;
    if (ci === undefined) continue;
    for (const x of list) if (of[x] < 0) { clusters[ci].mentions.push(x); of[x] = ci; }
  }
  // "Fjotolf Hansen, tidlegare kjend som Anders Behring Breivik": one person under two names
  const aka = new Map<number, number>();
  let firstAt: Map<string, number> | undefined; // "sent:start" → the first mention there
  ms.forEach((m, mi) => {
    const toks = L.sents[m.sent].tokens;
    const t = (k: number) => toks[k]?.text.toLowerCase();
    let k = m.end;
    if (t(k) === ',') k++;
    if (/^(tidligere|tidlegare|også|òg|bedre)$/.test(t(k) ?? '')) k++;
    if (/^(kjent|kjend)$/.test(t(k) ?? '') && t(k + 1) === 'som') {
      if (!firstAt) {
        firstAt = new Map();
        for (let x = 0; x < ms.length; x++) if (!firstAt.has(`${ms[x].sent}:${ms[x].start}`)) firstAt.set(`${ms[x].sent}:${ms[x].start}`, x);
      }
      const other = firstAt.get(`${m.sent}:${k + 2}`) ?? -1;
      if (other >= 0) aka.set(other, mi);
    }
  });
  if (aka.size) mergeAka(clusters, of, personFull, aka);

  // 4. everything else: single names join a full name by surname (or given name), initials join their name,
  //    acronyms join their expansion, the rest cluster by form
  //    Each question below ("which full name has this surname", "which person has these initials", "which
  //    organisation does this acronym spell") is answered from an index kept current as mentions join clusters,
  //    not by reading every cluster for every mention, which made long articles quadratic.
  const X = new Step4(clusters, ms, personFull);
  onJoin = (ci, mi) => X.joined(ci, mi);
  const acrOf = new Map<number, string>(); // mention → the acronym its text defines
  for (const [acr, xs] of acronymTarget) for (const x of xs) if (!acrOf.has(x)) acrOf.set(x, acr);
  ms.forEach((m, mi) => {
    if (of[mi] >= 0) return;
    const f = m.form;
    if (m.type === 'Person' || (!m.strong && words(f).length === 1)) {
      const best = X.personFor(translitKey(f), m.sent);
      if (best !== undefined) {
        join(best, mi);
        return;
      }
    }
    if (isAllCaps(f)) {
      const person = X.personWithInitials(f);
      if (person !== undefined) { join(person, mi); return; }
      const exp = acronymTarget.get(f)?.[0];
      if (exp !== undefined && exp !== mi) {
        const ci = of[exp] >= 0 ? of[exp] : undefined;
        if (ci !== undefined) { join(ci, mi); return; }
        add('x:' + refKey(ms[exp].form), exp, () => ({ type: 'Organisation', mentions: [] }));
        join(of[exp], mi);
        return;
      }
      const org = X.organisationSpelling(f);
      if (org !== undefined) { join(org, mi); return; }
    }
    // a full-form organisation defined by an acronym that was seen first
    const acr = acrOf.get(mi);
    if (acr !== undefined) {
      const sib = X.firstPlaced(acr, acronymTarget.get(acr)!, mi, of);
      const existing = sib !== undefined ? of[sib] : byKey.get('x:' + refKey(acr));
      if (existing !== undefined) { join(existing, mi); byKey.set('x:' + refKey(f), existing); return; }
    }
    // "valkomiteen" after "KrFs valkomité": the definite form of a named body's head noun
    if (m.type === 'Organisation' && words(f).length === 1) {
      const body = X.bodyWithHead(f.toLowerCase().replace(/é/g, 'e'));
      if (body !== undefined) { join(body, mi); return; }
    }
    add('x:' + refKey(f), mi, () => ({ type: m.type, mentions: [] }));
    // an org cluster created from an acronym first: let the acronym find it later
    if (isAllCaps(f)) byKey.set('x:' + refKey(f), of[mi]);
  });

  // 5. cluster types: reference records keep theirs; others take the strongest mentions' vote
  for (const c of clusters) {
    if (c.refId || !c.mentions.length) continue;
    const votes = new Map<EntityType, number>();
    for (const x of c.mentions) votes.set(ms[x].type, (votes.get(ms[x].type) ?? 0) + (ms[x].strong ? 3 : 1));
    c.type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  const entities: ExtractedEntity[] = [];
  const remap = clusters.map(() => -1);
  clusters.forEach((c, ci) => {
    if (!c.mentions.length) return;
    remap[ci] = entities.length;
    entities.push(toEntity(ref, L, c, ms, entities.length));
  });
  return { entities, of: of.map((ci) => (ci >= 0 ? remap[ci] : -1)) };
}

/** A name form ending in s is a genitive when the article also uses it without the s ("Solbergs" / "Solberg"). */
function decideGenitives(ms: Mention[]): void {
  const forms = new Set(ms.map((m) => translitKey(m.form)));
  const lasts = new Set(ms.filter((m) => m.type === 'Person').map((m) => translitKey(lastWord(m.form))));
  for (const m of ms) {
    if (m.ref || m.genitive || !/\p{Ll}s$/u.test(m.form)) continue;
    const stripped = m.form.slice(0, -1);
    const k = translitKey(stripped);
    if (forms.has(k) || (words(stripped).length === 1 && lasts.has(k))) {
      m.form = stripped;
      m.genitive = true;
    }
  }
}

function toEntity(ref: Reference, L: TextLayout, c: Cluster, ms: Mention[], idx: number): ExtractedEntity {
  const mentions = c.mentions.map((x) => ms[x]);
  const textForms = [...new Set(mentions.filter((m) => !m.adjective).map((m) => m.form))];
  const byLength = [...textForms].sort((a, b) => words(b).length - words(a).length || b.length - a.length);
  let name = byLength[0];
  const aliases = new Set(byLength.slice(1));
  let code: string | undefined;
  let country = c.country;
  let adjectiveOnly: boolean | undefined;
  if (c.code) {
    const rc = ref.countryByCode(c.code)!;
    code = rc.code;
    if (!name) {
      name = rc.name;
      adjectiveOnly = true;
    }
    for (const n of [rc.name, rc.nameNn]) if (n !== name) aliases.add(n);
  }
  if (c.refId?.startsWith('org:')) {
    const o = ref.organisationById(c.refId.slice(4))!;
    // a party named only by its code, "(H)", is listed under its full name
    if (name.length <= 3 && o.name.length > name.length) {
      aliases.add(name);
      name = o.name;
    }
    for (const n of [o.name, ...o.aliases]) if (n !== name) aliases.add(n);
    country = o.country;
  }
  aliases.delete(name);
  const e: ExtractedEntity = {
    key: 'e' + idx,
    type: c.type,
    name,
    aliases: [...aliases],
    sentences: mentions.map((m) => m.sent),
    spans: mentions.map((m) => mentionSpan(L.sents[m.sent], m)),
  };
  if (code) e.code = code;
  if (c.refId) e.refId = c.refId;
  if (c.type === 'Location') country ??= gazetteerCountry(name);
  if (country && c.type === 'Location') e.country = country;
  if (adjectiveOnly) e.adjectiveOnly = true;
  return e;
}

const pushTo = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
};
const keepMin = <K>(m: Map<K, number>, k: K, v: number) => {
  const old = m.get(k);
  if (old === undefined || v < old) m.set(k, v);
};

/**
 * "X, kjent som Y": each pair puts Y's mention in X's cluster, or moves Y's whole cluster into X's (appending its
 * mentions, in order, and giving X's cluster Y's full names). The moves are list appends on linked lists and
 * cluster lookups go through union-find, so that a chain of such pairs does not copy a growing cluster again and
 * again; the mention lists and clusters come out as moving the arrays one by one would leave them.
 */
function mergeAka(clusters: Cluster[], of: number[], personFull: Map<string, number>, aka: Map<number, number>): void {
  const next = new Int32Array(of.length).fill(-1);
  const head = new Int32Array(clusters.length).fill(-1);
  const tail = new Int32Array(clusters.length).fill(-1);
  const append = (ci: number, first: number, last: number) => {
    if (tail[ci] < 0) head[ci] = first;
    else next[tail[ci]] = first;
    tail[ci] = last;
  };
  clusters.forEach((c, ci) => {
    for (const x of c.mentions) append(ci, x, x);
  });
  const parent = clusters.map((_, ci) => ci);
  const find = (c: number) => {
    while (parent[c] !== c) c = parent[c] = parent[parent[c]];
    return c;
  };
  const keysOf = new Map<number, string[]>(); // cluster → the full names that point to it
  for (const [k, v] of personFull) pushTo(keysOf, v, k);
  const touched = new Set<number>();
  for (const [other, mi] of aka) {
    const a = of[mi] >= 0 ? find(of[mi]) : -1;
    const b = of[other] >= 0 ? find(of[other]) : -1;
    if (a >= 0 && b < 0) {
      append(a, other, other);
      of[other] = a;
      touched.add(a);
    } else if (a >= 0 && b >= 0 && b !== a) {
      if (head[b] >= 0) append(a, head[b], tail[b]);
      head[b] = tail[b] = -1;
      parent[b] = a;
      touched.add(a).add(b);
      const ks = keysOf.get(b);
      if (ks) {
        for (const k of ks) {
          personFull.set(k, a);
          pushTo(keysOf, a, k);
        }
        keysOf.delete(b);
      }
    }
  }
  for (const ci of touched) {
    const list: number[] = [];
    for (let x = head[ci]; x >= 0; x = next[x]) {
      list.push(x);
      of[x] = ci;
    }
    clusters[ci].mentions = list;
  }
}

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

/** The indexes step 4 of resolve() asks, kept current as mentions join clusters (joined()). */
class Step4 {
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
