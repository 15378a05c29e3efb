import { createHash } from 'node:crypto';
import type { Extraction, ExtractedEntity, EntityType, RelationType } from '../extract/types.ts';
import type { ParsedArticle } from '../parse/article.ts';
import type { Tx } from '../store/store.ts';
import { entityKeys, foldName, slug, tokens } from './names.ts';

// The resolve stage: article-local entities become graph nodes, joining the ones already in the graph.

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  keys: string[];
  code: string | null;
  country: string | null;
  count: number;
  adjectiveOnly: boolean;
}

export interface ResolvedStatement {
  id: string;
  text: string;
  sentence: string;
  speakerId: string | null;
  about: string[];
}

export interface ResolvedRelation {
  type: RelationType;
  source: string;
  target: string;
  title: string | null;
  sentence: string;
}

export interface CoOccurrence {
  a: string;
  b: string;
  weight: number;
  sentence: string;
}

export interface ResolvedArticle {
  article: ParsedArticle;
  entities: ResolvedEntity[];
  statements: ResolvedStatement[];
  relations: ResolvedRelation[];
  cooccurrences: CoOccurrence[];
}

const ID_PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organisation: 'org',
  Country: 'country',
  Location: 'location',
};

// Which node types each relation may join; anything else the extractor proposes is dropped.
const RELATION_ENDS: Record<RelationType, [EntityType[], EntityType[]]> = {
  HAS_ROLE: [['Person'], ['Organisation', 'Country']],
  MEMBER_OF: [['Country', 'Organisation'], ['Organisation']],
  SENDS_TROOPS_TO: [['Country', 'Organisation'], ['Country']],
  LOCATED_IN: [['Location'], ['Country', 'Location']],
};

interface Candidate {
  id: string;
  name: string;
  keys: string[];
  mentions: number;
}

function hash(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 20);
}

function ownId(e: ExtractedEntity): string {
  if (e.refId) return e.refId;
  if (e.type === 'Country' && e.code) return `country:${e.code.toUpperCase()}`;
  return `${ID_PREFIX[e.type]}:${slug(e.name)}`;
}

/** Picks the node an extracted entity is, among those sharing one of its keys. */
function choose(e: ExtractedEntity, keys: string[], candidates: Candidate[]): Candidate | undefined {
  const own = new Set(keys.filter((k) => k.startsWith('k_')));
  const exact = candidates.filter((c) => c.keys.some((k) => own.has(k)));
  const ranked = (list: Candidate[]) => [...list].sort((x, y) => y.mentions - x.mentions || x.id.localeCompare(y.id))[0];
  if (exact.length > 0) {
    return ranked(exact);
  }
  if (e.type !== 'Person') return undefined;
  const single = tokens(e.name).length === 1;
  if (single) {
    // "Tokajev" alone joins the person with that surname (the most mentioned, if several).
    const surname = `s_${foldName(e.name)}`;
    return ranked(candidates.filter((c) => c.keys.includes(surname)));
  }
  // A full name joins a node known so far only by that surname.
  const surnames = new Set(keys.filter((k) => k.startsWith('s_')));
  return ranked(candidates.filter((c) => tokens(c.name).length === 1 && c.keys.some((k) => surnames.has(k))));
}

async function lookup(tx: Tx, rows: { i: number; label: string; query: string }[]): Promise<Map<number, Candidate[]>> {
  const out = new Map<number, Candidate[]>();
  if (rows.length === 0) return out;
  const res = await tx.run(
    `UNWIND $rows AS row
     CALL db.index.fulltext.queryNodes('entity_keys', row.query, {limit: 20}) YIELD node
     WHERE row.label IN labels(node)
     RETURN row.i AS i, node.id AS id, node.name AS name, node.keys AS keys, coalesce(node.mentionCount, 0) AS mentions`,
    { rows },
  );
  for (const r of res.records) {
    const i = r.get('i') as number;
    const list = out.get(i) ?? [];
    list.push({ id: r.get('id'), name: r.get('name'), keys: r.get('keys') ?? [], mentions: r.get('mentions') });
    out.set(i, list);
  }
  return out;
}

export async function resolveArticle(tx: Tx, article: ParsedArticle, x: Extraction): Promise<ResolvedArticle> {
  const keysOf = x.entities.map((e) => entityKeys(e.type, [e.name, ...e.aliases]));
  const rows = x.entities
    .map((e, i) => ({ i, label: e.type, query: keysOf[i].join(' OR '), skip: Boolean(e.refId || (e.type === 'Country' && e.code)) }))
    .filter((r) => !r.skip && r.query)
    .map(({ i, label, query }) => ({ i, label, query }));
  const candidates = await lookup(tx, rows);

  const idOfKey = new Map<string, string>();
  const byId = new Map<string, ResolvedEntity>();
  x.entities.forEach((e, i) => {
    const match = candidates.has(i) ? choose(e, keysOf[i], candidates.get(i)!) : undefined;
    const id = match?.id ?? ownId(e);
    idOfKey.set(e.key, id);
    const prev = byId.get(id);
    if (prev) {
      // Two local entities that resolve to one node (e.g. the extractor kept two spellings apart).
      prev.aliases = [...new Set([...prev.aliases, e.name, ...e.aliases])].filter((a) => a !== prev.name);
      prev.keys = [...new Set([...prev.keys, ...keysOf[i]])];
      prev.count += e.sentences.length;
      prev.adjectiveOnly &&= Boolean(e.adjectiveOnly);
      return;
    }
    byId.set(id, {
      id,
      type: e.type,
      name: e.name,
      aliases: [...new Set(e.aliases)].filter((a) => a !== e.name),
      keys: keysOf[i],
      code: e.code?.toUpperCase() ?? null,
      country: e.country?.toUpperCase() ?? null,
      count: Math.max(1, e.sentences.length),
      adjectiveOnly: Boolean(e.adjectiveOnly),
    });
  });
  const entities = [...byId.values()];
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const sentenceText = (i: number) => x.sentences[i]?.text ?? '';

  const statements: ResolvedStatement[] = x.statements.map((s) => {
    const speakerId = s.speaker ? idOfKey.get(s.speaker) ?? null : null;
    const speakerType = speakerId ? typeOf.get(speakerId) : undefined;
    return {
      id: `statement:${hash(`${article.id}|${s.text}`)}`,
      text: s.text,
      sentence: sentenceText(s.sentence),
      speakerId: speakerType === 'Person' || speakerType === 'Organisation' ? speakerId : null,
      about: [...new Set(s.about.map((k) => idOfKey.get(k)).filter((id): id is string => Boolean(id)))],
    };
  });
  const uniqueStatements = [...new Map(statements.map((s) => [s.id, s])).values()];

  const relations = new Map<string, ResolvedRelation>();
  for (const r of x.relations) {
    const source = idOfKey.get(r.source);
    const target = idOfKey.get(r.target);
    if (!source || !target || source === target) continue;
    const [from, to] = RELATION_ENDS[r.type];
    if (!from.includes(typeOf.get(source)!) || !to.includes(typeOf.get(target)!)) continue;
    const title = r.type === 'HAS_ROLE' ? (r.title ?? '').trim().toLowerCase() || 'rolle' : null;
    const key = `${r.type}|${source}|${target}|${title ?? ''}`;
    if (!relations.has(key)) relations.set(key, { type: r.type, source, target, title, sentence: sentenceText(r.sentence) });
  }

  return {
    article,
    entities,
    statements: uniqueStatements,
    relations: [...relations.values()],
    cooccurrences: cooccurrences(x, idOfKey),
  };
}

/** Entities named in one sentence, counted per pair; the first such sentence is the evidence. */
function cooccurrences(x: Extraction, idOfKey: Map<string, string>): CoOccurrence[] {
  const bySentence = new Map<number, Set<string>>();
  for (const e of x.entities) {
    const id = idOfKey.get(e.key)!;
    for (const s of e.sentences) {
      const set = bySentence.get(s) ?? new Set<string>();
      set.add(id);
      bySentence.set(s, set);
    }
  }
  const pairs = new Map<string, CoOccurrence>();
  for (const [s, ids] of [...bySentence.entries()].sort((p, q) => p[0] - q[0])) {
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}|${list[j]}`;
        const p = pairs.get(key);
        if (p) p.weight += 1;
        else pairs.set(key, { a: list[i], b: list[j], weight: 1, sentence: x.sentences[s]?.text ?? '' });
      }
    }
  }
  return [...pairs.values()];
}
