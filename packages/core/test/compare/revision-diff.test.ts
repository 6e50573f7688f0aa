import { describe, expect, it } from 'vitest';
import { diffRevision } from '../../src/compare/revision-diff.ts';
import type { RevisionSide } from '../../src/compare/revision-diff.ts';

/** A side whose claims are named by their words. */
function side(
  text: string,
  claims: [id: string, words: string, kind: 'date' | 'quantity' | 'scale' | 'name'][],
): RevisionSide {
  return {
    text,
    claims: claims.map(([id, words, kind]) => {
      const start = text.indexOf(words);
      if (start < 0) throw new Error(words);
      return { id, kind, text: words, start, end: start + words.length };
    }),
  };
}

const older = side(
  '- Casualties2: Moderate\n\nThe siege began in February 1922 under an unknown commander.',
  [
    ['o-scale', 'Moderate', 'scale'],
    ['o-date', 'February 1922', 'date'],
  ],
);
const newer = side(
  '- Casualties2: Heavy\n\nThe siege began on 28 January or 8 February under Mazarof.',
  [
    ['n-scale', 'Heavy', 'scale'],
    ['n-date', '28 January or 8 February', 'date'],
    ['n-name', 'Mazarof', 'name'],
  ],
);

describe('diffRevision', () => {
  const diff = diffRevision(older, newer);

  it('rebuilds both texts from its runs', () => {
    const join = (types: string[]) =>
      diff.parts
        .filter((p) => types.includes(p.type))
        .map((p) => p.text)
        .join('');
    expect(join(['same', 'removed'])).toBe(older.text);
    expect(join(['same', 'added'])).toBe(newer.text);
  });

  it('picks out changed figures and dates, linked to the claims on both sides by offsets', () => {
    const scale = diff.valueChanges.find((c) => c.claimsBefore.includes('o-scale'));
    expect(scale).toMatchObject({ type: 'replaced', claimsAfter: ['n-scale'] });
    expect(older.text.slice(scale!.before.start, scale!.before.end)).toBe('Moderate');
    expect(newer.text.slice(scale!.after.start, scale!.after.end)).toBe('Heavy');
    const date = diff.valueChanges.find((c) => c.claimsBefore.includes('o-date'));
    expect(date?.claimsAfter).toContain('n-date');
  });

  it('keeps a change of words that touches no figure out of the value changes', () => {
    const name = diff.changes.find((c) => c.claimsAfter.includes('n-name'));
    expect(name).toBeDefined();
    expect(name!.touchesValue).toBe(false);
    expect(diff.valueChanges).not.toContain(name);
  });

  it('keeps a figure changed inside its word as one change, not cut at the comma', () => {
    const figures = diffRevision(
      side('The garrison was estimated at 1,500 strong.', [['o-n', '1,500', 'quantity']]),
      side('The garrison was estimated at 2,000 strong.', [['n-n', '2,000', 'quantity']]),
    );
    expect(figures.changes).toHaveLength(1);
    expect(figures.valueChanges[0]).toMatchObject({
      type: 'replaced',
      before: { text: '1,500' },
      after: { text: '2,000' },
      claimsBefore: ['o-n'],
      claimsAfter: ['n-n'],
    });
  });

  it('finds nothing to report between a text and itself', () => {
    expect(diffRevision(older, older).changes).toEqual([]);
  });
});
