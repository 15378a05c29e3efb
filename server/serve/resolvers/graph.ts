import { int, type Node as NeoNode, type Path } from 'neo4j-driver';
import { evidenceOf } from '../../store/queries/evidence.ts';
import type { Store } from '../../store/store.ts';
import { badInput, capped, MAX } from '../limits.ts';
import { dayRange, docInRange, edgeInRange } from './timeline.ts';
import { ARTICLE_SAMPLE, articleOfEnds, LABEL_OF_NODE_TYPE, relPattern, toGraphEdge, toGraphNode, type GraphEdge, type GraphNode } from '../mapping.ts';
import { GRAPH } from '../../../schema/model.ts';
import { foldDiacritics } from '../../text/fold.ts';

// search, neighbourhood and paths: the reads that draw the canvas.

const ENTITY_TYPES = GRAPH.entityLabels.map((l) => GRAPH.nodeTypeOfLabel[l]);
const DEFAULT_RELATIONS = GRAPH.drawnByDefault;

/**
 * Lucene query from free text: every term must match exactly or as a prefix, and with `fuzzy` within one edit. Terms
 * are folded as the index's analyser folds names, since wildcard and fuzzy terms are not analysed.
 */
export function luceneQuery(text: string, fuzzy = true): string | null {
  const terms = foldDiacritics(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ') // all Lucene syntax becomes plain separators
    .split(/\s+/)
    .filter((t) => t && !['and', 'or', 'not', 'to'].includes(t));
  if (terms.length === 0) return null;
  return terms
    .slice(0, 8)
    .map((t) => {
      // One edit covers transliterations (Tokajev/Tokayev); two edits cost Lucene ten times as much.
      const near = fuzzy && t.length >= 4 ? `${t}~1` : null;
      return `(${[`${t}^4`, `${t}*^2`, near].filter(Boolean).join(' OR ')})`;
    })
    .join(' AND ');
}

export async function search(store: Store, args: { text: string; types?: string[] | null; first?: number | null }): Promise<GraphNode[]> {
  if (args.text.length > MAX.searchText) throw badInput(`text must be at most ${MAX.searchText} characters`, { maximum: MAX.searchText });
  const first = capped('first', args.first, 10, MAX.searchFirst);
  const exactQuery = luceneQuery(args.text, false);
  if (!exactQuery) return [];
  const types = args.types?.length ? args.types : ENTITY_TYPES;
  const labels = types.map((t) => LABEL_OF_NODE_TYPE[t]);
  const wantEntities = types.some((t) => ENTITY_TYPES.includes(t));
  const wantDocs = types.includes('STATEMENT') || types.includes('ARTICLE');
  // Fuzzy terms cost Lucene several times more: they run only when exact and prefix matches find nothing.
  const run = (query: string) => store.read(async (tx) => {
    const found: { node: NeoNode; score: number }[] = [];
    for (const [index, wanted] of [['entity_names', wantEntities], ['document_text', wantDocs]] as const) {
      if (!wanted) continue;
      const res = await tx.run(
        `CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
         WHERE any(l IN labels(node) WHERE l IN $labels)
         // A name or alias that is exactly the text outranks names that merely contain it.
         WITH node, score + log10(1 + coalesce(node.mentionCount, 0)) * 0.1
              + CASE WHEN toLower(coalesce(node.name, '')) = $exact OR $exact IN [a IN coalesce(node.aliases, []) | toLower(a)]
                THEN 1000 ELSE 0 END AS score
         RETURN node, score
         ORDER BY score DESC LIMIT $first`,
        { index, query, labels, exact: args.text.trim().toLowerCase(), first: int(first), limit: int(first * 4) },
      );
      for (const r of res.records) found.push({ node: r.get('node'), score: r.get('score') });
    }
    return found.sort((a, b) => b.score - a.score).slice(0, first).map((f) => toGraphNode(f.node));
  });
  const exact = await run(exactQuery);
  return exact.length > 0 ? exact : run(luceneQuery(args.text, true)!);
}

interface NeighbourhoodArgs {
  ids: string[];
  depth?: number | null;
  relationTypes?: string[] | null;
  limit?: number | null;
  minWeight?: number | null;
  from?: string | null;
  to?: string | null;
}

// Whether a relationship x (from n to its far node m) and m count under the date range and minimum weight.
const EDGE_FILTER = `
  ($minWeight IS NULL OR type(x) <> 'CO_OCCURS' OR x.weight >= $minWeight)
  AND ${edgeInRange('x', 'n', 'm')}`;
const NODE_FILTER = docInRange('m');

/** The newest of an edge's articles (GraphEdge.articleIds), null for an edge without evidence of its own. */
const ARTICLE_SAMPLE_OF_X = `CASE WHEN x.key IS NULL THEN null ELSE COLLECT {
    MATCH (ev:Evidence {key: x.key}) WITH ev ORDER BY coalesce(ev.date, '') DESC, ev.articleId LIMIT $sample
    RETURN ev.articleId } END`;

export async function neighbourhood(store: Store, args: NeighbourhoodArgs): Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }> {
  const depth = capped('depth', args.depth, 1, MAX.neighbourhoodDepth, 0);
  const limit = capped('limit', args.limit, 200, MAX.neighbourhoodLimit);
  if (args.ids.length > MAX.neighbourhoodIds) throw badInput(`ids may hold at most ${MAX.neighbourhoodIds} ids`, { maximum: MAX.neighbourhoodIds });
  const minWeight = args.minWeight ?? null;
  const range = dayRange(args.from, args.to);
  const pattern = relPattern(args.relationTypes?.length ? args.relationTypes : DEFAULT_RELATIONS);
  return store.read(async (tx) => {
    const params = { minWeight, ...range };
    const start = await tx.run('UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id', { ids: args.ids });
    const ids = new Set<string>(start.records.map((r) => r.get('id') as string));
    let frontier = [...ids];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length && !truncated; level++) {
      const room = limit - ids.size;
      const res = await tx.run(
        `UNWIND $frontier AS fid
         MATCH (n:Node {id: fid})
         CALL {
           WITH n
           MATCH (n)-[x${pattern}]-(m:Node)
           WHERE ${EDGE_FILTER} AND ${NODE_FILTER}
           // Distinct first, so that a neighbour reached twice counts once against the cap; a hub's
           // neighbours are sampled before ranking, so that one country never sorts 100,000 rows.
           WITH DISTINCT m LIMIT $scan
           RETURN m.id AS mid
           ORDER BY coalesce(m.mentionCount, 0) DESC
           LIMIT $perNode
         }
         RETURN DISTINCT mid`,
        { ...params, frontier, perNode: int(room + 1), scan: int(Math.max(1000, (room + 1) * 4)) },
      );
      const next: string[] = [];
      for (const r of res.records) {
        const id = r.get('mid') as string;
        if (ids.has(id)) continue;
        if (ids.size >= limit) {
          truncated = true;
          break;
        }
        ids.add(id);
        next.push(id);
      }
      frontier = next;
    }
    const all = [...ids];
    // Only what the canvas draws: no article text, no evidence sentences.
    const nodes = await tx.run(
      `UNWIND $all AS id MATCH (n:Node {id: id})
       RETURN labels(n) AS labels, n {.id, .name, .title, .code, .aliases, text: left(n.text, 120)} AS properties,
              // the figure the writer keeps exact (write/entity-stats.ts); counted only where not yet filled in
              CASE WHEN n:Entity THEN coalesce(n.articleCount, COUNT { (n)<-[:MENTIONS]-() }) END AS articleCount`,
      { all },
    );
    const edges = await tx.run(
      `UNWIND $all AS id
       MATCH (n:Node {id: id})-[x${pattern}]->(m:Node)
       WHERE m.id IN $all AND ${EDGE_FILTER}
       RETURN type(x) AS type, x {.title, .weight, .count, .reference, .articleCount, .confidence} AS properties,
              ${ARTICLE_SAMPLE_OF_X} AS sample, n.id AS s, m.id AS t,
              [z IN [n, m] WHERE z:Article | z.id] + [z IN [n, m] WHERE z:Statement | z.articleId] AS endArticles
       LIMIT $edgeLimit`,
      { ...params, all, edgeLimit: int(limit * 10), sample: int(ARTICLE_SAMPLE) },
    );
    return {
      nodes: nodes.records.map((r) => ({
        ...toGraphNode({ labels: r.get('labels'), properties: r.get('properties') }),
        articleCount: r.get('articleCount') === null ? null : Number(r.get('articleCount')),
      })),
      edges: edges.records.map((r) =>
        toGraphEdge({ type: r.get('type'), properties: r.get('properties') }, r.get('s'), r.get('t'), r.get('endArticles'), r.get('sample')),
      ),
      truncated,
    };
  });
}

export async function paths(
  store: Store,
  args: { from: string; to: string; maxLength?: number | null; relationTypes?: string[] | null; first?: number | null },
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }> {
  // A validated integer, not request text: variable-length bounds cannot be Cypher parameters.
  const maxLength = capped('maxLength', args.maxLength, 4, MAX.pathLength);
  const first = capped('first', args.first, 5, MAX.pathsFirst);
  const pattern = relPattern(args.relationTypes?.length ? args.relationTypes : DEFAULT_RELATIONS);
  if (args.from === args.to) {
    // A node is its own path of length 0 (Neo4j's shortest-path search refuses equal ends).
    const self = await store.read((tx) => tx.run('MATCH (n:Node {id: $id}) RETURN n', { id: args.from }));
    return { nodes: self.records.map((r) => toGraphNode(r.get('n'))), edges: [], truncated: false };
  }
  return store.read(async (tx) => {
    const res = await tx.run(
      `MATCH (a:Node {id: $from}), (b:Node {id: $to})
       MATCH p = allShortestPaths((a)-[${pattern}*..${maxLength}]-(b))
       RETURN p LIMIT $first`,
      { from: args.from, to: args.to, first: int(first) },
    );
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    const keys = res.records.flatMap((r) => (r.get('p') as Path).segments.map((seg) => seg.relationship.properties.key as string | undefined));
    const samples = await evidenceOf(tx, keys.filter((k): k is string => Boolean(k)), ARTICLE_SAMPLE);
    for (const r of res.records) {
      const p = r.get('p') as Path;
      for (const seg of p.segments) {
        for (const n of [seg.start, seg.end]) nodes.set(n.properties.id, toGraphNode(n));
        const rel = seg.relationship;
        const forward = rel.startNodeElementId === seg.start.elementId;
        const [s, t] = forward ? [seg.start, seg.end] : [seg.end, seg.start];
        const sample = samples.get(rel.properties.key as string)?.map((ev) => ev.articleId) ?? null;
        const e = toGraphEdge(rel, s.properties.id, t.properties.id, articleOfEnds(s, t), sample);
        edges.set(e.id, e);
      }
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: res.records.length >= first };
  });
}
