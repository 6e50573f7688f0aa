import type { Citation, Claim } from '../../src/index.ts';

/** A stored claim for tests; `overrides` replace any field. */
export function claim(overrides: Partial<Claim> = {}): Claim {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    id: 'c1',
    accountId: 'a1',
    kind: 'quantity',
    value: {
      type: 'quantity',
      min: 7000,
      max: 8000,
      approximate: false,
      repaired: 'lost range dash',
    },
    subjectId: null,
    status: 'unreviewed',
    statusReason: '',
    statusChangedAt: null,
    origin: 'detected',
    quote: { exact: '7,0008,000', prefix: '- Strength2: ', suffix: '\n' },
    position: { start: 543, end: 553 },
    detached: false,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** A citation for tests. */
export function citation(overrides: Partial<Citation> = {}): Citation {
  return {
    id: 'cit1',
    claimId: 'c1',
    sourceId: 's1',
    locator: '',
    quote: '',
    stance: 'supports',
    value: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
