import type { Tx } from '../store/store.ts';

// How resolution finds the graph's nodes: by join key and by id. One article asks the graph directly; a batch asks
// once for all its articles' names and then answers from what it read, kept up to date with what each resolved
// article will write, so that the batch's later articles see its earlier ones as they would after writing them.

/** An entity node in the graph, as resolution needs it. */
export interface GraphEntity {
  id: string;
  labels: string[];
  name: string;
  aliases: string[];
  keys: string[];
  reference: boolean;
  refId: string | null;
  mentions: number;
  country: string | null;
  code: string | null;
}

export interface KeyQuery {
  g: number;
  label: string;
  keys: string[];
}

export interface NodeLookup {
  /** The nodes of each row's label that hold one of its keys (every one of them, not the best few). */
  byKeys(rows: KeyQuery[]): Promise<Map<number, GraphEntity[]>>;
  /** The nodes with these ids (those that exist). */
  byIds(ids: string[]): Promise<Map<string, GraphEntity>>;
}

const NODE_FIELDS = `{.id, .name, .aliases, .keys, .reference, .refId, .country, .code, labels: labels(n),
  mentions: coalesce(n.mentionCount, 0)}`;

function toGraphEntity(m: Record<string, unknown>): GraphEntity {
  return {
    id: m.id as string,
    labels: (m.labels as string[]) ?? [],
    name: (m.name as string) ?? '',
    aliases: (m.aliases as string[]) ?? [],
    keys: (m.keys as string[]) ?? [],
    reference: Boolean(m.reference),
    refId: (m.refId as string) ?? null,
    mentions: (m.mentions as number) ?? 0,
    country: (m.country as string) ?? null,
    code: (m.code as string) ?? null,
  };
}

/** Keys per index query: one search for many keys costs about what one for a single key does. */
const KEYS_PER_QUERY = 64;

/** Entity nodes holding any of these keys, once per key they hold (the index matches whole tokens: checked here). */
async function readByKeys(tx: Tx, keys: string[]): Promise<{ key: string; node: GraphEntity }[]> {
  if (keys.length === 0) return [];
  const queries: string[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) queries.push(keys.slice(i, i + KEYS_PER_QUERY).join(' OR '));
  const res = await tx.run(
    `UNWIND $queries AS query
     CALL db.index.fulltext.queryNodes('entity_keys', query) YIELD node
     WITH DISTINCT node AS n
     RETURN n ${NODE_FIELDS} AS n`,
    { queries },
  );
  const wanted = new Set(keys);
  return res.records.flatMap((r) => {
    const node = toGraphEntity(r.get('n'));
    return node.keys.filter((k) => wanted.has(k)).map((key) => ({ key, node }));
  });
}

async function readByIds(tx: Tx, ids: string[]): Promise<GraphEntity[]> {
  if (ids.length === 0) return [];
  const res = await tx.run(`UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n ${NODE_FIELDS} AS n`, { ids });
  return res.records.map((r) => toGraphEntity(r.get('n')));
}

/** Straight to the graph, for one article. */
export function directLookup(tx: Tx): NodeLookup {
  return {
    async byKeys(rows) {
      const found = await readByKeys(tx, [...new Set(rows.flatMap((r) => r.keys))]);
      return answerByKeys(rows, (key) => found.filter((f) => f.key === key).map((f) => f.node));
    },
    async byIds(ids) {
      return new Map((await readByIds(tx, [...new Set(ids)])).map((n) => [n.id, n]));
    },
  };
}

function answerByKeys(rows: KeyQuery[], nodesWith: (key: string) => GraphEntity[]): Map<number, GraphEntity[]> {
  const out = new Map<number, GraphEntity[]>();
  for (const row of rows) {
    const found = new Map<string, GraphEntity>();
    for (const key of row.keys) for (const n of nodesWith(key)) if (n.labels.includes(row.label)) found.set(n.id, n);
    if (found.size) out.set(row.g, [...found.values()]);
  }
  return out;
}

/**
 * A batch's view of the graph: what was read once, with the batch's own changes laid over it (a node a resolved
 * article creates or changes, the nodes a merge removes). Whatever it has not read yet it reads on demand.
 */
export class BatchLookup implements NodeLookup {
  /** Every node read or changed so far; null where the batch knows there is none (absent, or merged away). */
  private readonly nodes = new Map<string, GraphEntity | null>();
  /** The ids under each key read so far (a node's current keys decide whether it still holds it). */
  private readonly idsByKey = new Map<string, Set<string>>();

  constructor(private readonly tx: Tx) {}

  /** Reads at once every node the batch's keys and ids may need: one query each. */
  async prefetch(keys: string[], ids: string[]): Promise<void> {
    await Promise.all([this.fetchKeys(keys), this.fetchIds(ids)]);
  }

  async byKeys(rows: KeyQuery[]): Promise<Map<number, GraphEntity[]>> {
    await this.fetchKeys(rows.flatMap((r) => r.keys));
    return answerByKeys(rows, (key) =>
      [...(this.idsByKey.get(key) ?? [])]
        .map((id) => this.nodes.get(id))
        .filter((n): n is GraphEntity => Boolean(n) && n!.keys.includes(key)),
    );
  }

  async byIds(ids: string[]): Promise<Map<string, GraphEntity>> {
    await this.fetchIds(ids);
    const out = new Map<string, GraphEntity>();
    for (const id of ids) {
      const n = this.nodes.get(id);
      if (n) out.set(id, n);
    }
    return out;
  }

  /** What a resolved article makes of a node: it now is `node` (created or changed). */
  put(node: GraphEntity): void {
    this.nodes.set(node.id, node);
    for (const key of node.keys) this.keyed(key).add(node.id);
  }

  /** A node the article merges away (or whose id moves): gone from the batch's view. */
  remove(id: string): void {
    this.nodes.set(id, null);
  }

  /** The node as the batch sees it, if it has read or made it. */
  known(id: string): GraphEntity | null | undefined {
    return this.nodes.get(id);
  }

  private keyed(key: string): Set<string> {
    let set = this.idsByKey.get(key);
    if (!set) this.idsByKey.set(key, (set = new Set()));
    return set;
  }

  private async fetchKeys(keys: string[]): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.idsByKey.has(k));
    for (const key of missing) this.keyed(key);
    for (const { key, node } of await readByKeys(this.tx, missing)) {
      // A node the batch already knows is as the batch left it, not as the graph still has it.
      if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
      this.keyed(key).add(node.id);
    }
  }

  private async fetchIds(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.nodes.has(id));
    const found = new Map((await readByIds(this.tx, missing)).map((n) => [n.id, n]));
    for (const id of missing) this.nodes.set(id, found.get(id) ?? null);
  }
}
