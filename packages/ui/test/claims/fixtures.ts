import type { Citation, Claim, Subject } from '@apparatus/core';

const now = '2026-01-01T00:00:00.000Z';

/** A stored claim for the panel and inspector tests; `overrides` replace any field. */
export function claim(overrides: Partial<Claim> & { id: string }): Claim {
  return {
    accountId: 'account-1',
    kind: 'quantity',
    value: { type: 'quantity', min: 1500, max: 1500, approximate: true },
    subjectId: null,
    status: 'unreviewed',
    statusReason: '',
    statusChangedAt: null,
    origin: 'detected',
    quote: { exact: '~1,500', prefix: '', suffix: ' Basmachi rebels' },
    position: { start: 0, end: 6 },
    detached: false,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** A citation of `claimId` from `sourceId`. */
export function citation(
  id: string,
  claimId: string,
  sourceId: string,
  overrides: Partial<Citation> = {},
): Citation {
  return {
    id,
    claimId,
    sourceId,
    locator: '',
    quote: '',
    stance: 'supports',
    value: '',
    createdAt: now,
    ...overrides,
  };
}

/** A subject. */
export function subject(id: string, label: string): Subject {
  return { id, label, createdAt: now };
}

/** `n` claims at increasing offsets, every third disputed. */
export function manyClaims(n: number): Claim[] {
  return Array.from({ length: n }, (_, i) =>
    claim({
      id: `c${i}`,
      quote: { exact: `figure ${i}`, prefix: '', suffix: '' },
      position: { start: i * 20, end: i * 20 + 8 },
      status: i % 3 === 0 ? 'disputed' : 'unreviewed',
    }),
  );
}
