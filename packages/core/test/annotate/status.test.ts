import { describe, expect, it } from 'vitest';
import { clearClaimStatus, flagClaim, refuteClaim, supportClaim } from '../../src/index.ts';
import { claim } from './claims.ts';

const now = '2026-03-03T10:00:00.000Z';

describe('claim status', () => {
  it('flags a claim disputed with the trimmed reason and the time', () => {
    const result = flagClaim(claim(), '  Kutay gives 1,200  ', now);
    expect(result).toEqual({
      value: {
        ...claim(),
        status: 'disputed',
        statusReason: 'Kutay gives 1,200',
        statusChangedAt: now,
        updatedAt: now,
      },
    });
  });

  it('refuses a dispute without a reason, as a value', () => {
    const result = flagClaim(claim(), '   ', now);
    expect(result).toEqual({ error: 'Say why this claim is disputed.' });
  });

  it('refutes with a reason and refuses a blank one', () => {
    const refuted = refuteClaim(claim(), 'The report says 4,000', now);
    expect('value' in refuted && refuted.value.status).toBe('refuted');
    expect(refuteClaim(claim(), '', now)).toEqual({ error: 'Say why this claim is refuted.' });
  });

  it('supports without a reason and clears back to unreviewed', () => {
    const supported = supportClaim(claim({ status: 'disputed', statusReason: 'x' }), now);
    expect(supported.status).toBe('supported');
    expect(supported.statusReason).toBe('');
    expect(supported.statusChangedAt).toBe(now);
    const cleared = clearClaimStatus(supported, now);
    expect(cleared.status).toBe('unreviewed');
    expect(cleared.statusChangedAt).toBeNull();
  });

  it('never changes the claim it was given', () => {
    const original = claim();
    flagClaim(original, 'why', now);
    supportClaim(original, now);
    expect(original.status).toBe('unreviewed');
  });
});
