// The graph's vocabulary, declared once, as data: the node labels (with the GraphQL name, the id prefix of an
// entity, how the explorer draws it) and the relation types (the ends they may join, where their facts come from,
// their colour). Every list of types in the server, the SDL's enums and the explorer's styles derive from it
// (derive() below), so a new relation type is one entry here plus the extraction rule that finds it.
// Plain TypeScript with no imports: the server, the explorer and the scripts all read this one file.

/** Where a relationship's facts come from. */
export type Provenance =
  | 'text' // stated by a sentence: one Evidence record per supporting article, a confidence, a reference variant
  | 'cooccurrence' // named in one sentence: Evidence per article, a weight, no confidence
  | 'structure'; // how articles, statements and entities hang together: no evidence of its own

export interface NodeKind {
  /** The node type's name in GraphQL and in the explorer. */
  gql: string;
  /** An entity the extractor finds (rather than an article or a statement). */
  entity: boolean;
  /** The first part of an entity id ("person:jonas-gahr-store"). */
  idPrefix?: string;
  description: string;
  look: { color: string; shape: string; size: number };
}

export interface RelationKind {
  provenance: Provenance;
  /** The node labels the relationship may start and end at; anything else the extractor proposes is dropped. */
  from: readonly string[];
  to: readonly string[];
  description: string;
  color: string;
}

export interface Model {
  nodes: Record<string, NodeKind>;
  relations: Record<string, RelationKind>;
}

const ENTITIES = ['Person', 'Organisation', 'Country', 'Location'] as const;

// Okabe–Ito colours for node types: distinguishable with common colour-vision deficiencies.
export const MODEL = {
  nodes: {
    Person: { gql: 'PERSON', entity: true, idPrefix: 'person', description: 'A person named in an article.', look: { color: '#0072B2', shape: 'ellipse', size: 34 } },
    Organisation: {
      gql: 'ORGANISATION',
      entity: true,
      idPrefix: 'org',
      description: 'An organisation: a party, alliance, agency, company, ministry, medium and the like.',
      look: { color: '#D55E00', shape: 'round-rectangle', size: 34 },
    },
    Country: { gql: 'COUNTRY', entity: true, idPrefix: 'country', description: 'A state (ISO 3166-1), or a former one.', look: { color: '#009E73', shape: 'hexagon', size: 44 } },
    Location: {
      gql: 'LOCATION',
      entity: true,
      idPrefix: 'location',
      description: 'A place that is not a country: a city, region, river, base and the like.',
      look: { color: '#CC79A7', shape: 'diamond', size: 32 },
    },
    Statement: { gql: 'STATEMENT', entity: false, description: 'A quote or reported statement, with who said it.', look: { color: '#56B4E9', shape: 'round-tag', size: 22 } },
    Article: { gql: 'ARTICLE', entity: false, description: 'A loaded news article.', look: { color: '#6B6B6B', shape: 'rectangle', size: 24 } },
  },
  relations: {
    MENTIONS: { provenance: 'structure', from: ['Article'], to: ENTITIES, description: 'Article → entity it names.', color: '#A0A0A0' },
    SAID: { provenance: 'structure', from: ['Person', 'Organisation'], to: ['Statement'], description: 'Person or organisation → statement it made.', color: '#2F7FB0' },
    IN: { provenance: 'structure', from: ['Statement'], to: ['Article'], description: 'Statement → the article it is in.', color: '#A0A0A0' },
    ABOUT: { provenance: 'structure', from: ['Statement'], to: ENTITIES, description: 'Statement → entity it names.', color: '#4C8FB8' },
    HAS_ROLE: {
      provenance: 'text',
      from: ['Person'],
      to: ['Organisation', 'Country'],
      description: "Person → organisation or country where it holds a title (the edge's title).",
      color: '#005A8C',
    },
    MEMBER_OF: { provenance: 'text', from: ['Country', 'Organisation'], to: ['Organisation'], description: 'Country or organisation → organisation it belongs to.', color: '#B35C00' },
    SENDS_TROOPS_TO: { provenance: 'text', from: ['Country', 'Organisation'], to: ['Country'], description: 'Country or organisation → country it sends troops to.', color: '#B8002E' },
    LOCATED_IN: { provenance: 'text', from: ['Location'], to: ['Country', 'Location'], description: 'Location → the country or location it lies in.', color: '#9C4F85' },
    CO_OCCURS: { provenance: 'cooccurrence', from: ENTITIES, to: ENTITIES, description: 'Entity → entity named in the same sentence (weight: how many sentences).', color: '#C8A000' },
  },
} as const satisfies Model;

type Nodes = typeof MODEL.nodes;
type Relations = typeof MODEL.relations;
export type NodeLabel = keyof Nodes;
export type EntityLabel = { [K in NodeLabel]: Nodes[K]['entity'] extends true ? K : never }[NodeLabel];
export type NodeTypeName = Nodes[NodeLabel]['gql'];
export type RelationName = keyof Relations;
export type TextRelationName = { [K in RelationName]: Relations[K]['provenance'] extends 'text' ? K : never }[RelationName];

const sdlString = (s: string) => JSON.stringify(s);

/** Everything the code lists about the graph's types, computed from a model (the product's, or a copy in a test). */
export function derive(model: Model) {
  const nodes = Object.entries(model.nodes);
  const relations = Object.entries(model.relations);
  const relationsOf = (...p: Provenance[]) => relations.filter(([, r]) => p.includes(r.provenance)).map(([t]) => t);
  return {
    entityLabels: nodes.filter(([, n]) => n.entity).map(([l]) => l),
    nodeTypes: nodes.map(([, n]) => n.gql),
    nodeTypeOfLabel: Object.fromEntries(nodes.map(([l, n]) => [l, n.gql])) as Record<string, string>,
    idPrefixOf: Object.fromEntries(nodes.filter(([, n]) => n.idPrefix).map(([l, n]) => [l, n.idPrefix!])) as Record<string, string>,
    relationTypes: relations.map(([t]) => t),
    /** Stated facts: Evidence, confidence, a reference variant; what the lists and the trust controls show. */
    textRelations: relationsOf('text'),
    /** The types whose support is kept as Evidence records filed under the edge's key. */
    evidenceTypes: relationsOf('text', 'cooccurrence'),
    /** What the canvas and paths follow unless asked otherwise: everything but co-occurrence. */
    drawnByDefault: relationsOf('text', 'structure'),
    relationEnds: Object.fromEntries(relations.map(([t, r]) => [t, [r.from, r.to]])) as Record<string, readonly [readonly string[], readonly string[]]>,
    /** The SDL of the NodeType and RelationType enums, with each value's description. */
    enumsSdl: [
      `"The kinds of node in the graph."\nenum NodeType {\n${nodes.map(([, n]) => `  ${sdlString(n.description)}\n  ${n.gql}`).join('\n')}\n}`,
      `"The kinds of relationship in the graph."\nenum RelationType {\n${relations.map(([t, r]) => `  ${sdlString(r.description)}\n  ${t}`).join('\n')}\n}`,
    ].join('\n\n'),
    nodeLook: Object.fromEntries(nodes.map(([, n]) => [n.gql, n.look])) as Record<string, NodeKind['look']>,
    edgeColor: Object.fromEntries(relations.map(([t, r]) => [t, r.color])) as Record<string, string>,
  };
}

export const GRAPH = derive(MODEL);
