import { expect, it } from 'vitest';
import { planImport } from '../../src/import/import-plan.ts';
import { fixtureText } from '../workspace-setup.ts';

/**
 * A text pasted with its byte-order mark (copied from an editor that keeps one) imports as the
 * same text without it — as a file with a BOM does through `decodeText` — instead of losing its
 * `= Title =` line to the mark.
 */
const EARLIER = fixtureText('siege-of-dushanbe.earlier.txt');

it('drops a pasted byte-order mark: the title line is read, the text stored without the mark', () => {
  const link = { kind: 'none' } as const;
  const now = '2026-02-01T00:00:00.000Z';
  const plain = planImport({ title: '', text: EARLIER, link }, [], now);
  const marked = planImport({ title: '', text: `\uFEFF${EARLIER}`, link }, [], now);
  if (!('value' in plain) || !('value' in marked)) throw new Error('both should import');
  expect(marked.value.account.text).toBe(EARLIER);
  expect(marked.value.account.title).toBe(plain.value.account.title);
  expect(marked.value.claims.map((c) => c.position)).toEqual(
    plain.value.claims.map((c) => c.position),
  );
});
