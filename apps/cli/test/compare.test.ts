import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apparatus, root } from './run.ts';
import { parseCompareArgs } from '../src/compare.ts';
import type { CompareJson } from '../src/compare-report.ts';

const SEED = 'fixtures/siege-of-dushanbe.txt';
const EARLIER = 'fixtures/siege-of-dushanbe.earlier.txt';

describe('apparatus compare --json', () => {
  const run = apparatus('compare', SEED, EARLIER, '--json');
  const json = JSON.parse(run.stdout) as CompareJson;

  it('prints only the JSON, and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(Object.keys(json)).toEqual(['accounts', 'claims', 'subjects', 'conflicts']);
    expect(json.accounts).toEqual([
      { key: 'a', title: 'Siege of Dushanbe', file: SEED },
      { key: 'b', title: 'Siege of Dushanbe', file: EARLIER },
    ]);
  });

  it('gives claims in the shape of audit --json, with offsets into each file', () => {
    for (const [key, file] of [
      ['a', SEED],
      ['b', EARLIER],
    ] as const) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(json.claims[key].length).toBeGreaterThan(5);
      for (const c of json.claims[key]) {
        expect(Object.keys(c)).toEqual([
          'id',
          'kind',
          'text',
          'start',
          'end',
          'field',
          'subject',
          'value',
        ]);
        expect(text.slice(c.start, c.end)).toBe(c.text);
      }
    }
  });

  it('refers only to claims it printed, and lists each conflict among the subjects', () => {
    const ids = {
      a: new Set(json.claims.a.map((c) => c.id)),
      b: new Set(json.claims.b.map((c) => c.id)),
    };
    for (const s of [...json.subjects, ...json.conflicts]) {
      expect(s.a.every((id) => ids.a.has(id))).toBe(true);
      expect(s.b.every((id) => ids.b.has(id))).toBe(true);
    }
    const conflicting = json.subjects.filter((s) => s.status === 'conflict').map((s) => s.label);
    expect(json.conflicts.map((c) => c.subject)).toEqual(conflicting);
  });

  it('finds "Heavy" against "Moderate" for the Soviet casualties, and the Basmachi strength in agreement', () => {
    const text = (key: 'a' | 'b', id: string) => json.claims[key].find((c) => c.id === id)?.text;
    const heavy = json.conflicts.find((c) => c.a.some((id) => text('a', id) === 'Heavy'));
    expect(heavy?.b.map((id) => text('b', id))).toEqual(['Moderate']);
    const strength = json.subjects.find((s) => s.a.some((id) => text('a', id) === '~1,500'));
    expect(strength?.status).toBe('agree');
    expect(strength?.b.map((id) => text('b', id))).toContain('about 1,500');
  });
});

describe('apparatus compare (table)', () => {
  it('prints a header, one line per subject and the conflicts with their reasons', () => {
    const { status, stdout } = apparatus('compare', SEED, EARLIER);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^subject\s+A: Siege of Dushanbe\s+B: Siege of Dushanbe\s+verdict$/);
    expect(stdout).toMatch(/Conflict — casualties · Russian SFSR, Soviet Bukhara:/);
  });
});

describe('apparatus compare on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apparatus-compare-'));
  const binary = join(dir, 'image.png');
  writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const notArticle = join(dir, 'notes.txt');
  writeFileSync(notArticle, 'just some notes\nwithout a title line\n');

  for (const [what, args] of [
    ['a missing file', [SEED, 'fixtures/no-such-account.txt']],
    ['binary data', [binary, SEED]],
    ['a text that is not an article', [SEED, notArticle]],
    ['one file only', [SEED]],
  ] as const) {
    it(`refuses ${what}: one line on stderr, exit 2, nothing on stdout`, () => {
      const { status, stdout, stderr } = apparatus('compare', ...args, '--json');
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('parseCompareArgs', () => {
  it('takes two files and --json in any order, and refuses unknown options', () => {
    expect(parseCompareArgs(['--json', 'x', 'y'])).toEqual({
      value: { files: ['x', 'y'], json: true },
    });
    expect(parseCompareArgs(['x', 'y', '--csv'])).toHaveProperty('error');
    expect(parseCompareArgs(['x', 'y', 'z'])).toHaveProperty('error');
  });
});
