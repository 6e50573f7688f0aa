import { describe, expect, it } from 'vitest';
import { seedSources } from '@apparatus/core';
import {
  chooseVia,
  viaSuggestions,
  EMPTY_SOURCE_FORM,
  formValuesOf,
  parseAuthors,
  sourceFromForm,
} from '../../src/sources/source-form.ts';

const NOW = '2025-01-01T00:00:00.000Z';

describe('parseAuthors', () => {
  it('reads "Family, Given", "Given Family", a single name and several names', () => {
    expect(parseAuthors('Kutay, Cemal')).toEqual([{ family: 'Kutay', given: 'Cemal' }]);
    expect(parseAuthors('Cemal  Kutay')).toEqual([{ family: 'Kutay', given: 'Cemal' }]);
    expect(parseAuthors('Mazarof')).toEqual([{ family: 'Mazarof' }]);
    expect(parseAuthors('Olcott, Martha B.; Jane Doe ;')).toEqual([
      { family: 'Olcott', given: 'Martha B.' },
      { family: 'Doe', given: 'Jane' },
    ]);
  });
});

describe('sourceFromForm', () => {
  const { kutay, mazarof, sources } = seedSources(NOW);

  it('round-trips the seed report through the form unchanged', () => {
    const values = formValuesOf(mazarof, sources);
    expect(values).toMatchObject({
      author: 'Mazarof',
      title: '',
      year: '',
      knownVia: 'Cemal Kutay',
      category: 'primary',
    });
    const result = sourceFromForm(values, sources, mazarof, NOW);
    expect(result).toEqual({ source: { ...mazarof, updatedAt: NOW } });
  });

  it('builds a new record with a fresh id', () => {
    const result = sourceFromForm(
      {
        ...EMPTY_SOURCE_FORM,
        author: 'Kutay, Cemal',
        title: ' Enver Paşa ',
        year: '1956',
        url: 'https://example.org/x',
      },
      sources,
      undefined,
      NOW,
    );
    if (!('source' in result)) throw new Error(JSON.stringify(result.errors));
    expect(result.source.id).not.toBe(kutay.id);
    expect(result.source.csl).toEqual({
      id: result.source.id,
      type: 'document',
      author: [{ family: 'Kutay', given: 'Cemal' }],
      title: 'Enver Paşa',
      issued: { 'date-parts': [[1956]] },
      URL: 'https://example.org/x',
    });
    expect(result.source.category).toBeNull();
  });

  it('keeps a full date when the year is unchanged, and drops cleared fields', () => {
    const dated = {
      ...kutay,
      csl: { ...kutay.csl, title: 'T', issued: { 'date-parts': [[1956, 3, 2]] }, publisher: 'P' },
    };
    const values = { ...formValuesOf(dated, sources), publisher: '' };
    const result = sourceFromForm(values, sources, dated, NOW);
    if (!('source' in result)) throw new Error('expected a source');
    expect(result.source.csl.issued).toEqual({ 'date-parts': [[1956, 3, 2]] });
    expect('publisher' in result.source.csl).toBe(false);
  });

  it.each([
    [{ title: 'x', year: '19x6' }, 'year'],
    [{ title: 'x', year: '0' }, 'year'],
    [{ title: 'x', url: 'ftp://example.org' }, 'url'],
    [{ title: 'x', url: 'https://' }, 'url'],
    [{ title: 'x', knownVia: 'Unknown' }, 'knownVia'],
    [{ title: 'x', category: 'quaternary' }, 'category'],
    [{ year: '1956' }, 'form'],
  ] as const)('refuses %o with an error on %s', (values, field) => {
    const result = sourceFromForm({ ...EMPTY_SOURCE_FORM, ...values }, sources, undefined, NOW);
    expect('errors' in result && Object.keys(result.errors)).toEqual([field]);
  });

  it('refuses a source known via itself', () => {
    const result = sourceFromForm(
      { ...formValuesOf(kutay, sources), knownVia: 'Cemal Kutay' },
      sources,
      kutay,
      NOW,
    );
    expect('errors' in result && result.errors.knownVia).toBe(
      'A source cannot be known via itself.',
    );
  });
});

describe('viaSuggestions', () => {
  const labels = ['Cemal Kutay', "Mazarof's report", 'Kutayev, A.', 'A history of Kutaisi'];

  it('offers names starting with the typed part first, then names containing it', () => {
    expect(viaSuggestions('kuta', labels)).toEqual([
      'Kutayev, A.',
      'Cemal Kutay',
      'A history of Kutaisi',
    ]);
    expect(viaSuggestions('Cemal Kutay; maz', labels)).toEqual(["Mazarof's report"]);
    expect(viaSuggestions('kuta', labels, 1)).toEqual(['Kutayev, A.']);
  });

  it('offers nothing for an empty or already exact name', () => {
    expect(viaSuggestions('  ', labels)).toEqual([]);
    expect(viaSuggestions('cemal kutay', labels)).toEqual([]);
  });

  it('replaces only the half-typed last name', () => {
    expect(chooseVia('kut', 'Cemal Kutay')).toBe('Cemal Kutay');
    expect(chooseVia('Cemal Kutay; ma', "Mazarof's report")).toBe("Cemal Kutay; Mazarof's report");
  });
});
