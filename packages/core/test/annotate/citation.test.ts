import { describe, expect, it } from 'vitest';
import { STANCES, nameFromText, newCitation, newInlineSource } from '../../src/index.ts';

const now = '2026-03-03T10:00:00.000Z';
const draft = {
  claimId: 'c1',
  sourceId: 's1',
  locator: ' p. 212 ',
  quote: ' 7,000 men ',
  stance: 'contradicts',
  now,
};

describe('newCitation', () => {
  it('builds a citation with trimmed free text', () => {
    const result = newCitation({ ...draft, value: ' 7,000 ' });
    if (!('value' in result)) throw new Error(result.error);
    expect(result.value).toMatchObject({
      claimId: 'c1',
      sourceId: 's1',
      locator: 'p. 212',
      quote: '7,000 men',
      stance: 'contradicts',
      value: '7,000',
      createdAt: now,
    });
    expect(result.value.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('needs a source', () => {
    expect(newCitation({ ...draft, sourceId: ' ' })).toEqual({
      error: 'Choose the source this citation comes from.',
      field: 'source',
    });
  });

  it('accepts every stance and nothing else', () => {
    for (const stance of STANCES) expect('value' in newCitation({ ...draft, stance })).toBe(true);
    const wrong = newCitation({ ...draft, stance: 'agrees' });
    expect('error' in wrong && wrong.field).toBe('stance');
  });

  it('takes an empty locator and quote', () => {
    const result = newCitation({ ...draft, locator: '', quote: '' });
    expect('value' in result && result.value.locator).toBe('');
  });
});

describe('sources made inside the citation dialog', () => {
  it('reads "Family, Given", a single family name, and keeps other names whole', () => {
    expect(nameFromText('Kutay, Cemal')).toEqual({ family: 'Kutay', given: 'Cemal' });
    expect(nameFromText(' Mazarof ')).toEqual({ family: 'Mazarof' });
    expect(nameFromText('Cemal  Kutay')).toEqual({ literal: 'Cemal Kutay' });
  });

  it('needs an author or a title', () => {
    expect(newInlineSource({ author: ' ', title: '', now })).toEqual({
      error: 'A new source needs at least an author or a title.',
      field: 'author',
    });
  });

  it('makes a source with only what was typed, nothing invented', () => {
    const result = newInlineSource({ author: 'Kutay, Cemal', title: '', now });
    if (!('value' in result)) throw new Error(result.error);
    const source = result.value;
    expect(source.csl).toEqual({
      id: source.id,
      type: 'document',
      author: [{ family: 'Kutay', given: 'Cemal' }],
    });
    expect(source).toMatchObject({ category: null, composed: '', via: [], createdAt: now });
  });
});
