import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../client/src/core/filters/types.ts';
import { parseSavedView, toSavedView } from '../../client/src/core/views/state.ts';
import { parseViewState } from '../../server/serve/resolvers/views.ts';

describe('saved view state', () => {
  it('round-trips through the server check, rounding positions to a tenth', () => {
    const state = toSavedView({
      positions: new Map([['country:KZ', { x: 10.123, y: -4.56 }], ['org:csto', { x: 0, y: 1 }]]),
      zoom: 1.23456,
      pan: { x: 3.33, y: 4.44 },
      filters: { ...defaultFilters, hiddenRelationTypes: ['MENTIONS'] },
      selected: 'org:csto',
      layout: 'timeline',
    });
    expect(state.positions['country:KZ']).toEqual([10.1, -4.6]);
    expect(state.ids).toEqual(['country:KZ', 'org:csto']);
    const text = JSON.stringify(state);
    expect(parseViewState(text)).toEqual(state);
    expect(parseSavedView(text)).toEqual(state);
  });

  it('refuses what is not a saved view', () => {
    expect(() => parseSavedView('{"version":2,"ids":[]}')).toThrow(/not a saved view/);
    expect(parseSavedView('{"version":1,"ids":["a"],"layout":"nonsense"}').layout).toBe('force');
  });
});
