import { int } from 'neo4j-driver';
import type { NodeMerge } from '../resolve/resolve.ts';
import type { Tx } from '../store/store.ts';
import { edgeId, EVIDENCE_TYPES } from '../store/edge-key.ts';
import { TEXT_RELATIONS } from './cypher.ts';
import { REFRESH_FROM_EVIDENCE, rekeyEvidence } from './evidence.ts';
import { deleteNode } from '../store/delete-node.ts';

// Nodes that resolution found to be one entity become one, and a node whose id changes moves to its new id,
// inside the article's transaction. The old ids stay as (:Redirect {from, to}) nodes, outside :Node, so that
// old links still find the entity; redirects are identity, not facts, and outlive the articles that made them.
//
// There is no APOC here: relationships are moved per type, with the types from fixed tables (a type is never a
// parameter in Cypher), and their properties merged in code.

/** Every relationship type that may touch an entity. */
const ENTITY_RELATIONS = ['MENTIONS', 'SAID', 'ABOUT', ...TEXT_RELATIONS, 'CO_OCCURS'] as const;
type EntityRelation = (typeof ENTITY_RELATIONS)[number];

interface Edge {
  element: string;
  type: EntityRelation;
  s: string;
  t: string;
  props: Record<string, unknown>;
}

const EDGE_FIELDS = 'elementId(r) AS element, type(r) AS type, startNode(r).id AS s, endNode(r).id AS t, properties(r) AS props';

function toEdges(records: { get(k: string): unknown }[]): Edge[] {
  return records.map((r) => {
    const type = r.get('type') as string;
    if (!(ENTITY_RELATIONS as readonly string[]).includes(type)) {
      // Refuse rather than drop a kind of fact this code does not know how to move.
      throw new Error(`Cannot merge entities joined by a ${type} relationship`);
    }
    return {
      element: r.get('element') as string,
      type: type as EntityRelation,
      s: r.get('s') as string,
      t: r.get('t') as string,
      props: r.get('props') as Record<string, unknown>,
    };
  });
}

/** Properties that are floats even when whole (a confidence of 1): they stay JavaScript numbers, written as floats. */
const FLOATS = new Set(['confidence', 'confidenceValues']);

/** Integer-valued numbers back to Neo4j integers (the driver hands them out as JavaScript numbers). */
function integers(props: Record<string, unknown>): Record<string, unknown> {
  const fix = (v: unknown): unknown =>
    typeof v === 'number' && Number.isInteger(v) ? int(v) : Array.isArray(v) ? v.map(fix) : v;
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, FLOATS.has(k) ? v : fix(v)]));
}

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/**
 * One relationship's properties from several that the merge lays on top of each other: counts summed, forms
 * unioned, reference if any is. What an edge derives from its evidence (articleCount, confidence, CO_OCCURS
 * weight) is recomputed from the evidence once it is filed under the new key.
 */
export function mergeProperties(type: EntityRelation, all: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...all[0] };
  for (const p of all.slice(1)) {
    for (const [k, v] of Object.entries(p)) if (!(k in out)) out[k] = v;
    if ('reference' in out || 'reference' in p) out.reference = Boolean(out.reference) || Boolean(p.reference);
    if (type === 'MENTIONS') {
      out.count = Number(out.count ?? 0) + Number(p.count ?? 0);
      // One article's mentions of what it took for two entities: its forms as a set, sorted.
      out.forms = [...new Set([...list<string>(out.forms), ...list<string>(p.forms)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      out.adjectiveOnly = Boolean(out.adjectiveOnly) && Boolean(p.adjectiveOnly);
    }
  }
  return out;
}

const hasEvidence = (type: string) => (EVIDENCE_TYPES as readonly string[]).includes(type);
const keyOf = (type: string, s: string, t: string, props: Record<string, unknown>) =>
  edgeId(type, s, t, type === 'HAS_ROLE' ? (props.title as string | undefined) ?? null : null);

/** Carries out one merge (see NodeMerge): relationships moved and merged, the others removed, redirects kept. */
async function applyMerge(tx: Tx, m: NodeMerge): Promise<void> {
  const renamed = m.survivor !== m.into;
  const inMerge = new Set([m.survivor, ...m.others]);
  const moved = m.others.length
    ? toEdges(
        (
          await tx.run(`MATCH (x:Node) WHERE x.id IN $ids MATCH (x)-[r]-(:Node) RETURN DISTINCT ${EDGE_FIELDS}`, {
            ids: m.others,
          })
        ).records,
      )
    : [];
  // The survivor's own relationships that a moved one may land on, and (when its id changes) those with evidence,
  // whose keys name it (co-occurrences also run from the smaller id to the greater).
  const ends = [...new Set(moved.flatMap((e) => [e.s, e.t]).filter((id) => !inMerge.has(id)))];
  const own = toEdges(
    (
      await tx.run(
        `MATCH (s:Node {id: $survivor})-[r]-(o:Node)
         WHERE o.id IN $ends OR ($renamed AND type(r) IN $evidenceTypes)
         RETURN DISTINCT ${EDGE_FIELDS}`,
        { survivor: m.survivor, ends, renamed, evidenceTypes: EVIDENCE_TYPES },
      )
    ).records,
  );
  const edges = [...new Map([...own, ...moved].map((e) => [e.element, e])).values()];
  const to = (id: string) => (inMerge.has(id) ? m.into : id);
  const groups = new Map<string, { type: EntityRelation; s: string; t: string; props: Record<string, unknown>[] }>();
  // Where each edge's evidence goes: the key of the edge it becomes, or nowhere (a self-loop).
  const moves = new Map<string, string | null>();
  for (const e of edges) {
    let [s, t] = [to(e.s), to(e.t)];
    if (e.type === 'CO_OCCURS' && s > t) [s, t] = [t, s];
    const key = keyOf(e.type, s, t, e.props);
    if (hasEvidence(e.type)) moves.set((e.props.key as string | undefined) ?? keyOf(e.type, e.s, e.t, e.props), s === t ? null : key);
    if (s === t) continue; // a merge makes no self-loops
    const g = groups.get(key) ?? { type: e.type, s, t, props: [] };
    g.props.push(e.props);
    groups.set(key, g);
  }

  if (edges.length) {
    await tx.run('UNWIND $elements AS el MATCH ()-[r]->() WHERE elementId(r) = el DELETE r', {
      elements: edges.map((e) => e.element),
    });
  }
  await rekeyEvidence(tx, moves);
  if (m.others.length) await tx.run(`MATCH (x:Node) WHERE x.id IN $ids ${deleteNode('x')}`, { ids: m.others });
  await tx.run('MATCH (n:Node {id: $survivor}) SET n.id = $into, n.mentionCount = $mentionCount', {
    survivor: m.survivor,
    into: m.into,
    mentionCount: int(m.mentionCount),
  });
  for (const type of ENTITY_RELATIONS) {
    const rows = [...groups.entries()]
      .filter(([, g]) => g.type === type)
      .map(([key, g]) => ({ s: g.s, t: g.t, props: integers({ ...mergeProperties(type, g.props), ...(hasEvidence(type) ? { key } : {}) }) }));
    if (rows.length === 0) continue;
    await tx.run(
      `UNWIND $rows AS row
       MATCH (s:Node {id: row.s})
       MATCH (t:Node {id: row.t})
       CREATE (s)-[x:${type}]->(t)
       SET x = row.props
       ${hasEvidence(type) ? `WITH x ${REFRESH_FROM_EVIDENCE}` : ''}`,
      { rows },
    );
  }

  // Old ids lead to the new one; redirects to an old id follow it (no chains); the new id is a live node.
  const old = [...inMerge].filter((id) => id !== m.into);
  await tx.run(
    `UNWIND $old AS from
     MERGE (r:Redirect {from: from})
     SET r.to = $into`,
    { old, into: m.into },
  );
  await tx.run('MATCH (r:Redirect) WHERE r.to IN $old SET r.to = $into', { old, into: m.into });
  await tx.run(`MATCH (r:Redirect {from: $into}) ${deleteNode('r')}`, { into: m.into });
}

export async function applyMerges(tx: Tx, merges: NodeMerge[]): Promise<void> {
  for (const m of merges) await applyMerge(tx, m);
}

/** An id that is a live node again is no longer a redirect. */
export async function dropRedirectsFrom(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length) await tx.run(`UNWIND $ids AS id MATCH (r:Redirect {from: id}) ${deleteNode('r')}`, { ids });
}
