import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceLabel, type Citation, type Source, type Subject } from '@apparatus/core';
import { planImport } from '../../src/import/import-plan.ts';
import { buildCompareModel, counterpartIndex } from '../../src/compare/compare-model.ts';

const fixture = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, '../../../../fixtures', name), 'utf8');
const NOW = '2026-02-01T00:00:00.000Z';

/** The seed and its earlier version, imported as the app imports them (subjects shared by label). */
function workspace() {
  const first = planImport(
    { title: '', text: fixture('siege-of-dushanbe.txt'), link: { kind: 'none' } },
    [],
    NOW,
  );
  if ('error' in first) throw new Error(first.error.message);
  const subjects: Subject[] = [...(first.value.subjects ?? [])];
  const second = planImport(
    {
      title: 'Earlier version',
      text: fixture('siege-of-dushanbe.earlier.txt'),
      link: { kind: 'none' },
    },
    subjects,
    NOW,
  );
  if ('error' in second) throw new Error(second.error.message);
  subjects.push(...(second.value.subjects ?? []));
  return { a: first.value, b: second.value, subjects };
}

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
