import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citeSeed, missingFields, SEED_CITED_SENTENCE, seedSources } from '../../src/index.ts';

const article = readFileSync(
  new URL('../../../../fixtures/siege-of-dushanbe.txt', import.meta.url),
  'utf8',
);

describe('seedSources', () => {
  const seed = seedSources('2024-01-01T00:00:00.000Z');

  it('names Kutay and Mazarof and invents nothing about them', () => {
    expect(seed.kutay.category).toBe('secondary');
    expect(seed.kutay.csl.author).toEqual([{ family: 'Kutay', given: 'Cemal' }]);
    expect(missingFields(seed.kutay.csl)).toEqual(['title', 'issued', 'publisher']);
    expect(seed.mazarof.category).toBe('primary');
    expect(seed.mazarof.via).toEqual([seed.kutay.id]);
    expect(missingFields(seed.mazarof.csl)).toEqual(['title', 'issued', 'publisher']);
    expect(seed.mazarof.composed).toBe('');
    expect(seed.sources).toEqual([seed.kutay, seed.mazarof]);
  });

  it('cites a sentence that occurs once in the seed article', () => {
    const [plan] = seed.citations;
    expect(plan?.sentence).toBe(SEED_CITED_SENTENCE);
    expect(article.split(SEED_CITED_SENTENCE)).toHaveLength(2);
    expect(plan?.sourceId).toBe(seed.mazarof.id);
    const citation = citeSeed(plan!, 'claim-1', '2024-01-02T00:00:00.000Z');
    expect(citation).toMatchObject({
      claimId: 'claim-1',
      sourceId: seed.mazarof.id,
      stance: 'supports',
      quote: '',
    });
  });

  it('makes fresh ids on every call', () => {
    expect(seedSources().kutay.id).not.toBe(seed.kutay.id);
  });
});
