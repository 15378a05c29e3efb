// The GraphQL operations the explorer uses, each wrapped in a typed function.
import { gql } from './client.ts';
import type * as Api from './generated/graphql.ts';
import type {
  ArticleDetail,
  ArticleRef,
  Entity,
  ReaderArticle,
  GraphNode,
  IngestResult,
  MonthCount,
  NodeType,
  Relation,
  RelationType,
  Stats,
  Subgraph,
} from './types.ts';

const NODE = 'id type name code aliases';
const GRAPH_NODE = `${NODE} articleCount`;
const EDGE = 'id type source target title weight reference articleIds confidence';
const SUBGRAPH = `nodes { ${GRAPH_NODE} } edges { ${EDGE} } truncated`;
const ARTICLE_REF = 'id title date source';
const STATEMENT = `id text sentence speaker { ${NODE} } article { ${ARTICLE_REF} } about { ${NODE} }`;
const RELATION_BARE = `id type title weight reference source { ${NODE} } target { ${NODE} }`;
const RELATION = `${RELATION_BARE} evidence { sentence article { ${ARTICLE_REF} } }`;
// The server prices a query by its list sizes (cost limit 5000): the panel asks for modest pages.
const PAGE = 20;

export async function search(text: string, first = 10, types?: NodeType[], signal?: AbortSignal): Promise<GraphNode[]> {
  const data = await gql<{ search: GraphNode[] }>(
    `query Search($text: String!, $first: Int, $types: [NodeType!]) { search(text: $text, first: $first, types: $types) { ${NODE} } }`,
    { text, first, types },
    signal,
  );
  return data.search;
}

/** The neighbourhood's arguments as the SDL has them; the explorer leaves an argument out rather than send null. */
export type NeighbourhoodArgs = { [K in keyof Api.QueryNeighbourhoodArgs]: Exclude<Api.QueryNeighbourhoodArgs[K], null> };

export async function neighbourhood(args: NeighbourhoodArgs): Promise<Subgraph> {
  const data = await gql<{ neighbourhood: Subgraph }>(
    `query Neighbourhood($ids: [ID!]!, $depth: Int, $relationTypes: [RelationType!], $limit: Int, $minWeight: Int, $from: String, $to: String) {
      neighbourhood(ids: $ids, depth: $depth, relationTypes: $relationTypes, limit: $limit, minWeight: $minWeight, from: $from, to: $to) { ${SUBGRAPH} }
    }`,
    { ...args },
  );
  return data.neighbourhood;
}

export async function paths(from: string, to: string, maxLength = 4, relationTypes?: RelationType[]): Promise<Subgraph> {
  const data = await gql<{ paths: Subgraph }>(
    `query Paths($from: ID!, $to: ID!, $maxLength: Int, $relationTypes: [RelationType!]) {
      paths(from: $from, to: $to, maxLength: $maxLength, relationTypes: $relationTypes, first: 10) { ${SUBGRAPH} }
    }`,
    { from, to, maxLength, relationTypes },
  );
  return data.paths;
}

export async function entity(id: string): Promise<Entity | null> {
  const data = await gql<{ entity: Entity | null }>(
    `query Entity($id: ID!, $first: Int) { entity(id: $id) {
      id type name code aliases reference
      roles { ${RELATION} }
      relations(first: $first) { ${RELATION_BARE} }
      statements(first: $first) { ${STATEMENT} }
      statementsAbout(first: $first) { ${STATEMENT} }
      mentions(first: $first) { count article { ${ARTICLE_REF} } }
    } }`,
    { id, first: PAGE },
  );
  return data.entity;
}

/** For each id, the id of the node it is now (an entity merged or renamed since leaves a redirect), or null. */
export async function resolveIds(ids: string[]): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  // The server takes at most 200 ids a request.
  for (let i = 0; i < ids.length; i += 200) {
    const data = await gql<{ resolveIds: (string | null)[] }>(`query ResolveIds($ids: [ID!]!) { resolveIds(ids: $ids) }`, {
      ids: ids.slice(i, i + 200),
    });
    out.push(...data.resolveIds);
  }
  return out;
}

export async function article(id: string): Promise<ArticleDetail | null> {
  const data = await gql<{ article: ArticleDetail | null }>(
    `query Article($id: ID!) { article(id: $id) { ${ARTICLE_REF} section entities { ${NODE} } statements { ${STATEMENT} } } }`,
    { id },
  );
  return data.article;
}

/** An article's text with where it names entities and quotes statements: what the reader shows. */
export async function readerArticle(id: string): Promise<ReaderArticle | null> {
  const data = await gql<{ article: ReaderArticle | null }>(
    `query Reader($id: ID!) { article(id: $id) { ${ARTICLE_REF} section text
      mentions { start end type entity { ${NODE} } }
      quotes { start end speaker { ${NODE} } statement { id } } } }`,
    { id },
  );
  return data.article;
}

export async function relation(id: string): Promise<Relation | null> {
  const data = await gql<{ relation: Relation | null }>(`query Relation($id: ID!) { relation(id: $id) { ${RELATION} } }`, {
    id,
  });
  return data.relation;
}

export async function stats(): Promise<Stats> {
  const data = await gql<{ stats: Stats }>(`{ stats { nodes relationships articles firstDate lastDate } }`);
  return data.stats;
}

/** Dated articles per month, for the histogram above the time range; counted by the server. */
/** Article dates, newest first, a page of 100 at a time up to 5,000: what the timeline layout places nodes by. */
export async function articleDates(): Promise<ArticleRef[]> {
  const out: ArticleRef[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const data: {
      articles: { edges: { node: ArticleRef }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    } = await gql(
      `query Articles($after: String) { articles(first: 100, after: $after) { edges { node { ${ARTICLE_REF} } } pageInfo { endCursor hasNextPage } } }`,
      { after },
    );
    out.push(...data.articles.edges.map((e) => e.node));
    if (!data.articles.pageInfo.hasNextPage) break;
    after = data.articles.pageInfo.endCursor;
  }
  return out;
}

export async function articleMonths(from?: string, to?: string): Promise<MonthCount[]> {
  const data = await gql<{ articleMonths: MonthCount[] }>(
    `query ArticleMonths($from: String, $to: String) { articleMonths(from: $from, to: $to) { month count } }`,
    { from, to },
  );
  return data.articleMonths;
}

export async function ingestArticle(input: { text: string; date?: string; source?: string; title?: string }): Promise<IngestResult> {
  const data = await gql<{ ingestArticle: IngestResult }>(
    `mutation Ingest($text: String!, $date: String, $source: String, $title: String) {
      ingestArticle(text: $text, date: $date, source: $source, title: $title) {
        article { ${ARTICLE_REF} } created entities { ${NODE} } statements relations
      }
    }`,
    input,
  );
  return data.ingestArticle;
}

export type ApiPath = Pick<Api.Path, 'length'> & { nodes: GraphNode[]; edges: Subgraph['edges'] };

export async function pathsBetween(from: string, to: string, maxLength: number, relationTypes: RelationType[], first = 10): Promise<ApiPath[]> {
  const data = await gql<{ pathsBetween: ApiPath[] }>(
    `query PathsBetween($from: ID!, $to: ID!, $maxLength: Int, $relationTypes: [RelationType!], $first: Int) {
      pathsBetween(from: $from, to: $to, maxLength: $maxLength, relationTypes: $relationTypes, first: $first) { length nodes { ${NODE} } edges { ${EDGE} } }
    }`,
    { from, to, maxLength, relationTypes, first },
  );
  return data.pathsBetween;
}

/** The first evidence sentence of each relation, in one request per 15 ids (the alias limit). */
export async function firstSentences(ids: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i += 15) {
    const part = ids.slice(i, i + 15);
    const vars = Object.fromEntries(part.map((id, j) => [`e${j}`, id]));
    const fields = part.map((_, j) => `r${j}: relation(id: $e${j}) { evidence { sentence } }`).join(' ');
    const data = await gql<Record<string, { evidence: { sentence: string | null }[] } | null>>(
      `query Sentences(${part.map((_, j) => `$e${j}: ID!`).join(', ')}) { ${fields} }`,
      vars,
    );
    part.forEach((id, j) => out.set(id, data[`r${j}`]?.evidence.find((e) => e.sentence)?.sentence ?? null));
  }
  return out;
}

export async function saveView(state: string): Promise<{ id: string }> {
  const data = await gql<{ saveView: { id: string } }>(`mutation SaveView($state: String!) { saveView(state: $state) { id } }`, { state });
  return data.saveView;
}

export async function savedView(id: string): Promise<{ id: string; state: string } | null> {
  const data = await gql<{ savedView: { id: string; state: string } | null }>(`query SavedView($id: ID!) { savedView(id: $id) { id state } }`, { id });
  return data.savedView;
}
