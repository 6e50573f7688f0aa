/**
 * Readings the claims engine needs from the values module that it does not give yet. Each is an
 * `it.fails`: it documents the gap without turning the suite red, and starts failing (asking to
 * become a plain `it`) the day the values module reads the text.
 */
import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/values/index.ts';

describe('known gaps of findValues (owned by the values module)', () => {
  it.fails('reads a bare season with the year from context: "through the summer" in 1920 (ARCHITECTURE: seasons are meteorological)', () => {
    const found = findValues('Frunze prepared the operation through the summer.', { year: 1920 });
    expect(found.map((m) => m.text)).toContain('the summer');
  });
});
