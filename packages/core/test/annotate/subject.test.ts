import { describe, expect, it } from 'vitest';
import { setClaimSubject, subjectForLabel } from '../../src/index.ts';
import type { Subject } from '../../src/index.ts';
import { claim } from './claims.ts';

const now = '2026-03-03T10:00:00.000Z';
const subjects: Subject[] = [{ id: 's-cas', label: 'casualties · Basmachi', createdAt: now }];

describe('subjects of claims', () => {
  it('moves a claim to another subject and back out of every subject', () => {
    const placed = setClaimSubject(claim(), 's-cas', now);
    expect(placed.subjectId).toBe('s-cas');
    expect(placed.updatedAt).toBe(now);
    expect(setClaimSubject(placed, null, now).subjectId).toBeNull();
  });

  it('returns the same claim when the subject does not change', () => {
    const c = claim({ subjectId: 's-cas' });
    expect(setClaimSubject(c, 's-cas', now)).toBe(c);
  });

  it('finds an existing subject by label regardless of case and spacing', () => {
    const found = subjectForLabel('  Casualties   ·  basmachi ', subjects, now);
    expect(found).toEqual({ value: { subject: subjects[0], created: false } });
  });

  it('creates a subject for a new label, tidied', () => {
    const made = subjectForLabel(' strength  · Basmachi', subjects, now);
    if (!('value' in made)) throw new Error(made.error);
    expect(made.value.created).toBe(true);
    expect(made.value.subject.label).toBe('strength · Basmachi');
    expect(made.value.subject.id).not.toBe('s-cas');
  });

  it('refuses a blank label', () => {
    expect('error' in subjectForLabel('  ', subjects, now)).toBe(true);
  });
});
