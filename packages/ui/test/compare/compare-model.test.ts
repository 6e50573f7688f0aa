import { describe, expect, it } from 'vitest';
import { sourceLabel, type Citation, type Source } from '@apparatus/core';
import { buildCompareModel, counterpartIndex } from '../../src/compare/compare-model.ts';
import { NOW, seedAndEarlier } from './fixtures.ts';

/** The seed and its earlier version, as the app imports them. */
const workspace = seedAndEarlier;

describe('buildCompareModel', () => {
  it('gives the stored claims the verdicts of the comparison: Heavy against Moderate conflicts, ~1,500 agrees', () => {
    const { a, b, subjects } = workspace();
    const model = buildCompareModel({
      accounts: [a.account, b.account],
      claims: new Map([
        [a.account.id, a.claims],
        [b.account.id, b.claims],
      ]),
      subjects,
      citations: [],
      sources: [],
      overrides: {},
    });
    expect(model.columns.map((c) => c.title)).toEqual(['Siege of Dushanbe', 'Earlier version']);
    const casualties = model.rows.find(
      (r) => r.label === 'casualties · Russian SFSR, Soviet Bukhara',
    )!;
    expect(casualties.status).toBe('conflict');
    expect(casualties.cells[0]!.map((c) => c.text)).toContain('Heavy');
    expect(casualties.cells[1]!.map((c) => c.text)).toEqual(['Moderate']);
    const strength = model.rows.find((r) => r.label === 'strength · Basmachi Movement')!;
    expect(strength.status).toBe('agree');
    expect(strength.cells[1]![0]!.value).toBe('about 1,500');

    // Counterparts: Moderate lights Heavy (and the prose "heavy losses"), not itself.
    const moderate = casualties.cells[1]![0]!.id;
    const counterparts = counterpartIndex(model.synopsis).get(moderate)!;
    expect(counterparts).toEqual(casualties.cells[0]!.map((c) => c.id));
  });

  it('shows citations with their sources, and applies a split', () => {
    const { a, b, subjects } = workspace();
    const heavy = a.claims.find((c) => c.quote.exact === 'Heavy')!;
    const kutay: Source = {
      id: 's1',
      csl: {
        id: 's1',
        type: 'book',
        title: 'Türk İstiklal Harbi',
        author: [{ family: 'Kutay', given: 'Cemal' }],
      },
      category: 'secondary',
      composed: '',
      perspective: '',
      reliability: '',
      via: [],
      createdAt: NOW,
      updatedAt: NOW,
    };
    const citation: Citation = {
      id: 'c1',
      claimId: heavy.id,
      sourceId: 's1',
      locator: 'p. 212',
      quote: '',
      stance: 'supports',
      value: '',
      createdAt: NOW,
    };
    const model = buildCompareModel({
      accounts: [a.account, b.account],
      claims: new Map([
        [a.account.id, a.claims],
        [b.account.id, b.claims],
      ]),
      subjects,
      citations: [citation],
      sources: [kutay],
      overrides: { split: ['casualties · Russian SFSR, Soviet Bukhara'] },
    });
    const labels = model.rows.map((r) => r.label);
    expect(labels).not.toContain('casualties · Russian SFSR, Soviet Bukhara');
    const own = model.rows.find(
      (r) => r.label === 'casualties · Russian SFSR, Soviet Bukhara [a]',
    )!;
    expect(own.status).toBe('single');
    const cell = own.cells[0]!.find((c) => c.id === heavy.id)!;
    expect(cell.citations).toBe('1 citation');
    expect(cell.sources).toEqual([sourceLabel(kutay)]);
    expect(model.rows.some((r) => r.status === 'conflict')).toBe(false);
  });
});
