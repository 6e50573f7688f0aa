import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apparatus, type Run } from './run.ts';

const scratch = mkdtempSync(join(tmpdir(), 'apparatus-audit-'));

/** One line on stderr, exit code 2, nothing on stdout: the contract for bad input. */
function expectRefusal(result: Run, words: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(words);
}

describe('apparatus audit', { timeout: 30_000 }, () => {
  it('prints the JSON contract: offsets into the text as read, ids, subjects, conflicts', () => {
    const bom = join(scratch, 'bom.txt');
    const seed =
      '= Siege of Nowhere (1921) =\n\n- Date: 3 March or 16 March\n- Combatant1: Basmachi Movement\n- Combatant2: Russian SFSR\n- Strength1: 2,000\n- Strength2: 500\n\nThe Basmachi forces numbered around 5,000 men.\n';
    writeFileSync(bom, `\uFEFF${seed}`);
    const { status, stdout, stderr } = apparatus('audit', bom, '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as {
      title: string;
      claims: {
        id: string;
        text: string;
        start: number;
        end: number;
        field: string | null;
        subject: string | null;
      }[];
      conflicts: { kind: string; subject: string; claims: string[] }[];
    };
    expect(out.title).toBe('Siege of Nowhere (1921)');
    for (const c of out.claims) {
      expect(seed.slice(c.start, c.end)).toBe(c.text);
      expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(c).toHaveProperty('field');
    }
    const strength = out.claims
      .filter((c) => c.subject === 'strength · Basmachi Movement')
      .map((c) => c.text);
    expect(strength).toEqual(['2,000', 'around 5,000']);
    expect(out.conflicts.map((c) => `${c.kind} ${c.subject}`)).toEqual(
      expect.arrayContaining(['alternatives date', 'disjoint-values strength · Basmachi Movement']),
    );
  });

  it('prints a readable report without --json, conflicts last', () => {
    const { status, stdout } = apparatus('audit', 'fixtures/siege-of-dushanbe.txt');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Audit of “Siege of Dushanbe”/);
    expect(stdout.indexOf('Conflicts')).toBeGreaterThan(
      stdout.indexOf('strength · Russian SFSR, Soviet Bukhara'),
    );
  });

  it('refuses a missing file, binary data, an unknown format and a reader not written yet', () => {
    expectRefusal(apparatus('audit', join(scratch, 'absent.txt')), /no such file/);
    const binary = join(scratch, 'image.bin');
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expectRefusal(apparatus('audit', binary, '--json'), /binary/);
    expectRefusal(
      apparatus('audit', 'fixtures/siege-of-dushanbe.txt', '--format', 'pdf'),
      /unknown format 'pdf'/,
    );
    expectRefusal(
      apparatus('audit', 'fixtures/siege-of-dushanbe.txt', '--format', 'wikitext'),
      /does not exist yet/,
    );
    expectRefusal(apparatus('audit'), /no file given/);
  }, 60_000);

  it('refuses a text that is not an article', () => {
    const plain = join(scratch, 'plain.txt');
    writeFileSync(plain, 'just some words\n');
    expectRefusal(apparatus('audit', plain), /title/);
  });
});
