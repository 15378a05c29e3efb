import { describe, expect, it } from 'vitest';
import { statementId } from '../resolve/resolve.ts';
import { carried } from './carry.ts';
import type { Correction } from './types.ts';

const from = new Set(['article:old']);

describe('corrections carried to an edited article', () => {
  it('a split names the new article instead of the old one, the others kept', () => {
    const c: Correction = { id: 'c1', kind: 'SPLIT_ENTITY', params: { id: 'person:x', articleIds: ['article:old', 'article:b'], name: null, newId: 'person:x-split-1' }, targets: ['person:x', 'person:x-split-1'], articleIds: ['article:old', 'article:b'] };
    const out = carried(c, from, 'article:new');
    expect(out.params.articleIds).toEqual(['article:new', 'article:b']);
    expect(out.articleIds).toEqual(['article:new', 'article:b']);
    expect(out.params.newId).toBe('person:x-split-1');
  });

  it('a retracted statement becomes the new article statement of the same text', () => {
    const text = 'Situasjonen er alvorlig';
    const c: Correction = { id: 'c2', kind: 'RETRACT_STATEMENT', params: { id: statementId('article:old', text), articleId: 'article:old', text }, targets: [statementId('article:old', text)], articleIds: ['article:old'] };
    const out = carried(c, from, 'article:new');
    expect(out.params).toEqual({ id: statementId('article:new', text), articleId: 'article:new', text });
    expect(out.targets).toEqual([statementId('article:new', text)]);
  });

  it('one made before texts were kept stays with its statement id', () => {
    const c: Correction = { id: 'c3', kind: 'RETRACT_STATEMENT', params: { id: 'statement:abc', articleId: 'article:old' }, targets: ['statement:abc'], articleIds: ['article:old'] };
    expect(carried(c, from, 'article:new').params.id).toBe('statement:abc');
  });
});
