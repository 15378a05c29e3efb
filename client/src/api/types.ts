// Shapes of the GraphQL results the explorer asks for (see schema/*.graphql).
// The type names are the graph model's (schema/model.ts).
import { GRAPH, type NodeTypeName, type RelationName } from '../../../schema/model.ts';
import type * as Api from './generated/graphql.ts';

export type NodeType = NodeTypeName;
export const NODE_TYPES = GRAPH.nodeTypes as readonly NodeType[];

export type RelationType = RelationName;
export const RELATION_TYPES = GRAPH.relationTypes as readonly RelationType[];

/** The non-null fields of T, required. */
type NonNullFields<T> = { [K in keyof T as null extends T[K] ? never : K]: T[K] };
/** The nullable fields of T. */
type NullableFields<T> = { [K in keyof T as null extends T[K] ? K : never]: T[K] };
/**
 * The fields K of an API type as the SDL types them (`generated/graphql.ts`, by `npm run codegen`): the explorer's
 * types are what it asks for, so a field the SDL drops or retypes fails the compiler here. A nullable field may be
 * left out, as the explorer builds nodes of its own that lack it.
 */
type Fields<T, K extends keyof T> = NonNullFields<Pick<T, K>> & Partial<NullableFields<Pick<T, K>>>;

/** Entities' articleCount comes from `neighbourhood`; elsewhere it is absent. */
export type GraphNode = Fields<Api.GraphNode, 'id' | 'type' | 'name' | 'code' | 'aliases' | 'articleCount'>;

/** Text facts' confidence is the noisy-or over the supporting articles; 1 for reference data; null for other types. */
export type GraphEdge = Fields<Api.GraphEdge, 'id' | 'type' | 'source' | 'target' | 'title' | 'weight' | 'reference' | 'articleIds' | 'confidence'>;

export type Subgraph = Fields<Api.Subgraph, 'truncated'> & { nodes: GraphNode[]; edges: GraphEdge[] };

export type ArticleRef = Fields<Api.Article, 'id' | 'title' | 'date' | 'source'>;

export type Evidence = Fields<Api.Evidence, 'sentence'> & { article: ArticleRef };

export type Relation = Fields<Api.Relation, 'id' | 'type' | 'title' | 'weight' | 'reference'> & {
  source: GraphNode;
  target: GraphNode;
  evidence: Evidence[];
};

export type Statement = Fields<Api.Statement, 'id' | 'text' | 'sentence'> & {
  speaker?: GraphNode | null;
  article: ArticleRef;
  about: GraphNode[];
};

export type Entity = Fields<Api.Entity, 'id' | 'type' | 'name' | 'code' | 'aliases' | 'reference'> & {
  roles: Relation[];
  relations: Relation[];
  statements: Statement[];
  statementsAbout: Statement[];
  mentions: (Fields<Api.Mention, 'count'> & { article: ArticleRef })[];
};

export type ArticleDetail = ArticleRef & Fields<Api.Article, 'section'> & { entities: GraphNode[]; statements: Statement[] };

/** Where an article's text names an entity: offsets into its text (UTF-16 code units, end exclusive). */
export type ArticleMention = Fields<Api.ArticleMention, 'start' | 'end' | 'type'> & { entity: GraphNode };

/** Where an article's text quotes a statement, and who said it. */
export type ArticleQuote = Fields<Api.ArticleQuote, 'start' | 'end'> & { speaker?: GraphNode | null; statement: { id: string } };

/** What the article reader shows: the text with its mentions and quotes. */
export type ReaderArticle = ArticleRef &
  Fields<Api.Article, 'section' | 'text'> & {
    mentions: ArticleMention[];
    quotes: ArticleQuote[];
  };

export type Stats = Fields<Api.Stats, 'nodes' | 'relationships' | 'articles' | 'firstDate' | 'lastDate'>;

export type IngestResult = Fields<Api.IngestResult, 'created' | 'statements' | 'relations'> & { article: ArticleRef; entities: GraphNode[] };

export interface Health {
  ok: boolean;
  neo4j: boolean | string;
}

export type MonthCount = Fields<Api.MonthCount, 'month' | 'count'>;

/** A correction as the explorer shows it: what it did, to which ids (the canvas refreshes those). */
export type Correction = Fields<Api.Correction, 'id' | 'kind' | 'targets'>;
