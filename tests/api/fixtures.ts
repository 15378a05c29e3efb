import type { Running } from '../../server/app.ts';
import { gql } from '../support/graph.ts';

// Small articles whose extraction is known (troops, party roles, quotes), and the calls the list tests share.

export const ARTICLES = {
  stoltenberg: {
    source: 'NTB',
    text: ` date 2022-01-06 utenriks

Russland og Hviterussland sender soldater til Kasakhstan, melder NTB.

– Vi følger situasjonen i Ukraina og Kasakhstan nøye, og Nato står samlet, sier Natos generalsekretær Jens Stoltenberg til NTB.

Statsminister Erna Solberg (H) sier at Norge støtter Nato i denne saken.`,
  },
  polen: {
    source: 'NRK',
    text: ` date 2022-02-20

Nato-landet Polen sender soldater til Litauen, skriver NRK.

– Russland må trekke styrkene bort fra grensen til Ukraina, sier stortingsrepresentant Jonas Gahr Støre (Ap) til NRK.

Ivar Dale i Den norske Helsingforskomité sier at Nato må stå samlet om Ukraina.`,
  },
};

/** Loads an article through the API; its id. */
export async function load(app: Running, a: { text: string; source?: string; date?: string }): Promise<string> {
  const r = await gql(app.url, 'mutation($t: String!, $s: String, $d: String) { ingestArticle(text: $t, source: $s, date: $d) { article { id } } }', {
    t: a.text,
    s: a.source ?? null,
    d: a.date ?? null,
  });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.ingestArticle.article.id;
}

export interface PageInfo {
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** One page of a list field; fails the test on any GraphQL error. */
export async function page<N>(app: Running, field: string, args: string, selection: string, variables: Record<string, unknown> = {}): Promise<Connection<N>> {
  const decl = Object.keys(variables).length ? `(${Object.keys(variables).map((k) => `$${k}: ${VAR_TYPES[k]}`).join(', ')})` : '';
  const r = await gql(app.url, `query${decl} { ${field}${args ? `(${args})` : ''} { totalCount pageInfo { startCursor endCursor hasNextPage hasPreviousPage } edges { cursor node { ${selection} } } } }`, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data[field];
}

const VAR_TYPES: Record<string, string> = { after: 'String', before: 'String', first: 'Int', last: 'Int' };

/** Every node of a list, page by page forward (first/after). */
export async function walkForward<N>(app: Running, field: string, args: string, selection: string, size: number, between?: (pageNo: number) => Promise<void>): Promise<N[]> {
  const out: N[] = [];
  let after: string | null = null;
  for (let pageNo = 0; pageNo < 1000; pageNo++) {
    const p: Connection<N> = await page<N>(app, field, [args, 'first: $first, after: $after'].filter(Boolean).join(', '), selection, { first: size, after });
    out.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage) return out;
    after = p.pageInfo.endCursor;
    await between?.(pageNo);
  }
  throw new Error('too many pages');
}

/** Every node of a list, page by page backward (last/before), in list order. */
export async function walkBackward<N>(app: Running, field: string, args: string, selection: string, size: number): Promise<N[]> {
  const pages: N[][] = [];
  let before: string | null = null;
  for (let pageNo = 0; pageNo < 1000; pageNo++) {
    const p: Connection<N> = await page<N>(app, field, [args, 'last: $last, before: $before'].filter(Boolean).join(', '), selection, { last: size, before });
    pages.unshift(p.edges.map((e) => e.node));
    if (!p.pageInfo.hasPreviousPage) return pages.flat();
    before = p.pageInfo.startCursor;
  }
  throw new Error('too many pages');
}
