import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../client/src/core/filters/types.ts';
import { decodeView, encodeView, type ViewState } from '../../client/src/core/url/codec.ts';

describe('URL state', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      ids: ['org:csto', 'country:KZ', 'country:RU', 'person:kassym-jomart-tokajev', 'article:9f86d081884c'],
      filters: {
        hiddenNodeTypes: ['ARTICLE', 'STATEMENT'],
        hiddenRelationTypes: ['IN', 'MENTIONS'],
        coOccurs: true,
        minWeight: 3,
        minConfidence: 0.7,
        from: '2022-01-01',
        to: '2022-01-31',
      },
      selected: 'country:KZ',
    };
    const query = encodeView(view);
    expect(query).toContain('ids=org:csto,country:KZ');
    expect(decodeView(query)).toEqual(view);
    expect(decodeView(`?${query}`)).toEqual(view);
  });

  it('round-trips the default view as an empty query', () => {
    const view: ViewState = { ids: [], filters: defaultFilters };
    expect(encodeView(view)).toBe('');
    expect(decodeView('')).toEqual(view);
  });

  it('survives ids with characters that need escaping', () => {
    const view: ViewState = { ids: ['person:ivar-dale', 'location:sør-varanger', 'org:a&b=c'], filters: defaultFilters };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it('ignores unknown types, bad dates and bad weights', () => {
    const v = decodeView('ids=a,a,b&hideTypes=PERSON,BOGUS&hideRels=NOPE&minWeight=-2&from=yesterday&to=2022-13');
    expect(v.ids).toEqual(['a', 'b']);
    expect(v.filters.hiddenNodeTypes).toEqual(['PERSON']);
    expect(v.filters.hiddenRelationTypes).toEqual([]);
    expect(v.filters.minWeight).toBe(1);
    expect(v.filters.from).toBeUndefined();
    expect(v.filters.to).toBeUndefined();
  });
});
