// Within-article resolution: mentions that denote the same thing become one entity.
// A surname alone joins the full name used elsewhere in the article; transliteration variants join; an acronym
// joins the name it abbreviates; reference records join by id; people who share only a surname stay apart.
import type { EntityType, ExtractedEntity } from './types.ts';
import type { Reference } from '../reference/index.ts';
import { mentionSpan, type Mention } from './mention.ts';
import { refKey, translitKey } from '../text/fold.ts';
import { isAllCaps, type TextLayout } from './text.ts';
import { loadGazetteer } from '../reference/gazetteer.ts';
import { JoinIndex, pushTo, words, type Cluster } from './coref-index.ts';

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


const lastWord = (s: string) => words(s).at(-1) ?? s;

/** The clusters being built, and for each mention the cluster it joined (-1 while none). */
class Clusters {
  readonly list: Cluster[] = [];
  readonly of: number[];
  readonly byKey = new Map<string, number>();
  /** Told of every mention that joins a cluster in step 4, to keep that step's indexes current. */
  onJoin: (ci: number, mi: number) => void = () => {};

  constructor(mentions: number) {
    this.of = new Array<number>(mentions).fill(-1);
  }

  /** The mention joins the cluster under `key`, made by `init` if there is none yet. */
  add(key: string, mi: number, init: () => Cluster): void {
    let ci = this.byKey.get(key);
    if (ci === undefined) {
      ci = this.list.length;
      this.list.push(init());
      this.byKey.set(key, ci);
    }
    this.join(ci, mi);
  }

  join(ci: number, mi: number): void {
    this.list[ci].mentions.push(mi);
    this.of[mi] = ci;
    this.onJoin(ci, mi);
  }
}

export function resolve(ref: Reference, L: TextLayout, ms: Mention[]): Resolved {
  decideGenitives(ms);
  const K = new Clusters(ms.length);
  joinReferenceRecords(K, ms);
  const personFull = joinFullNames(K, ms);
  const acronymTarget = joinAcronymExpansions(K, L, ms);
  joinAlsoKnownAs(K, L, ms, personFull);
  joinTheRest(K, ms, personFull, acronymTarget);
  voteTypes(K, ms);
  const entities: ExtractedEntity[] = [];
  const remap = K.list.map(() => -1);
  K.list.forEach((c, ci) => {
    if (!c.mentions.length) return;
    remap[ci] = entities.length;
    entities.push(toEntity(ref, L, c, ms, entities.length));
  });
  return { entities, of: K.of.map((ci) => (ci >= 0 ? remap[ci] : -1)) };
}

/** 1. Reference records join by id. */
function joinReferenceRecords(K: Clusters, ms: Mention[]): void {
  ms.forEach((m, mi) => {
    const r = m.ref;
    if (r?.kind === 'country') add(K, 'c:' + r.country.code, mi, { type: 'Country', refId: 'country:' + r.country.code, code: r.country.code });
    else if (r?.kind === 'organisation') add(K, 'o:' + r.organisation.id, mi, { type: 'Organisation', refId: 'org:' + r.organisation.id });
  });
}

const add = (K: Clusters, key: string, mi: number, init: Omit<Cluster, 'mentions'>) => K.add(key, mi, () => ({ ...init, mentions: [] }));

/** 2. People with a full name: one cluster per full name (transliteration variants meet). Gives full name → cluster. */
function joinFullNames(K: Clusters, ms: Mention[]): Map<string, number> {
  const personFull = new Map<string, number>(); // translit of full name → cluster
  ms.forEach((m, mi) => {
    if (K.of[mi] >= 0 || m.type !== 'Person' || words(m.form).length < 2) return;
    const k = words(m.form).map(translitKey).join(' ');
    add(K, 'p:' + k, mi, { type: 'Person' });
    personFull.set(k, K.of[mi]);
  });
  return personFull;
}

/**
 * 3. Acronyms defined in the text: "Strategic Airlift Capability (SAC)", "sikkerhetspakten, CSTO,". The expansions
 * of one acronym are one entity, whichever cluster they joined. Gives acronym → its expansions' mentions.
 */
function joinAcronymExpansions(K: Clusters, L: TextLayout, ms: Mention[]): Map<string, number[]> {
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
  for (const [, list] of acronymTarget) {
    const withCluster = list.find((x) => K.of[x] >= 0);
    const ci = withCluster !== undefined ? K.of[withCluster] : undefined;
    if (ci === undefined) continue;
    for (const x of list) {
      if (K.of[x] >= 0) continue;
      K.list[ci].mentions.push(x);
      K.of[x] = ci;
    }
  }
  return acronymTarget;
}

/** "Fjotolf Hansen, tidlegare kjend som Anders Behring Breivik": one person under two names. */
function joinAlsoKnownAs(K: Clusters, L: TextLayout, ms: Mention[], personFull: Map<string, number>): void {
  const aka = new Map<number, number>();
  let firstAt: Map<string, number> | undefined; // "sent:start" → the first mention there
  ms.forEach((m, mi) => {
    const toks = L.sents[m.sent].tokens;
    const t = (k: number) => toks[k]?.text.toLowerCase();
    let k = m.end;
    if (t(k) === ',') k++;
    if (/^(tidligere|tidlegare|også|òg|bedre)$/.test(t(k) ?? '')) k++;
    if (!/^(kjent|kjend)$/.test(t(k) ?? '') || t(k + 1) !== 'som') return;
    if (!firstAt) {
      firstAt = new Map();
      for (let x = 0; x < ms.length; x++) if (!firstAt.has(`${ms[x].sent}:${ms[x].start}`)) firstAt.set(`${ms[x].sent}:${ms[x].start}`, x);
    }
    const other = firstAt.get(`${m.sent}:${k + 2}`) ?? -1;
    if (other >= 0) aka.set(other, mi);
  });
  if (aka.size) mergeAka(K.list, K.of, personFull, aka);
}

/**
 * 4. Everything else: single names join a full name by surname (or given name), initials join their name, acronyms
 * join their expansion, the rest cluster by form. Each question ("which full name has this surname", "which person
 * has these initials", "which organisation does this acronym spell") is answered from an index kept current as
 * mentions join clusters, not by reading every cluster for every mention, which made long articles quadratic.
 */
function joinTheRest(K: Clusters, ms: Mention[], personFull: Map<string, number>, acronymTarget: Map<string, number[]>): void {
  const X = new JoinIndex(K.list, ms, personFull);
  K.onJoin = (ci, mi) => X.joined(ci, mi);
  const acrOf = new Map<number, string>(); // mention → the acronym its text defines
  for (const [acr, xs] of acronymTarget) for (const x of xs) if (!acrOf.has(x)) acrOf.set(x, acr);
  ms.forEach((m, mi) => {
    if (K.of[mi] >= 0) return;
    const f = m.form;
    const ci = joinedBy(K, X, ms, mi, acronymTarget, acrOf);
    if (ci !== undefined) return;
    add(K, 'x:' + refKey(f), mi, { type: m.type });
    // an org cluster created from an acronym first: let the acronym find it later
    if (isAllCaps(f)) K.byKey.set('x:' + refKey(f), K.of[mi]);
  });
}

/** The cluster a mention of step 4 joined by name, initials or acronym (joined already), or undefined for none. */
function joinedBy(K: Clusters, X: JoinIndex, ms: Mention[], mi: number, acronymTarget: Map<string, number[]>, acrOf: Map<number, string>): number | undefined {
  const m = ms[mi];
  const f = m.form;
  const joinTo = (ci: number | undefined) => {
    if (ci !== undefined) K.join(ci, mi);
    return ci;
  };
  if (m.type === 'Person' || (!m.strong && words(f).length === 1)) {
    const best = X.personFor(translitKey(f), m.sent);
    if (best !== undefined) return joinTo(best);
  }
  if (isAllCaps(f)) {
    const person = X.personWithInitials(f);
    if (person !== undefined) return joinTo(person);
    const exp = acronymTarget.get(f)?.[0];
    if (exp !== undefined && exp !== mi) {
      if (K.of[exp] >= 0) return joinTo(K.of[exp]);
      add(K, 'x:' + refKey(ms[exp].form), exp, { type: 'Organisation' });
      return joinTo(K.of[exp]);
    }
    const org = X.organisationSpelling(f);
    if (org !== undefined) return joinTo(org);
  }
  // a full-form organisation defined by an acronym that was seen first
  const acr = acrOf.get(mi);
  if (acr !== undefined) {
    const sib = X.firstPlaced(acr, acronymTarget.get(acr)!, mi, K.of);
    const existing = sib !== undefined ? K.of[sib] : K.byKey.get('x:' + refKey(acr));
    if (existing !== undefined) {
      K.join(existing, mi);
      K.byKey.set('x:' + refKey(f), existing);
      return existing;
    }
  }
  // "valkomiteen" after "KrFs valkomité": the definite form of a named body's head noun
  if (m.type === 'Organisation' && words(f).length === 1) return joinTo(X.bodyWithHead(f.toLowerCase().replace(/é/g, 'e')));
  return undefined;
}

/** 5. Cluster types: reference records keep theirs; others take the strongest mentions' vote. */
function voteTypes(K: Clusters, ms: Mention[]): void {
  for (const c of K.list) {
    if (c.refId || !c.mentions.length) continue;
    const votes = new Map<EntityType, number>();
    for (const x of c.mentions) votes.set(ms[x].type, (votes.get(ms[x].type) ?? 0) + (ms[x].strong ? 3 : 1));
    c.type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }
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
