// Made by `npm run codegen` from the API's schema (schema/codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
};

/** The kinds of node in the graph. */
export type NodeType =
  /** A person named in an article. */
  | 'PERSON'
  /** An organisation: a party, alliance, agency, company, ministry, medium and the like. */
  | 'ORGANISATION'
  /** A state (ISO 3166-1), or a former one. */
  | 'COUNTRY'
  /** A place that is not a country: a city, region, river, base and the like. */
  | 'LOCATION'
  /** A quote or reported statement, with who said it. */
  | 'STATEMENT'
  /** A loaded news article. */
  | 'ARTICLE';

/** The kinds of relationship in the graph. */
export type RelationType =
  /** Article → entity it names. */
  | 'MENTIONS'
  /** Person or organisation → statement it made. */
  | 'SAID'
  /** Statement → the article it is in. */
  | 'IN'
  /** Statement → entity it names. */
  | 'ABOUT'
  /** Person → organisation or country where it holds a title (the edge's title). */
  | 'HAS_ROLE'
  /** Country or organisation → organisation it belongs to. */
  | 'MEMBER_OF'
  /** Country or organisation → country it sends troops to. */
  | 'SENDS_TROOPS_TO'
  /** Location → the country or location it lies in. */
  | 'LOCATED_IN'
  /** Entity → entity named in the same sentence (weight: how many sentences). */
  | 'CO_OCCURS';

/** A node as drawn on the canvas: enough to label and colour it. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Stable id: a reference id (country:KZ, org:csto) or type:slug of the fullest name. */
  id: Scalars['ID']['output'];
  /** What kind of node this is. */
  type: NodeType;
  /** The fullest name known (an article's title, or a statement's opening words). */
  name: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 code, for a country. */
  code: Maybe<Scalars['String']['output']>;
  /** Other forms of the name seen in articles or reference data, sorted. */
  aliases: Array<Scalars['String']['output']>;
  /** People, organisations, countries, places: how many articles mention it (null for statements and articles). */
  articleCount: Maybe<Scalars['Int']['output']>;
};

/** An edge as drawn on the canvas. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id: TYPE|sourceId|targetId. */
  id: Scalars['ID']['output'];
  /** What kind of relationship this is. */
  type: RelationType;
  /** Id of the node the edge starts at. */
  source: Scalars['ID']['output'];
  /** Id of the node the edge ends at. */
  target: Scalars['ID']['output'];
  /** HAS_ROLE's title. */
  title: Maybe<Scalars['String']['output']>;
  /** CO_OCCURS: sentences naming both; MENTIONS: times named. */
  weight: Maybe<Scalars['Int']['output']>;
  /** True when the edge comes from reference data (it may also have text support). */
  reference: Scalars['Boolean']['output'];
  /**
   * Ids of articles whose text supports this edge: a sample of at most 20, newest first (all of them when
   * `articleCount` is at most 20). Relation.evidence pages through all of them.
   */
  articleIds: Array<Scalars['ID']['output']>;
  /** How many articles support this edge (for MENTIONS, IN, SAID and ABOUT: the article at its end). */
  articleCount: Scalars['Int']['output'];
  /**
   * HAS_ROLE, MEMBER_OF, SENDS_TROOPS_TO, LOCATED_IN: how sure the graph is of the edge, in [0, 1], combined over
   * its supporting articles by noisy-or (1 − Π(1 − c) of each article's own confidence); 1 for reference data.
   * Null for the other types.
   */
  confidence: Maybe<Scalars['Float']['output']>;
};

/** Nodes and the edges among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The nodes, each once. */
  nodes: Array<GraphNode>;
  /** The edges among those nodes, each once. */
  edges: Array<GraphEdge>;
  /** True when the limit cut the result short. */
  truncated: Scalars['Boolean']['output'];
};

/** The read side of the API. */
export type Query = {
  __typename?: 'Query';
  /** Full-text search over names and aliases, forgiving of spelling (Tokajev finds Tokayev). */
  search: Array<GraphNode>;
  /**
   * The given nodes, the nodes within `depth` hops (default 1, at most 3) over the given relation types
   * (default all but CO_OCCURS), and the edges among them, capped by `limit` (default 200, at most 5000).
   * `from`/`to` (YYYY-MM-DD) keep only text edges supported by an article in that range; reference edges stay.
   */
  neighbourhood: Subgraph;
  /**
   * The corrections made, newest first, a page at a time (Relay: first/after forward, last/before backward). Cursors
   * are keysets on the order they were made in: nothing is lost or repeated while corrections are made.
   */
  corrections: CorrectionConnection;
  /**
   * Read-only Cypher for power users: off unless the server runs with KG_CYPHER=1, and always needs
   * Authorization: Bearer <KG_WRITE_TOKEN>. A query whose plan writes, loads CSV, or calls a procedure outside
   * a short list is refused before it runs; it runs in a READ transaction within KG_CYPHER_TIMEOUT_MS and
   * KG_CYPHER_MAX_ROWS rows, and Neo4j's memory limit per transaction.
   */
  cypher: CypherResult;
  /** An entity by id; an old id (of an entity since merged or renamed) gives the entity it is now. */
  entity: Maybe<Entity>;
  /** For each id (at most 200), the id of the node it is now: itself, where its redirect leads, or null when unknown. */
  resolveIds: Array<Maybe<Scalars['ID']['output']>>;
  /** An edge with its evidence; id as in GraphEdge (TYPE|sourceId|targetId). */
  relation: Maybe<Relation>;
  /**
   * Shortest connections between two nodes (excluding CO_OCCURS unless asked), at most maxLength hops (default 4, at most 6).
   * @deprecated Merges all paths into one subgraph; use pathsBetween, which returns separate ordered paths.
   */
  paths: Subgraph;
  /**
   * Articles, filtered and sorted, a page at a time (Relay: first/after forward, last/before backward). Cursors are
   * keysets on (date, id) or (load time, id): nothing is lost or repeated while articles are loaded between pages.
   */
  articles: ArticleConnection;
  /** An article by id. */
  article: Maybe<Article>;
  /**
   * Statements, filtered and sorted by their article's date, a page at a time (Relay, keyset cursors on (date, id):
   * nothing is lost or repeated while articles are loaded between pages).
   */
  statements: StatementConnection;
  /** Counts over the whole graph. */
  stats: Stats;
  /**
   * Entities, filtered and sorted, a page at a time (Relay: first/after forward, last/before backward). Cursors are
   * keysets on the sort values and the id: for NAME_ASC, FIRST_SEEN_DESC and LAST_SEEN_DESC nothing is lost or
   * repeated while articles load; counts change as articles load, so for ARTICLES_DESC and MENTIONS_DESC a stable
   * snapshot is not promised.
   */
  entities: EntityConnection;
  /**
   * Relations between entities, filtered and sorted, a page at a time (Relay). Cursors are keysets on the sort
   * values and the id: ID_ASC is stable while articles load; counts and confidences change as articles load, so
   * for ARTICLES_DESC and CONFIDENCE_DESC a stable snapshot is not promised.
   */
  relations: RelationConnection;
  /**
   * Separate paths between two different nodes, shortest first, of at most `maxLength` hops (default 4, at most 6)
   * over the given relation types (default all but CO_OCCURS); at most `first` paths (default 5, at most 20).
   * A path never passes the same node twice. `from` equal to `to` is an error.
   */
  pathsBetween: Array<Path>;
  /**
   * Dated articles per month (of their first day), oldest first. `from`/`to` (YYYY-MM or YYYY-MM-DD, both
   * optional) bound the months; a month without articles is absent.
   */
  articleMonths: Array<MonthCount>;
  /** A saved view by its id, or null. */
  savedView: Maybe<SavedView>;
};


/** The read side of the API. */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read side of the API. */
export type QueryNeighbourhoodArgs = {
  ids: Array<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** The read side of the API. */
export type QueryCorrectionsArgs = {
  where?: InputMaybe<CorrectionWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};


/** The read side of the API. */
export type QueryCypherArgs = {
  query: Scalars['String']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
};


/** The read side of the API. */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** The read side of the API. */
export type QueryResolveIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The read side of the API. */
export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


/** The read side of the API. */
export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read side of the API. */
export type QueryArticlesArgs = {
  where?: InputMaybe<ArticleWhere>;
  orderBy?: InputMaybe<ArticleOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** The read side of the API. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** The read side of the API. */
export type QueryStatementsArgs = {
  where?: InputMaybe<StatementWhere>;
  orderBy?: InputMaybe<StatementOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  about?: InputMaybe<Scalars['ID']['input']>;
};


/** The read side of the API. */
export type QueryEntitiesArgs = {
  where?: InputMaybe<EntityWhere>;
  orderBy?: InputMaybe<Array<EntityOrder>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};


/** The read side of the API. */
export type QueryRelationsArgs = {
  where?: InputMaybe<RelationWhere>;
  orderBy?: InputMaybe<Array<RelationOrder>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};


/** The read side of the API. */
export type QueryPathsBetweenArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read side of the API. */
export type QueryArticleMonthsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** The read side of the API. */
export type QuerySavedViewArgs = {
  id: Scalars['ID']['input'];
};

/** What a correction does. */
export type CorrectionKind =
  /** Entities joined into one (mergeEntities). */
  | 'MERGE_ENTITIES'
  /** An entity's mentions in some articles moved to an entity of their own (splitEntity). */
  | 'SPLIT_ENTITY'
  /** An entity given another type (retypeEntity). */
  | 'RETYPE_ENTITY'
  /** An entity given another name (renameEntity). */
  | 'RENAME_ENTITY'
  /** A relation between entities taken out, with its evidence (retractRelation). */
  | 'RETRACT_RELATION'
  /** A statement taken out (retractStatement). */
  | 'RETRACT_STATEMENT';

/** A user's fix to the graph, stored as data and applied again whenever an article it touches is (re)loaded. */
export type Correction = {
  __typename?: 'Correction';
  /** Stable id of the correction (correction:…). */
  id: Scalars['ID']['output'];
  /** What it does. */
  kind: CorrectionKind;
  /**
   * Its parameters as a JSON object: MERGE_ENTITIES {ids, into}; SPLIT_ENTITY {id, articleIds, name, newId};
   * RETYPE_ENTITY {id, type, from}; RENAME_ENTITY {id, name, from}; RETRACT_RELATION {id, type, source, target, title};
   * RETRACT_STATEMENT {id, articleId}. Entity ids are the ids given; an id that later moved is followed through its redirect.
   */
  parameters: Scalars['String']['output'];
  /** The entity, relation and statement ids it concerns (what the corrections list's `involving` matches). */
  targets: Array<Scalars['ID']['output']>;
  /** Articles it has changed so far (the ones a revert reads again). */
  articleIds: Array<Scalars['ID']['output']>;
  /** When it was made (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Through which interface it was made (graphql). */
  via: Scalars['String']['output'];
  /** The note given with it, if any. */
  note: Maybe<Scalars['String']['output']>;
  /** True once reverted: it is kept as history and no longer applied. */
  reverted: Scalars['Boolean']['output'];
  /** When it was reverted (ISO 8601), if it was. */
  revertedAt: Maybe<Scalars['String']['output']>;
  /** The note given with the revert, if any. */
  revertNote: Maybe<Scalars['String']['output']>;
};

/** A correction with its place in the list. */
export type CorrectionEdge = {
  __typename?: 'CorrectionEdge';
  /** Opaque keyset cursor: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The correction. */
  node: Correction;
};

/** A page of corrections (Relay connection), newest first. */
export type CorrectionConnection = {
  __typename?: 'CorrectionConnection';
  /** The page's corrections in order. */
  edges: Array<CorrectionEdge>;
  /** Where the page lies. */
  pageInfo: PageInfo;
  /** How many corrections match the filters in all. */
  totalCount: Scalars['Int']['output'];
};

/** What corrections must match; every condition given must hold. */
export type CorrectionWhere = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<CorrectionKind>>;
  /** True: only reverted ones; false: only those in force. */
  reverted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those concerning this entity, relation or statement id. */
  involving?: InputMaybe<Scalars['ID']['input']>;
};

/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Join entities the extractor kept apart: `ids` go into `into`, which keeps its id and takes their names as aliases
   * (the fullest name names it, as when articles join entities); the old ids redirect to it. Applied again when a
   * merged-away entity comes back from a reloaded article. Needs write access.
   */
  mergeEntities: Correction;
  /**
   * Part an entity the extractor joined wrongly: its mentions, statements and relation evidence in `articleIds` move
   * to a new entity (named `name`, else the same name). Applied again when those articles are reloaded. Needs write access.
   */
  splitEntity: Correction;
  /** Give an entity another type (a place typed as a person). Kept through reloads. Needs write access. */
  retypeEntity: Correction;
  /** Give an entity another name; the old one becomes an alias. Kept through reloads. Needs write access. */
  renameEntity: Correction;
  /**
   * Take out a relation and its evidence (HAS_ROLE, MEMBER_OF, SENDS_TROOPS_TO, LOCATED_IN, CO_OCCURS); it does not
   * come back when an article that states it is loaded again. Needs write access.
   */
  retractRelation: Correction;
  /** Take out a statement; it does not come back when its article is loaded again. Needs write access. */
  retractStatement: Correction;
  /**
   * Undo a correction: it stays in the list as reverted, and what it changed is as the articles' extraction and the
   * other corrections make it (the articles it changed are read again). Needs write access.
   */
  revertCorrection: Correction;
  /** Load one article: parse, extract, resolve and write in one transaction. Loading the same text twice changes nothing. */
  ingestArticle: IngestResult;
  /** Remove an article and exactly those facts no other article or reference data supports. */
  deleteArticle: DeleteResult;
  /** Store a view (JSON as in SavedView.state, at most 5000 nodes and 1 MB) and get its short id. Needs write access. */
  saveView: SavedView;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationMergeEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
  into: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationSplitEntityArgs = {
  id: Scalars['ID']['input'];
  articleIds: Array<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationRetypeEntityArgs = {
  id: Scalars['ID']['input'];
  type: NodeType;
  note?: InputMaybe<Scalars['String']['input']>;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationRenameEntityArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationRetractRelationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationRetractStatementArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationRevertCorrectionArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationIngestArticleArgs = {
  text: Scalars['String']['input'];
  date?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


/** The write side of the API (needs a bearer token when the server has KG_WRITE_TOKEN). */
export type MutationSaveViewArgs = {
  state: Scalars['String']['input'];
};

/** The answer of a read-only Cypher query. */
export type CypherResult = {
  __typename?: 'CypherResult';
  /** The query's column names, in order. */
  columns: Array<Scalars['String']['output']>;
  /** One list of values per row, in column order; nodes as {labels, properties}, relationships as {type, properties}. */
  rows: Array<Scalars['JSON']['output']>;
  /** True when the query had more rows than the row limit (KG_CYPHER_MAX_ROWS) and the rest were not read. */
  truncated: Scalars['Boolean']['output'];
  /** Milliseconds from sending the query to having read its rows. */
  elapsedMs: Scalars['Float']['output'];
};

/** Where a fact comes from: an article and the sentence that says it. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The supporting article. */
  article: Article;
  /** The article's sentence that states the fact (null for a fact written before sentences were kept). */
  sentence: Maybe<Scalars['String']['output']>;
  /** How strongly this article's text states the relation, in [0, 1] (null where not kept). */
  confidence: Maybe<Scalars['Float']['output']>;
};

/** An edge between two entities, with what supports it. */
export type Relation = {
  __typename?: 'Relation';
  /** Stable id: TYPE|sourceId|targetId, and |title for HAS_ROLE. */
  id: Scalars['ID']['output'];
  /** What kind of relationship this is. */
  type: RelationType;
  /** HAS_ROLE's title (generalsekretær, leiar). */
  title: Maybe<Scalars['String']['output']>;
  /** CO_OCCURS: the sentences naming both ends. */
  weight: Maybe<Scalars['Int']['output']>;
  /** True when reference data states it (it may also have text support). */
  reference: Scalars['Boolean']['output'];
  /** As GraphEdge.confidence: noisy-or over the evidence's confidences, 1 for reference data, null for other types. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** How many articles' text supports it (0 for a fact from reference data only). Not a stable sort key while articles load. */
  articleCount: Scalars['Int']['output'];
  /** Where the edge starts. */
  source: GraphNode;
  /** Where the edge ends. */
  target: GraphNode;
  /**
   * Every supporting article with its sentence, unpaged.
   * @deprecated Use evidenceConnection, which pages through long evidence lists.
   */
  evidence: Array<Evidence>;
  /** The supporting articles with their sentences, newest article first (then by article id), a page at a time. */
  evidenceConnection: EvidenceConnection;
};


/** An edge between two entities, with what supports it. */
export type RelationEvidenceConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** How often an article names an entity. */
export type Mention = {
  __typename?: 'Mention';
  /** The article. */
  article: Article;
  /** Times the article names the entity. */
  count: Scalars['Int']['output'];
};

/** A person, organisation, country or place, with everything said about it. */
export type Entity = {
  __typename?: 'Entity';
  /** Stable id: a reference id (country:KZ, org:csto) or type:slug of the fullest name. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  type: NodeType;
  /** The fullest name known; reference data names its own. */
  name: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 code, for a country. */
  code: Maybe<Scalars['String']['output']>;
  /** Other forms of the name, sorted. */
  aliases: Array<Scalars['String']['output']>;
  /** True for entities that come from reference data. */
  reference: Scalars['Boolean']['output'];
  /** The id asked for, when it is an old id of this entity (it was merged or renamed) that redirected here. */
  redirectedFrom: Maybe<Scalars['ID']['output']>;
  /** Reference data's category: country, party, alliance, intergovernmental, agency, media, company, ministry, ngo, union, university, parliament and others (see seeds/organisations.json); null for what reference data does not know. */
  category: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of the country it belongs to or is based in (a party's country, a place's country, a country's own code); null when not known. */
  country: Maybe<Scalars['String']['output']>;
  /** How many articles mention it (exact; kept up to date on every load and deletion). */
  articleCount: Scalars['Int']['output'];
  /** Times it is named, over all articles. */
  mentionCount: Scalars['Int']['output'];
  /** The earliest day of any dated article mentioning it (YYYY-MM-DD; a month-dated article counts from its first day). */
  firstSeen: Maybe<Scalars['String']['output']>;
  /** The latest day of any dated article mentioning it (YYYY-MM-DD; a month-dated article counts to its last day). */
  lastSeen: Maybe<Scalars['String']['output']>;
  /** HAS_ROLE relations, from a person to where it holds a title, or to a person holding a title here. */
  roles: Array<Relation>;
  /** Relations other than MENTIONS, SAID, IN, ABOUT; CO_OCCURS only when asked for. */
  relations: Array<Relation>;
  /** Statements it made. */
  statements: Array<Statement>;
  /** Statements that name it. */
  statementsAbout: Array<Statement>;
  /** The articles that mention it, newest first. */
  mentions: Array<Mention>;
};


/** A person, organisation, country or place, with everything said about it. */
export type EntityRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organisation, country or place, with everything said about it. */
export type EntityStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organisation, country or place, with everything said about it. */
export type EntityStatementsAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organisation, country or place, with everything said about it. */
export type EntityMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A quote or reported statement. */
export type Statement = {
  __typename?: 'Statement';
  /** Stable id of the statement. */
  id: Scalars['ID']['output'];
  /** What was said. */
  text: Scalars['String']['output'];
  /** Who said it (null when the text does not say, or the speaker is gone). */
  speaker: Maybe<GraphNode>;
  /** The article it is in. */
  article: Article;
  /** The sentence or paragraph it was read from. */
  sentence: Maybe<Scalars['String']['output']>;
  /** The entities it names. */
  about: Array<GraphNode>;
};

/** A loaded news article. */
export type Article = {
  __typename?: 'Article';
  /** A hash of the normalised text: the same text loaded twice is one article. */
  id: Scalars['ID']['output'];
  /** The title given, else one taken from the first paragraph. */
  title: Scalars['String']['output'];
  /** YYYY-MM or YYYY-MM-DD, as precise as the source says. */
  date: Maybe<Scalars['String']['output']>;
  /** day or month: how precise the date is. */
  datePrecision: Maybe<Scalars['String']['output']>;
  /** The outlet or agency (NTB, NRK, TV 2), as given. */
  source: Maybe<Scalars['String']['output']>;
  /** The section word of the date line (utenriks, innenriks), when given. */
  section: Maybe<Scalars['String']['output']>;
  /** The article's text. */
  text: Scalars['String']['output'];
  /** Hash of the normalised text. */
  contentHash: Scalars['String']['output'];
  /** Other articles with nearly the same text (the same agency story republished). */
  nearDuplicateOf: Array<Scalars['ID']['output']>;
  /** The entities it names, most named first. */
  entities: Array<GraphNode>;
  /** The statements read from it. */
  statements: Array<Statement>;
  /** Where text names an entity, in text order. Empty for an article read by an extractor older than version 3 (kg reextract fills it). */
  mentions: Array<ArticleMention>;
  /** Where text quotes a statement (a direct quote or reported speech), in text order. Empty for an article read by an extractor older than version 3 (kg reextract fills it). */
  quotes: Array<ArticleQuote>;
};

/** Where an article's text names an entity. Offsets count UTF-16 code units of Article.text, as JavaScript indexes strings. */
export type ArticleMention = {
  __typename?: 'ArticleMention';
  /** Offset of the mention's first character in the article's text. */
  start: Scalars['Int']['output'];
  /** Offset just after its last character: text.slice(start, end) is the name as written (a genitive or the head of a compound as it stands). */
  end: Scalars['Int']['output'];
  /** The entity named, as it is now (an entity merged or renamed since the article was read is followed to where it went). */
  entity: GraphNode;
  /** What the article's reading took it for; the entity's own type may differ after a correction. */
  type: NodeType;
};

/** Where an article's text quotes a statement. Offsets count UTF-16 code units of Article.text, as JavaScript indexes strings. */
export type ArticleQuote = {
  __typename?: 'ArticleQuote';
  /** Offset of the quote's first character in the article's text. */
  start: Scalars['Int']['output'];
  /** Offset just after its last character: text.slice(start, end) is the statement's text. */
  end: Scalars['Int']['output'];
  /** Who said it, as the statement records (null when the text names nobody). */
  speaker: Maybe<GraphNode>;
  /** The statement read from this stretch of text. */
  statement: Statement;
};

/** Where a page of a connection lies in the whole list (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's first item (null for an empty page). */
  startCursor: Maybe<Scalars['String']['output']>;
  /** The cursor of the page's last item (null for an empty page). */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when items follow this page (asked with first: as fetched; asked with last/before: true when a before cursor was given). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (asked with last: as fetched; asked with first/after: true when an after cursor was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
};

/** An article with its place in the list. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque keyset cursor: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** A page of articles (Relay connection). */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The page's articles in order. */
  edges: Array<ArticleEdge>;
  /** Where the page lies. */
  pageInfo: PageInfo;
  /** How many articles match the filters in all. */
  totalCount: Scalars['Int']['output'];
};

/** A statement with its place in the list. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque keyset cursor: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** A page of statements (Relay connection). */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The page's statements in order. */
  edges: Array<StatementEdge>;
  /** Where the page lies. */
  pageInfo: PageInfo;
  /** How many statements match the filters in all. */
  totalCount: Scalars['Int']['output'];
};

/** A number of nodes or relationships of one label or type. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** The node label or relationship type. */
  label: Scalars['String']['output'];
  /** How many. */
  count: Scalars['Int']['output'];
};

/** Counts over the whole graph. */
export type Stats = {
  __typename?: 'Stats';
  /** All nodes with an id (redirects and metadata not counted). */
  nodes: Scalars['Int']['output'];
  /** All relationships between nodes (the links of evidence records not counted). */
  relationships: Scalars['Int']['output'];
  /** Evidence records: one per supporting article of a text edge (kept beside the graph, paged through Relation.evidenceConnection). */
  evidence: Scalars['Int']['output'];
  /** Old ids that redirect to the entity they became (user-visible history, not extracted facts). */
  redirects: Scalars['Int']['output'];
  /** Saved explorer views (user data). */
  savedViews: Scalars['Int']['output'];
  /** Corrections made, reverted ones included (user data: kept when articles are deleted, applied again on reload). */
  corrections: Scalars['Int']['output'];
  /** Loaded articles. */
  articles: Scalars['Int']['output'];
  /** Nodes per label. */
  byLabel: Array<LabelCount>;
  /** Relationships per type. */
  byRelationType: Array<LabelCount>;
  /** Earliest article date (YYYY-MM-DD), for a date filter. */
  firstDate: Maybe<Scalars['String']['output']>;
  /** Latest article date (YYYY-MM-DD), for a date filter. */
  lastDate: Maybe<Scalars['String']['output']>;
};

/** What loading an article did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The article as stored. */
  article: Article;
  /** False when the same text was already loaded: nothing changed. */
  created: Scalars['Boolean']['output'];
  /** The entities the article names, as resolved. */
  entities: Array<GraphNode>;
  /** How many statements were read. */
  statements: Scalars['Int']['output'];
  /** How many relations were read. */
  relations: Scalars['Int']['output'];
};

/** What deleting an article did. */
export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** The article's id. */
  id: Scalars['ID']['output'];
  /** False when there was no such article. */
  deleted: Scalars['Boolean']['output'];
  /** Nodes removed because no other article or reference data supported them. */
  removedNodes: Scalars['Int']['output'];
};

/** What entities must match; every condition given must hold. */
export type EntityWhere = {
  /** Only these types (PERSON, ORGANISATION, COUNTRY, LOCATION; others match nothing). */
  types?: InputMaybe<Array<NodeType>>;
  /** Only these ids (at most 200). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name or an alias contains this text, case and accents folded (store finds Jonas Gahr Støre, tokajev finds Tokajev). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Reference data's category: country, party, alliance, intergovernmental, agency, media, company, ministry, ngo, union, university, parliament… */
  category?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code of the country it belongs to or is based in (NO for Norwegian parties). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Mentioned in at least one of these articles (at most 200 ids). */
  mentionedIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Mentioned in an article dated on or after this date (YYYY-MM-DD or YYYY-MM). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Mentioned in an article dated on or before this date (YYYY-MM-DD or YYYY-MM). */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Mentioned in at least this many articles. */
  minArticles?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort orders of entities; each list is then ordered by id, so that the order is total. */
export type EntityOrder =
  /** Most articles first. A count: its cursors do not promise a stable snapshot while articles load. */
  | 'ARTICLES_DESC'
  /** Most times named first. A count: its cursors do not promise a stable snapshot while articles load. */
  | 'MENTIONS_DESC'
  /** By name, A to Z (Unicode order). */
  | 'NAME_ASC'
  /** Most recently first seen first (entities never seen in a dated article last). */
  | 'FIRST_SEEN_DESC'
  /** Most recently seen first (entities never seen in a dated article last). */
  | 'LAST_SEEN_DESC';

/** An entity with its place in the list. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque keyset cursor: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** A page of entities (Relay connection). */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The page's entities in order. */
  edges: Array<EntityEdge>;
  /** Where the page lies. */
  pageInfo: PageInfo;
  /** How many entities match the filters in all. */
  totalCount: Scalars['Int']['output'];
};

/** What relations must match; every condition given must hold. */
export type RelationWhere = {
  /** Only these types (default HAS_ROLE, MEMBER_OF, SENDS_TROOPS_TO, LOCATED_IN; CO_OCCURS only when named; MENTIONS, SAID, IN, ABOUT match nothing). */
  types?: InputMaybe<Array<RelationType>>;
  /** The entity the edge starts at matches this. */
  source?: InputMaybe<EntityWhere>;
  /** The entity the edge ends at matches this. */
  target?: InputMaybe<EntityWhere>;
  /** Either end is one of these ids (at most 200). */
  involving?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Confidence at least this (reference facts have 1; CO_OCCURS has none and counts as 0). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Supported by at least this many articles. */
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  /** True: only facts from reference data; false: only facts without it. */
  reference?: InputMaybe<Scalars['Boolean']['input']>;
  /** Supported by an article dated on or after this date (YYYY-MM-DD or YYYY-MM). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Supported by an article dated on or before this date (YYYY-MM-DD or YYYY-MM). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Sort orders of relations; each list is then ordered by id, so that the order is total. */
export type RelationOrder =
  /** Most supporting articles first. A count: its cursors do not promise a stable snapshot while articles load. */
  | 'ARTICLES_DESC'
  /** Most confident first. Confidence grows with support: its cursors do not promise a stable snapshot while articles load. */
  | 'CONFIDENCE_DESC'
  /** By id (TYPE|sourceId|targetId), A to Z: stable while articles load. */
  | 'ID_ASC';

/** A relation with its place in the list. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Opaque keyset cursor: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The relation. */
  node: Relation;
};

/** A page of relations (Relay connection). */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The page's relations in order. */
  edges: Array<RelationEdge>;
  /** Where the page lies. */
  pageInfo: PageInfo;
  /** How many relations match the filters in all. */
  totalCount: Scalars['Int']['output'];
};

/** A supporting article with its place in the edge's evidence. */
export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  /** Opaque cursor: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The evidence. */
  node: Evidence;
};

/** A page of an edge's evidence, newest article first. */
export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  /** The page's evidence in order. */
  edges: Array<EvidenceEdge>;
  /** Where the page lies (forward paging only). */
  pageInfo: PageInfo;
  /** How many articles support the edge in all. */
  totalCount: Scalars['Int']['output'];
};

/** What articles must match; every condition given must hold. */
export type ArticleWhere = {
  /** The outlet or agency, case-insensitive (NTB, NRK, TV 2). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The section word, case-insensitive (utenriks, innenriks). */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Dated on or after this date (YYYY-MM-DD or YYYY-MM; a month-dated article belongs to every day of its month). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Dated on or before this date (YYYY-MM-DD or YYYY-MM). */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Mentions every one of these entities (at most 200 ids). */
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Title or text holds every one of these words (full-text index document_text: case and accents folded, whole words; at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Sort orders of articles; ties by id. */
export type ArticleOrder =
  /** Newest first (by the first day of the article's date; undated last). */
  | 'DATE_DESC'
  /** Oldest first (undated first). */
  | 'DATE_ASC'
  /** Most recently loaded first. */
  | 'LOADED_DESC';

/** What statements must match; every condition given must hold. */
export type StatementWhere = {
  /** Made by this entity. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Naming this entity. */
  about?: InputMaybe<Scalars['ID']['input']>;
  /** In an article dated on or after this date (YYYY-MM-DD or YYYY-MM). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** In an article dated on or before this date (YYYY-MM-DD or YYYY-MM). */
  to?: InputMaybe<Scalars['String']['input']>;
  /** The quote holds every one of these words (full-text index document_text: case and accents folded, whole words; at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Sort orders of statements, by their article's date; ties by id. */
export type StatementOrder =
  /** Newest first (undated last). */
  | 'DATE_DESC'
  /** Oldest first (undated first). */
  | 'DATE_ASC';

/** One path: its nodes in order from `from` to `to`, and the edge of each hop (edges keep their stored direction). */
export type Path = {
  __typename?: 'Path';
  /** The nodes in order, from `from` to `to`. */
  nodes: Array<GraphNode>;
  /** The edge of each hop, in order (each keeps its stored direction). */
  edges: Array<GraphEdge>;
  /** Number of hops (edges). */
  length: Scalars['Int']['output'];
};

/** How many dated articles fall in one month. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Dated articles whose first day falls in this month. */
  count: Scalars['Int']['output'];
};

/** An explorer view stored as user data: nodes, positions, zoom, filters, selection, layout. */
export type SavedView = {
  __typename?: 'SavedView';
  /** Short id, a hash of the view: the same view saved twice has one id. */
  id: Scalars['ID']['output'];
  /**
   * The view as JSON: {"version": 1, "ids": [...], "positions": {id: [x, y]}, "zoom", "pan": {x, y},
   * "filters", "selected", "layout"}.
   */
  state: Scalars['String']['output'];
  /** When it was first saved (ISO 8601). */
  createdAt: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  NodeType: ResolverTypeWrapper<any>;
  RelationType: ResolverTypeWrapper<any>;
  GraphNode: ResolverTypeWrapper<any>;
  ID: ResolverTypeWrapper<any>;
  String: ResolverTypeWrapper<any>;
  Int: ResolverTypeWrapper<any>;
  GraphEdge: ResolverTypeWrapper<any>;
  Boolean: ResolverTypeWrapper<any>;
  Float: ResolverTypeWrapper<any>;
  Subgraph: ResolverTypeWrapper<any>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  CorrectionKind: ResolverTypeWrapper<any>;
  Correction: ResolverTypeWrapper<any>;
  CorrectionEdge: ResolverTypeWrapper<any>;
  CorrectionConnection: ResolverTypeWrapper<any>;
  CorrectionWhere: ResolverTypeWrapper<any>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  JSON: ResolverTypeWrapper<any>;
  CypherResult: ResolverTypeWrapper<any>;
  Evidence: ResolverTypeWrapper<any>;
  Relation: ResolverTypeWrapper<any>;
  Mention: ResolverTypeWrapper<any>;
  Entity: ResolverTypeWrapper<any>;
  Statement: ResolverTypeWrapper<any>;
  Article: ResolverTypeWrapper<any>;
  ArticleMention: ResolverTypeWrapper<any>;
  ArticleQuote: ResolverTypeWrapper<any>;
  PageInfo: ResolverTypeWrapper<any>;
  ArticleEdge: ResolverTypeWrapper<any>;
  ArticleConnection: ResolverTypeWrapper<any>;
  StatementEdge: ResolverTypeWrapper<any>;
  StatementConnection: ResolverTypeWrapper<any>;
  LabelCount: ResolverTypeWrapper<any>;
  Stats: ResolverTypeWrapper<any>;
  IngestResult: ResolverTypeWrapper<any>;
  DeleteResult: ResolverTypeWrapper<any>;
  EntityWhere: ResolverTypeWrapper<any>;
  EntityOrder: ResolverTypeWrapper<any>;
  EntityEdge: ResolverTypeWrapper<any>;
  EntityConnection: ResolverTypeWrapper<any>;
  RelationWhere: ResolverTypeWrapper<any>;
  RelationOrder: ResolverTypeWrapper<any>;
  RelationEdge: ResolverTypeWrapper<any>;
  RelationConnection: ResolverTypeWrapper<any>;
  EvidenceEdge: ResolverTypeWrapper<any>;
  EvidenceConnection: ResolverTypeWrapper<any>;
  ArticleWhere: ResolverTypeWrapper<any>;
  ArticleOrder: ResolverTypeWrapper<any>;
  StatementWhere: ResolverTypeWrapper<any>;
  StatementOrder: ResolverTypeWrapper<any>;
  Path: ResolverTypeWrapper<any>;
  MonthCount: ResolverTypeWrapper<any>;
  SavedView: ResolverTypeWrapper<any>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  GraphNode: any;
  ID: any;
  String: any;
  Int: any;
  GraphEdge: any;
  Boolean: any;
  Float: any;
  Subgraph: any;
  Query: Record<PropertyKey, never>;
  Correction: any;
  CorrectionEdge: any;
  CorrectionConnection: any;
  CorrectionWhere: any;
  Mutation: Record<PropertyKey, never>;
  JSON: any;
  CypherResult: any;
  Evidence: any;
  Relation: any;
  Mention: any;
  Entity: any;
  Statement: any;
  Article: any;
  ArticleMention: any;
  ArticleQuote: any;
  PageInfo: any;
  ArticleEdge: any;
  ArticleConnection: any;
  StatementEdge: any;
  StatementConnection: any;
  LabelCount: any;
  Stats: any;
  IngestResult: any;
  DeleteResult: any;
  EntityWhere: any;
  EntityEdge: any;
  EntityConnection: any;
  RelationWhere: any;
  RelationEdge: any;
  RelationConnection: any;
  EvidenceEdge: any;
  EvidenceConnection: any;
  ArticleWhere: any;
  StatementWhere: any;
  Path: any;
  MonthCount: any;
  SavedView: any;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  articleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  search?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'ids'>>;
  corrections?: Resolver<ResolversTypes['CorrectionConnection'], ParentType, ContextType, Partial<QueryCorrectionsArgs>>;
  cypher?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryCypherArgs, 'query'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  resolveIds?: Resolver<Array<Maybe<ResolversTypes['ID']>>, ParentType, ContextType, RequireFields<QueryResolveIdsArgs, 'ids'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  paths?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'to'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<QueryStatementsArgs>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<QueryEntitiesArgs>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<QueryRelationsArgs>>;
  pathsBetween?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsBetweenArgs, 'from' | 'to'>>;
  articleMonths?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType, Partial<QueryArticleMonthsArgs>>;
  savedView?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QuerySavedViewArgs, 'id'>>;
};

export type CorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Correction'] = ResolversParentTypes['Correction']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CorrectionKind'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  articleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reverted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revertedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revertNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorrectionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionEdge'] = ResolversParentTypes['CorrectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Correction'], ParentType, ContextType>;
};

export type CorrectionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionConnection'] = ResolversParentTypes['CorrectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CorrectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  mergeEntities?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'ids' | 'into'>>;
  splitEntity?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationSplitEntityArgs, 'id' | 'articleIds'>>;
  retypeEntity?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRetypeEntityArgs, 'id' | 'type'>>;
  renameEntity?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRenameEntityArgs, 'id' | 'name'>>;
  retractRelation?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRetractRelationArgs, 'id'>>;
  retractStatement?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRetractStatementArgs, 'id'>>;
  revertCorrection?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRevertCorrectionArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'text'>>;
  deleteArticle?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'state'>>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type CypherResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherResult'] = ResolversParentTypes['CypherResult']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidenceConnection?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<RelationEvidenceConnectionArgs>>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  redirectedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<EntityRelationsArgs>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<EntityStatementsArgs>>;
  statementsAbout?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<EntityStatementsAboutArgs>>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, Partial<EntityMentionsArgs>>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  about?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nearDuplicateOf?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ArticleMention']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['ArticleQuote']>, ParentType, ContextType>;
};

export type ArticleMentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleMention'] = ResolversParentTypes['ArticleMention']> = {
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type ArticleQuoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleQuote'] = ResolversParentTypes['ArticleQuote']> = {
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redirects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  savedViews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corrections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byLabel?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  byRelationType?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  removedNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceEdge'] = ResolversParentTypes['EvidenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type EvidenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvidenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MonthCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SavedViewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Correction?: CorrectionResolvers<ContextType>;
  CorrectionEdge?: CorrectionEdgeResolvers<ContextType>;
  CorrectionConnection?: CorrectionConnectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  CypherResult?: CypherResultResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleMention?: ArticleMentionResolvers<ContextType>;
  ArticleQuote?: ArticleQuoteResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  EvidenceEdge?: EvidenceEdgeResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
};

