import { describe, expect, it } from 'vitest';
import { claimsFromDetected, type DetectedClaim, type Subject } from '@apparatus/core';

const text = 'The garrison of 7,000 men held out until 14 February.';
const now = '2026-11-28T00:00:00.000Z';
const found = (t: string, subject: string | null, field?: string): DetectedClaim => {
  const start = text.indexOf(t);
  return {
    kind: 'quantity',
    text: t,
    start,
    end: start + t.length,
    subject,
    value: { type: 'quantity', min: 7000, max: 7000, approximate: false },
    ...(field === undefined ? {} : { field }),
  };
};

describe('claimsFromDetected', () => {
  it('makes unreviewed detected rows anchored on their words', () => {
    const { claims } = claimsFromDetected('acc', text, [found('7,000', null)], { now });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      accountId: 'acc',
      status: 'unreviewed',
      origin: 'detected',
      subjectId: null,
      position: { start: 16, end: 21 },
      quote: {
        exact: '7,000',
        prefix: 'The garrison of ',
        suffix: ' men held out until 14 February.',
      },
      detached: false,
    });
    expect(claims[0]).not.toHaveProperty('field');
  });

  it('reuses a subject the workspace has, and makes each new label once', () => {
    const existing: Subject = { id: 'sub-1', label: 'strength · Soviet', createdAt: now };
    const { claims, subjects } = claimsFromDetected(
      'acc',
      text,
      [
        found('7,000', 'strength · Soviet', 'Strength2'),
        found('men', 'losses'),
        found('held', 'losses'),
      ],
      { now, subjects: [existing] },
    );
    expect(claims[0]).toMatchObject({ subjectId: 'sub-1', field: 'Strength2' });
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatchObject({ label: 'losses' });
    expect(claims[1]!.subjectId).toBe(subjects[0]!.id);
    expect(claims[2]!.subjectId).toBe(subjects[0]!.id);
  });

  it('marks a claim a reader made as origin user', () => {
    const { claims } = claimsFromDetected('acc', text, [found('7,000', null)], {
      now,
      origin: 'user',
    });
    expect(claims[0]!.origin).toBe('user');
  });
});
