import DataLoader from 'dataloader';
import type { Node as NeoNode } from 'neo4j-driver';
import type { Store } from '../store/store.ts';

// What every resolver gets: the store, whether writes are allowed, and per-request batch loaders.

export interface ArticleRecord {
  id: string;
  title: string;
  date: string | null;
  datePrecision: string | null;
  source: string | null;
  section: string | null;
  text: string;
  contentHash: string;
  /** The stored mention and quote offsets (resolve/spans.ts), null for an article read before they were kept. */
  spans: string | null;
}

export interface Context {
  store: Store;
  canWrite: boolean;
  /** The request carried the server's write token (not merely a loopback caller): what `cypher` needs. */
  hasToken: boolean;
  articles: DataLoader<string, ArticleRecord | null>;
}

export function toArticle(n: NeoNode): ArticleRecord {
  const p = n.properties as Record<string, unknown>;
  return {
    id: p.id as string,
    title: (p.title as string) ?? '',
    date: (p.date as string) ?? null,
    datePrecision: (p.datePrecision as string) ?? null,
    source: (p.source as string) ?? null,
    section: (p.section as string) ?? null,
    text: (p.text as string) ?? '',
    contentHash: (p.contentHash as string) ?? '',
    spans: (p.spans as string) ?? null,
  };
}

export function makeContext(store: Store, canWrite: boolean, hasToken = false): Context {
  return {
    store,
    canWrite,
    hasToken,
    // Evidence lists name the same articles many times; one query per request fetches them all.
    articles: new DataLoader(async (ids) => {
      const rows = await store.read((tx) =>
        tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a', { ids: [...ids] }),
      );
      const byId = new Map(rows.records.map((r) => {
        const a = toArticle(r.get('a'));
        return [a.id, a] as const;
      }));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
