// Shapes of the GraphQL results the explorer asks for (see schema/*.graphql).
// The type names are the graph model's (schema/model.ts).
import { GRAPH, type NodeTypeName, type RelationName } from '../../../schema/model.ts';

export type NodeType = NodeTypeName;
export const NODE_TYPES = GRAPH.nodeTypes as readonly NodeType[];

export type RelationType = RelationName;
export const RELATION_TYPES = GRAPH.relationTypes as readonly RelationType[];

export interface GraphNode {
  id: string;
  type: NodeType;
  name: string;
  code?: string | null;
  aliases: string[];
  /** Entities: how many articles mention it (from `neighbourhood`; absent elsewhere). */
  articleCount?: number | null;
}

export interface GraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  title?: string | null;
  weight?: number | null;
  reference: boolean;
  articleIds: string[];
  /** Text facts: noisy-or over the supporting articles; 1 for reference data; null for other types. */
  confidence?: number | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface ArticleRef {
  id: string;
  title: string;
  date?: string | null;
  source?: string | null;
}

export interface Evidence {
  article: ArticleRef;
  sentence?: string | null;
}

export interface Relation {
  id: string;
  type: RelationType;
  title?: string | null;
  weight?: number | null;
  reference: boolean;
  source: GraphNode;
  target: GraphNode;
  evidence: Evidence[];
}

export interface Statement {
  id: string;
  text: string;
  sentence?: string | null;
  speaker?: GraphNode | null;
  article: ArticleRef;
  about: GraphNode[];
}

export interface Entity {
  id: string;
  type: NodeType;
  name: string;
  code?: string | null;
  aliases: string[];
  reference: boolean;
  roles: Relation[];
  relations: Relation[];
  statements: Statement[];
  statementsAbout: Statement[];
  mentions: { count: number; article: ArticleRef }[];
}

export interface ArticleDetail extends ArticleRef {
  section?: string | null;
  entities: GraphNode[];
  statements: Statement[];
}

/** Where an article's text names an entity: offsets into its text (UTF-16 code units, end exclusive). */
export interface ArticleMention {
  start: number;
  end: number;
  type: NodeType;
  entity: GraphNode;
}

/** Where an article's text quotes a statement, and who said it. */
export interface ArticleQuote {
  start: number;
  end: number;
  speaker?: GraphNode | null;
  statement: { id: string };
}

/** What the article reader shows: the text with its mentions and quotes. */
export interface ReaderArticle extends ArticleRef {
  section?: string | null;
  text: string;
  mentions: ArticleMention[];
  quotes: ArticleQuote[];
}

export interface Stats {
  nodes: number;
  relationships: number;
  articles: number;
  firstDate?: string | null;
  lastDate?: string | null;
}

export interface IngestResult {
  article: ArticleRef;
  created: boolean;
  entities: GraphNode[];
  statements: number;
  relations: number;
}

export interface Health {
  ok: boolean;
  neo4j: boolean | string;
}

export interface MonthCount {
  month: string;
  count: number;
}
