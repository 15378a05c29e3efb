// The extract stage's output: what one article says, before it meets the graph.
// Entities are local to the article (key "e0", "e1", ...); the resolve stage maps them to graph ids.
import { GRAPH, type EntityLabel, type TextRelationName } from '../../schema/model.ts';

// The types are the graph model's (schema/model.ts): entity labels, and the relations a sentence states.
export type EntityType = EntityLabel;
export const ENTITY_TYPES = GRAPH.entityLabels as readonly EntityType[];

export type RelationType = TextRelationName;

/**
 * Where a mention or a quote stands in the article body: character offsets in UTF-16 code units (as JavaScript
 * indexes strings), end exclusive, so that body.slice(start, end) is what the text wrote there.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number; // character offsets into the article body
  end: number;
}

export interface ExtractedEntity {
  key: string; // article-local key, e.g. "e3"
  type: EntityType;
  name: string; // the fullest form the text uses
  aliases: string[]; // other forms in the text for the same entity (not plain genitives)
  code?: string; // ISO 3166-1 alpha-2, for a Country
  refId?: string; // id of the reference record it was linked to: "country:KZ", "org:csto"
  country?: string; // ISO code of the country a Location lies in, where known
  adjectiveOnly?: boolean; // named only through an adjective or demonym ("russiske styrker")
  sentences: number[]; // indices of the sentences that mention it, one entry per mention
  spans: Span[]; // where each of those mentions stands in the body, in the same order as sentences
}

export interface ExtractedStatement {
  speaker: string | null; // entity key, or null when the text names nobody
  text: string; // the quote as the body writes it: body.slice(start, end)
  start: number; // character offsets of text into the body (as Span)
  end: number;
  sentence: number; // index of the (first) sentence it comes from
  about: string[]; // entity keys named in the quote
}

export interface ExtractedRelation {
  type: RelationType;
  source: string; // entity key
  target: string; // entity key
  title?: string; // for HAS_ROLE
  sentence: number; // evidence: index into sentences
  confidence: number; // in [0, 1]: how strongly the sentence states it (the scale is in relations.ts)
}

export interface Extraction {
  sentences: Sentence[];
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  relations: ExtractedRelation[];
}
