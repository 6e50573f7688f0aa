import { describe, expect, it } from 'vitest';
import {
  deletionImpact,
  describeDeletion,
  seedSources,
  sourceLabel,
  withoutVia,
} from '../../src/index.ts';
import { makeCitation } from './helpers.ts';

describe('deletionImpact', () => {
  const { kutay, mazarof, sources } = seedSources('2024-01-01T00:00:00.000Z');
  const citations = [
    makeCitation('c1', 'claim1', mazarof.id),
    makeCitation('c2', 'claim1', mazarof.id),
    makeCitation('c3', 'claim2', mazarof.id),
    makeCitation('c4', 'claim3', 'elsewhere'),
  ];

  it('lists the citations and claims that deleting the report would touch', () => {
    const impact = deletionImpact(mazarof.id, citations, sources);
    expect(impact.citations.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(impact.claimIds).toEqual(['claim1', 'claim2']);
    expect(impact.dependents).toEqual([]);
    expect(impact.safe).toBe(false);
    expect(describeDeletion(impact, sourceLabel)).toBe(
      '3 citations (on 2 claims) will be deleted with it; the claims themselves stay.',
    );
  });

  it('lists the sources known via Kutay', () => {
    const impact = deletionImpact(kutay.id, citations, sources);
    expect(impact.citations).toEqual([]);
    expect(impact.dependents.map((s) => s.id)).toEqual([mazarof.id]);
    expect(impact.safe).toBe(false);
    expect(describeDeletion(impact, sourceLabel)).toBe(
      "Mazarof's report will no longer be shown as known via it.",
    );
    expect(withoutVia(impact.dependents, kutay.id, 'now')[0]?.via).toEqual([]);
  });

  it('is safe when nothing depends on the source', () => {
    const impact = deletionImpact(mazarof.id, [], sources);
    expect(impact.safe).toBe(true);
    expect(describeDeletion(impact, sourceLabel)).toBe(
      'Nothing cites it and nothing is known through it.',
    );
  });
});
