import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../parse/article.ts';
import type { ResolvedArticle, ResolvedEntity } from '../resolve/resolve.ts';
import { runRows, tally } from './batch-rows.ts';

// A run's rows leave a node, an edge and an entity's figures as the run's articles written one after another would.

const article = (id: string, dateFrom: string | null, dateTo: string | null): ParsedArticle => ({
  id,
  contentHash: id,
  title: id,
  body: '',
  date: dateFrom,
  datePrecision: null,
  dateFrom,
  dateTo,
  section: null,
  source: null,
});

const entity = (over: Partial<ResolvedEntity>): ResolvedEntity => ({
  id: 'country:RU',
  type: 'Country',
  name: 'Russland',
  aliases: [],
  forms: ['Russland'],
  keys: ['k_russland'],
  code: null,
  country: 'RU',
  refId: null,
  count: 1,
  adjectiveOnly: false,
  exists: true,
  ...over,
});

const resolved = (a: ParsedArticle, entities: ResolvedEntity[], confidence: number): ResolvedArticle => ({
  article: a,
  merges: [],
  entities,
  statements: [],
  relations: [{ type: 'SENDS_TROOPS_TO', source: 'country:RU', target: 'country:KZ', title: null, sentence: `s ${a.id}`, confidence }],
  cooccurrences: [{ a: 'country:KZ', b: 'country:RU', weight: 2, sentence: `c ${a.id}` }],
  spans: '',
});

describe('batch rows', () => {
  it('tallies confidences ascending, each once with how often it came', () => {
    expect(tally([0.9, 0.5, 0.9, 0.7, 0.5, 0.9])).toEqual({ values: [0.5, 0.7, 0.9], counts: [2, 1, 3] });
    expect(tally([])).toEqual({ values: [], counts: [] });
  });

  it('gives a node the last article\'s names, the first code and the last reference id, and every article\'s mentions', () => {
    const rows = runRows([
      resolved(article('a1', '2020-01-01', '2020-01-31'), [entity({ name: 'Russland', code: 'RU', exists: false, count: 2 })], 0.9),
      resolved(article('a2', null, null), [entity({ name: 'Den russiske føderasjon', code: 'XX', refId: 'ref:1' })], 0.5),
      resolved(article('a3', '2019-05-01', '2019-05-31'), [entity({ name: 'Russland!', refId: null })], 0.9),
    ]);
    const [ru] = rows.entities.get('Country')!;
    expect(ru).toMatchObject({ name: 'Russland!', code: 'RU', refId: 'ref:1', added: 4, dropRedirect: true });
    expect(ru.mentions.map((m) => m.articleId)).toEqual(['a1', 'a2', 'a3']);
    expect(rows.figures).toEqual([{ id: 'country:RU', articles: 3, first: '2019-05-01', last: '2020-01-31' }]);
  });

  it('writes each edge once, with every article\'s evidence, their confidence counts and their summed weight', () => {
    const rows = runRows(['a1', 'a2', 'a3'].map((id, i) => resolved(article(id, null, null), [entity({})], [0.9, 0.5, 0.9][i])));
    const [troops] = rows.relations.get('SENDS_TROOPS_TO')!;
    expect(troops).toMatchObject({ key: 'SENDS_TROOPS_TO|country:RU|country:KZ', values: [0.5, 0.9], counts: [1, 2], weight: null });
    expect(troops.evidence.map((e) => e.articleId)).toEqual(['a1', 'a2', 'a3']);
    expect(rows.cooccurs).toHaveLength(1);
    expect(rows.cooccurs[0]).toMatchObject({ weight: 6, values: [], counts: [] });
    expect(rows.relations.get('HAS_ROLE')).toEqual([]);
  });
});
