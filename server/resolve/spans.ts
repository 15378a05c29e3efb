import type { EntityType, Extraction } from '../extract/types.ts';

// Where an article's text names each entity and quotes each statement, under graph ids: what the reader highlights.
// Stored as one JSON property of the Article node, written with it, so that the offsets cost one property per
// article rather than a node or relationship per mention. Entity ids are the ones of this load; a reader follows an
// id that moved (a later merge or fuller name) through its redirect.

/** [start, end, entity id, entity type]: body.slice(start, end) names the entity. */
export type MentionSpan = [number, number, string, EntityType];
/** [start, end, statement id]: body.slice(start, end) is the statement's text; its speaker is the statement's. */
export type QuoteSpan = [number, number, string];

export interface ArticleSpans {
  mentions: MentionSpan[];
  quotes: QuoteSpan[];
}

const byPlace = (a: [number, number, ...unknown[]], b: [number, number, ...unknown[]]) => a[0] - b[0] || a[1] - b[1];

/** One span per stretch of text: the first kept when two entries cover the same characters. */
function distinct<T extends [number, number, ...unknown[]]>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.sort(byPlace).filter((s) => {
    const key = `${s[0]}:${s[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The spans of one extraction in text order. `idOfKey` maps the extraction's entity keys to graph ids, `typeOf`
 * graph ids to their types; `statementIds` holds the graph id of each of x.statements, in order.
 */
export function articleSpans(x: Extraction, idOfKey: Map<string, string>, typeOf: Map<string, EntityType>, statementIds: string[]): ArticleSpans {
  const mentions: MentionSpan[] = [];
  for (const e of x.entities) {
    const id = idOfKey.get(e.key);
    const type = id ? typeOf.get(id) : undefined;
    if (!id || !type) continue;
    for (const s of e.spans ?? []) mentions.push([s.start, s.end, id, type]);
  }
  const quotes: QuoteSpan[] = [];
  x.statements.forEach((s, i) => {
    if (Number.isInteger(s.start) && Number.isInteger(s.end)) quotes.push([s.start, s.end, statementIds[i]!]);
  });
  return { mentions: distinct(mentions), quotes: distinct(quotes) };
}

/** The stored form: a JSON string (a Neo4j property holds no nested lists of mixed types). */
export function encodeSpans(spans: ArticleSpans): string {
  return JSON.stringify(spans);
}

/** The stored form read back; an article stored before offsets were kept (or a damaged value) has none. */
export function decodeSpans(stored: unknown): ArticleSpans {
  if (typeof stored !== 'string' || stored === '') return { mentions: [], quotes: [] };
  try {
    const v = JSON.parse(stored) as Partial<ArticleSpans>;
    return { mentions: Array.isArray(v.mentions) ? v.mentions : [], quotes: Array.isArray(v.quotes) ? v.quotes : [] };
  } catch {
    return { mentions: [], quotes: [] };
  }
}
