import { createHash } from 'node:crypto';
import type { Extraction, ExtractedEntity, EntityType, RelationType } from '../extract/types.ts';
import type { ParsedArticle } from '../parse/article.ts';
import type { Tx } from '../store/store.ts';
import { lockResolution } from './lock.ts';
import { directLookup, type GraphEntity, type NodeLookup } from './lookup.ts';
import { aliasesBesides, entityKeys, fullestName, joinKeys, slug } from './names.ts';
import { GRAPH } from '../../schema/model.ts';
import { articleSpans, encodeSpans } from './spans.ts';

// The resolve stage: article-local entities become graph nodes, joining the ones already in the graph.

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  /** The node's name and aliases once this article is in: the fullest of all its forms, and the others. */
  name: string;
  aliases: string[];
  /** How this article wrote it (kept on MENTIONS, so that deleting an article can recompute the rest). */
  forms: string[];
  keys: string[];
  code: string | null;
  country: string | null;
  /** The reference id (or country code id) the node's id comes from, when it has one. */
  refId: string | null;
  count: number;
  adjectiveOnly: boolean;
  /** False when the node does not exist yet. */
  exists: boolean;
}

/**
 * Existing nodes that this article shows to be one entity, or a node whose id changes: `others` are merged
 * into `survivor`, which then takes the id `into` (the old ids stay as redirects).
 */
export interface NodeMerge {
  label: EntityType;
  into: string;
  survivor: string;
  others: string[];
  mentionCount: number;
}

export interface ResolvedStatement {
  id: string;
  text: string;
  sentence: string;
  speakerId: string | null;
  about: string[];
}

export interface ResolvedRelation {
  type: RelationType;
  source: string;
  target: string;
  title: string | null;
  sentence: string;
  /** This article's confidence in it, in [0, 1]: the highest of the statements that land on it. */
  confidence: number;
}

export interface CoOccurrence {
  a: string;
  b: string;
  weight: number;
  sentence: string;
}

export interface ResolvedArticle {
  article: ParsedArticle;
  /** Applied before the entities are written. */
  merges: NodeMerge[];
  entities: ResolvedEntity[];
  statements: ResolvedStatement[];
  relations: ResolvedRelation[];
  cooccurrences: CoOccurrence[];
  /** Where the text names each entity and quotes each statement (spans.ts), as the Article's `spans` property. */
  spans: string;
}

const ID_PREFIX: Record<EntityType, string> = GRAPH.idPrefixOf;

// Which node types each relation may join (schema/model.ts); anything else the extractor proposes is dropped.
const RELATION_ENDS = GRAPH.relationEnds;

function hash(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 20);
}

/** A statement's id: its article's and its text's, the same on every reading of that article. */
export const statementId = (articleId: string, text: string) => `statement:${hash(`${articleId}|${text}`)}`;

/** The id a reference record (or a country code) fixes, whatever the names. */
function fixedIdOf(e: ExtractedEntity): string | null {
  if (e.refId) return e.refId;
  if (e.type === 'Country' && e.code) return `country:${e.code.toUpperCase()}`;
  return null;
}

/** A node whose id comes from reference data rather than from its names. */
const isFixed = (n: GraphEntity) => n.reference || Boolean(n.refId);

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

class UnionFind {
  private parent: number[];
  constructor(
    n: number,
    /** Groups with two different fixed ids never join. */
    private fixed: (string | null)[],
  ) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  fixedOf(i: number): string | null {
    return this.fixed[this.find(i)];
  }
  /** The group of i takes this fixed id (a node with one that its name's id turned out to be). */
  fix(i: number, id: string): void {
    this.fixed[this.find(i)] = id;
  }
  /** Joins the groups of a and b unless they hold different fixed ids; true when they are one group after. */
  union(a: number, b: number): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return true;
    const [fa, fb] = [this.fixed[ra], this.fixed[rb]];
    if (fa && fb && fa !== fb) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.fixed[root] = fa ?? fb;
    return true;
  }
}

interface Local {
  e: ExtractedEntity;
  forms: string[];
  keys: string[];
  join: string[];
  fixed: string | null;
}

interface Group {
  root: number;
  type: EntityType;
  locals: Local[];
  nodes: GraphEntity[];
  fixed: string | null;
}

interface EntityResolution {
  merges: NodeMerge[];
  entities: ResolvedEntity[];
  idOfKey: Map<string, string>;
  unitOfKey: Map<string, number>;
}

function localEntity(e: ExtractedEntity): Local {
  const forms = [...new Set([e.name, ...e.aliases].filter(Boolean))];
  const keys = entityKeys(e.type, forms);
  return { e, forms, keys, join: joinKeys(keys), fixed: fixedIdOf(e) };
}

/** The article's own entities that share a key or a reference id are one (the extractor kept them apart). */
function joinLocals(locals: Local[]): UnionFind {
  const local = new UnionFind(locals.length, locals.map((l) => l.fixed));
  const firstWith = new Map<string, number>();
  locals.forEach((l, i) => {
    for (const k of [...l.join, ...(l.fixed ? [`=${l.fixed}`] : [])]) {
      const key = `${l.e.type}|${k}`;
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else local.union(j, i);
    }
  });
  return local;
}

/**
 * The nodes each joined entity (by its root) matches: by exact key, and the node of its reference id; with the
 * fixed id each root holds.
 */
async function matchNodes(
  lookup: NodeLookup,
  locals: Local[],
  local: UnionFind,
  roots: number[],
): Promise<{ nodesOf: Map<number, GraphEntity[]>; fixedOf: (string | null)[] }> {
  const rows = roots.map((g) => {
    const members = locals.filter((_, i) => local.find(i) === g);
    return { g, label: locals[g].e.type, keys: [...new Set(members.flatMap((l) => l.join))] };
  });
  const byKey = await lookup.byKeys(rows);
  const fixedIds = [...new Set(roots.map((g) => local.fixedOf(g)).filter((f): f is string => Boolean(f)))];
  const byFixed = await lookup.byIds(fixedIds);
  const nodesOf = new Map<number, GraphEntity[]>();
  const fixedOf: (string | null)[] = locals.map(() => null);
  for (const g of roots) {
    const type = locals[g].e.type;
    const own = local.fixedOf(g);
    const found = [...(byKey.get(g) ?? []), ...(own && byFixed.has(own) ? [byFixed.get(own)!] : [])].filter((n) =>
      n.labels.includes(type),
    );
    const unique = [...new Map(found.map((n) => [n.id, n])).values()];
    // At most one node with a fixed id: its own, else the smallest id among those the names match.
    const fixedNodes = unique.filter(isFixed).sort((a, b) => byCodePoint(a.id, b.id));
    const fixed = own ?? fixedNodes[0]?.id ?? null;
    nodesOf.set(g, unique.filter((n) => !isFixed(n) || n.id === fixed));
    fixedOf[g] = fixed;
  }
  return { nodesOf, fixedOf };
}

/** Entities that match one node are one group; a node two reference ids claim goes with the smaller. */
function claimNodes(roots: number[], nodesOf: Map<number, GraphEntity[]>, groups: UnionFind): void {
  const owner = new Map<string, number>();
  for (const g of roots) {
    for (const n of nodesOf.get(g)!) {
      const o = owner.get(n.id);
      if (o === undefined) owner.set(n.id, g);
      else if (!groups.union(o, g)) {
        const keep = byCodePoint(groups.fixedOf(o)!, groups.fixedOf(g)!) <= 0 ? o : g;
        const drop = keep === o ? g : o;
        nodesOf.set(drop, nodesOf.get(drop)!.filter((m) => m.id !== n.id));
        owner.set(n.id, keep);
      }
    }
  }
}

/** The groups as they stand: each with its article entities and the nodes they matched. */
function collectGroups(roots: number[], locals: Local[], local: UnionFind, groups: UnionFind, nodesOf: Map<number, GraphEntity[]>): Group[] {
  const byRoot = new Map<number, Group>();
  for (const g of roots) {
    const r = groups.find(g);
    const group = byRoot.get(r) ?? { root: r, type: locals[g].e.type, locals: [], nodes: [], fixed: groups.fixedOf(r) };
    group.locals.push(...locals.filter((_, i) => local.find(i) === g));
    for (const n of nodesOf.get(g)!) if (!group.nodes.some((m) => m.id === n.id)) group.nodes.push(n);
    byRoot.set(r, group);
  }
  return [...byRoot.values()];
}

function allForms(group: Group): string[] {
  return [...new Set([...group.nodes.flatMap((n) => [n.name, ...n.aliases]), ...group.locals.flatMap((l) => l.forms)].filter(Boolean))];
}

/** The id a group's node takes: its fixed id, else its type's prefix and the slug of its fullest name. */
function targetId(groups: UnionFind, group: Group): string {
  const fixed = groups.fixedOf(group.root);
  if (fixed) return fixed;
  return `${ID_PREFIX[group.type]}:${slug(fullestName(allForms(group))!)}`;
}

/**
 * Groups with the same id are one, joined in `groups`; returns the groups by id (the first of each id) and whether
 * any joined.
 */
function joinSameTargets(final: Group[], groups: UnionFind): { targets: Map<string, Group>; changed: boolean } {
  let changed = false;
  const targets = new Map<string, Group>();
  for (const group of final) {
    const t = targetId(groups, group);
    const other = targets.get(t);
    if (other) {
      if (groups.union(other.root, group.root)) changed = true;
    } else targets.set(t, group);
  }
  return { targets, changed };
}

/**
 * An id a group would take that another node already holds joins that node to the group (as a MERGE on the id
 * always did); ids already asked about are not asked again. True when a group took a node.
 */
async function adoptTakenIds(
  lookup: NodeLookup,
  targets: Map<string, Group>,
  checked: Set<string>,
  nodesOf: Map<number, GraphEntity[]>,
  groups: UnionFind,
): Promise<boolean> {
  const unknown = [...targets.entries()].filter(([t, group]) => !group.nodes.some((n) => n.id === t) && !checked.has(t));
  if (unknown.length === 0) return false;
  unknown.forEach(([t]) => checked.add(t));
  const taken = await lookup.byIds(unknown.map(([t]) => t));
  let changed = false;
  for (const [t, group] of unknown) {
    const n = taken.get(t);
    if (!n || !n.labels.includes(group.type)) continue;
    if (isFixed(n) && group.fixed && group.fixed !== n.id) continue;
    nodesOf.set(group.root, [...nodesOf.get(group.root)!, n]);
    if (isFixed(n) && !group.fixed) groups.fix(group.root, n.id);
    changed = true;
  }
  return changed;
}

/** The merge a group asks for: its nodes into the one that keeps (or takes) its id, when they are not that already. */
function mergeOf(group: Group, id: string): NodeMerge | null {
  if (group.nodes.length === 0) return null;
  const survivor =
    group.nodes.find((n) => n.id === id) ?? [...group.nodes].sort((a, b) => b.mentions - a.mentions || byCodePoint(a.id, b.id))[0];
  if (group.nodes.length === 1 && survivor.id === id) return null;
  return {
    label: group.type,
    into: id,
    survivor: survivor.id,
    others: group.nodes.filter((n) => n !== survivor).map((n) => n.id),
    mentionCount: group.nodes.reduce((s, n) => s + n.mentions, 0),
  };
}

function resolvedEntity(group: Group, id: string, unitOfKey: Map<string, number>): ResolvedEntity {
  const reference = group.nodes.find((n) => n.reference);
  const forms = allForms(group);
  const name = reference?.name ?? fullestName(forms)!;
  // How this article wrote it; when entities the article kept apart turn out to be one, the forms as a set
  // (sorted), as a later merge of their nodes would leave them.
  const units = new Set(group.locals.map((l) => unitOfKey.get(l.e.key)));
  const articleForms = [...new Set(group.locals.flatMap((l) => l.forms))];
  if (units.size > 1) articleForms.sort(byCodePoint);
  const countries = [...group.nodes.map((n) => n.country), ...group.locals.map((l) => l.e.country?.toUpperCase() ?? null)];
  return {
    id,
    type: group.type,
    name,
    aliases: aliasesBesides(name, forms),
    forms: articleForms,
    keys: [...new Set([...group.nodes.flatMap((n) => n.keys), ...group.locals.flatMap((l) => l.keys)])],
    code: group.nodes.find((n) => n.code)?.code ?? group.locals.find((l) => l.e.code)?.e.code?.toUpperCase() ?? null,
    country: reference ? reference.country : (countries.filter((c): c is string => Boolean(c)).sort(byCodePoint)[0] ?? null),
    refId: group.fixed ?? null,
    count: Math.max(1, group.locals.reduce((s, l) => s + l.e.sentences.length, 0)),
    adjectiveOnly: group.locals.every((l) => Boolean(l.e.adjectiveOnly)),
    exists: group.nodes.length > 0,
  };
}

/**
 * Which graph node each of the article's entities is, and which existing nodes it shows to be one.
 *
 * The rule, the same whatever order articles come in:
 * - Entities join across articles only on an exact key (`k_`: a full name or alias, folded; `b_`: a bare
 *   surname, which joins only other bare mentions of it, see entityKeys) or on a reference id. Joining is
 *   transitive: when an entity matches several nodes by exact keys, they are one entity and are merged.
 * - A node's id is its reference id (or country code), else `<type>:<slug of its fullest name>`, the
 *   fullest by compareFullness over every form known for it; its name follows the same rule (reference
 *   data names its own nodes) and its aliases are all the other forms, sorted.
 * - Nodes with two different reference ids never merge: a name that matches two reference records joins
 *   the one with the smaller id. An id that a name would take but another node already holds joins that
 *   node (as a MERGE on the id always did).
 */
async function resolveEntities(lookup: NodeLookup, x: Extraction): Promise<EntityResolution> {
  const locals = x.entities.map(localEntity);
  const local = joinLocals(locals);
  const roots = [...new Set(locals.map((_, i) => local.find(i)))];
  const { nodesOf, fixedOf } = await matchNodes(lookup, locals, local, roots);

  // Entities that match one node are one; repeat while an id a group would take belongs to another node.
  const groups = new UnionFind(locals.length, fixedOf);
  const checked = new Set<string>();
  let final: Group[] = [];
  for (let round = 0; round < 10; round++) {
    claimNodes(roots, nodesOf, groups);
    final = collectGroups(roots, locals, local, groups, nodesOf);
    const { targets, changed } = joinSameTargets(final, groups);
    if (changed) continue;
    if (!(await adoptTakenIds(lookup, targets, checked, nodesOf, groups))) break;
  }

  const merges: NodeMerge[] = [];
  const entities: ResolvedEntity[] = [];
  const idOfKey = new Map<string, string>();
  const unitOfKey = new Map(locals.map((l, i) => [l.e.key, local.find(i)]));
  for (const group of final) {
    const id = targetId(groups, group);
    const merge = mergeOf(group, id);
    if (merge) merges.push(merge);
    entities.push(resolvedEntity(group, id, unitOfKey));
    for (const l of group.locals) idOfKey.set(l.e.key, id);
  }
  return { merges, entities, idOfKey, unitOfKey };
}

/** What resolving an extraction may read: its entities' join keys, and the ids their reference data or names give. */
export function lookupNeeds(x: Extraction): { keys: string[]; ids: string[] } {
  const keys: string[] = [];
  const ids: string[] = [];
  for (const e of x.entities) {
    const forms = [...new Set([e.name, ...e.aliases].filter(Boolean))];
    keys.push(...joinKeys(entityKeys(e.type, forms)));
    const fixed = fixedIdOf(e);
    const name = fullestName(forms);
    if (fixed) ids.push(fixed);
    if (name) ids.push(`${ID_PREFIX[e.type]}:${slug(name)}`);
  }
  return { keys, ids };
}

/** One article against the graph as it is, taking the resolution lock first (see lock.ts). */
export async function resolveArticle(tx: Tx, article: ParsedArticle, x: Extraction): Promise<ResolvedArticle> {
  await lockResolution(tx);
  return resolveWith(directLookup(tx), article, x);
}

/** One article against the nodes a lookup finds (the caller holds the resolution lock). */
export async function resolveWith(lookup: NodeLookup, article: ParsedArticle, x: Extraction): Promise<ResolvedArticle> {
  const { merges, entities, idOfKey, unitOfKey } = await resolveEntities(lookup, x);
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const sentenceText = (i: number) => x.sentences[i]?.text ?? '';

  const statements: ResolvedStatement[] = x.statements.map((s) => {
    const speakerId = s.speaker ? idOfKey.get(s.speaker) ?? null : null;
    const speakerType = speakerId ? typeOf.get(speakerId) : undefined;
    return {
      id: statementId(article.id, s.text),
      text: s.text,
      sentence: sentenceText(s.sentence),
      speakerId: speakerType === 'Person' || speakerType === 'Organisation' ? speakerId : null,
      about: [...new Set(s.about.map((k) => idOfKey.get(k)).filter((id): id is string => Boolean(id)))],
    };
  });
  const uniqueStatements = [...new Map(statements.map((s) => [s.id, s])).values()];

  // One relation per (type, ends, title) and per pair of the article's own entities, its first sentence the
  // evidence; several that land on one pair of nodes (entities the article kept apart, one node in the graph)
  // keep the smallest evidence sentence, as a later merge of their nodes would (see write/merge.ts), and the
  // highest confidence (an article says a thing as strongly as its strongest sentence).
  const relations = new Map<string, ResolvedRelation>();
  const seen = new Set<string>();
  for (const r of x.relations) {
    const source = idOfKey.get(r.source);
    const target = idOfKey.get(r.target);
    if (!source || !target || source === target) continue;
    const [from, to] = RELATION_ENDS[r.type];
    if (!from.includes(typeOf.get(source)!) || !to.includes(typeOf.get(target)!)) continue;
    const title = r.type === 'HAS_ROLE' ? (r.title ?? '').trim().toLowerCase() || 'rolle' : null;
    const key = `${r.type}|${source}|${target}|${title ?? ''}`;
    const unitKey = `${key}|${unitOfKey.get(r.source)}|${unitOfKey.get(r.target)}`;
    if (seen.has(unitKey)) continue;
    seen.add(unitKey);
    const sentence = sentenceText(r.sentence);
    const confidence = Number.isFinite(r.confidence) ? Math.min(1, Math.max(0, r.confidence)) : 0.5;
    const prev = relations.get(key);
    if (!prev) relations.set(key, { type: r.type, source, target, title, sentence, confidence });
    else {
      if (sentence < prev.sentence) prev.sentence = sentence;
      if (confidence > prev.confidence) prev.confidence = confidence;
    }
  }

  return {
    article,
    merges,
    entities,
    statements: uniqueStatements,
    relations: [...relations.values()],
    cooccurrences: cooccurrences(x, idOfKey, unitOfKey),
    spans: encodeSpans(articleSpans(x, idOfKey, typeOf, statements.map((s) => s.id))),
  };
}

/**
 * Entities named in one sentence, counted per pair of the article's own entities (its first such sentence the
 * evidence) and summed per pair of nodes (then the smallest of their evidence sentences). Entities the article
 * kept apart that are one node count as a later merge of their nodes counts them, whichever came first.
 */
function cooccurrences(x: Extraction, idOfKey: Map<string, string>, unitOfKey: Map<string, number>): CoOccurrence[] {
  const bySentence = new Map<number, Set<number>>();
  const idOfUnit = new Map<number, string>();
  for (const e of x.entities) {
    const unit = unitOfKey.get(e.key)!;
    idOfUnit.set(unit, idOfKey.get(e.key)!);
    for (const s of e.sentences) {
      const set = bySentence.get(s) ?? new Set<number>();
      set.add(unit);
      bySentence.set(s, set);
    }
  }
  const unitPairs = new Map<string, { a: string; b: string; weight: number; sentence: string }>();
  for (const [s, units] of [...bySentence.entries()].sort((p, q) => p[0] - q[0])) {
    const list = [...units].sort((p, q) => p - q);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [idOfUnit.get(list[i])!, idOfUnit.get(list[j])!].sort();
        if (a === b) continue;
        const key = `${list[i]}|${list[j]}`;
        const p = unitPairs.get(key);
        if (p) p.weight += 1;
        else unitPairs.set(key, { a, b, weight: 1, sentence: x.sentences[s]?.text ?? '' });
      }
    }
  }
  const pairs = new Map<string, CoOccurrence>();
  for (const u of unitPairs.values()) {
    const key = `${u.a}|${u.b}`;
    const p = pairs.get(key);
    if (!p) pairs.set(key, { ...u });
    else {
      p.weight += u.weight;
      if (u.sentence < p.sentence) p.sentence = u.sentence;
    }
  }
  return [...pairs.values()];
}
