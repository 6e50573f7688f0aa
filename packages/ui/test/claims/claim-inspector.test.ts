// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Conflict, Source } from '@apparatus/core';
import '../../src/claims/claim-inspector.ts';
import type { ClaimChangeDetail, ClaimRemoveDetail } from '../../src/claims/claim-inspector.ts';
import type { ClaimSelectDetail } from '../../src/claims/claim-list.ts';
import { button, byLabel, listen, mount, rendered } from '../annotate/mount.ts';
import { citation, claim, subject } from './fixtures.ts';

afterEach(() => document.body.replaceChildren());

const strength = claim({
  id: 'strength',
  field: 'Strength2',
  quote: { exact: '7,0008,000', prefix: '- Strength2: ', suffix: '\n- Strength1' },
  value: {
    type: 'quantity',
    min: 7000,
    max: 8000,
    approximate: false,
    repaired: 'lost range dash',
  },
  status: 'disputed',
  statusReason: 'Kutay gives a smaller garrison',
  statusChangedAt: '2026-02-03T10:00:00.000Z',
  subjectId: 'soviet',
});
const aftermath = claim({
  id: 'aftermath',
  quote: { exact: '4,000 troops', prefix: '', suffix: '' },
});
const kutay: Source = {
  id: 'kutay',
  csl: {
    id: 'kutay',
    type: 'book',
    title: 'Enver Paşa',
    author: [{ family: 'Kutay', given: 'Cemal' }],
  },
  category: 'secondary',
  composed: '',
  perspective: '',
  reliability: '',
  via: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const conflict: Conflict = {
  subject: 'strength · Russian SFSR, Soviet Bukhara',
  kind: 'disjoint-values',
  claims: ['strength', 'aftermath'],
  reason: 'the infobox gives 7,000–8,000; the Aftermath gives 4,000',
};
const subjects = [
  subject('soviet', 'strength · Russian SFSR, Soviet Bukhara'),
  subject('rebels', 'strength · Basmachi'),
];

async function inspect() {
  const el = await mount('apx-claim-inspector', {
    claim: strength,
    claims: [strength, aftermath],
    subjects,
    sources: [kutay],
    citations: [
      citation('x1', 'strength', 'kutay', {
        locator: 'p. 212',
        quote: 'some seven thousand men',
        stance: 'contradicts',
        value: '7,000',
      }),
      citation('x2', 'other', 'kutay'),
    ],
    conflicts: [conflict],
    year: 1922,
  });
  return { el, root: el.shadowRoot! };
}

/** The `<dt>`→`<dd>` pairs of a description list, as text. */
function facts(list: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of list.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    out[dt.textContent!.trim()] = dd?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
  return out;
}

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('apx-claim-inspector', () => {
  it('shows the quote, kind, value reading, subject and status with reason and date', async () => {
    const { root } = await inspect();
    const text = root.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('- Strength2: 7,0008,000');
    expect(facts(root.querySelector('dl')!)).toEqual({
      Kind: 'figure',
      'Infobox field': 'Strength2',
      'Found by': 'the tool',
    });
    expect(text).toContain('Reads as 7,000–8,000 (repaired: lost range dash)');
    expect(byLabel<HTMLSelectElement>(root, 'Subject').value).toBe('soviet');
    expect(root.querySelector('.status')?.textContent).toBe('disputed');
    expect(text).toContain('since 2026-02-03');
    expect(text).toContain('Kutay gives a smaller garrison');
  });

  it("shows the claim's citations only, with reference, stance, locator, words and value", async () => {
    const { root } = await inspect();
    const items = root.querySelectorAll('.citation');
    expect(items).toHaveLength(1);
    const text = items[0]!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Kutay');
    expect(items[0]!.querySelector('i')?.textContent).toContain('Enver Paşa');
    expect(facts(items[0]!.querySelector('dl')!)).toEqual({
      Stance: 'contradicts',
      Locator: 'p. 212',
      'Value in the source': '7,000',
    });
    expect(items[0]!.querySelector('blockquote')?.textContent).toBe('some seven thousand men');
  });

  it('re-reads the value as the reader types, and stores it on change when it reads', async () => {
    const { el, root } = await inspect();
    const changes = listen<ClaimChangeDetail>(document, 'apx-claim-change');
    const input = byLabel<HTMLInputElement>(root, 'Value');
    type(input, 'about 4,000');
    await rendered(el);
    expect(root.getElementById('value-reading')?.textContent).toContain('about 4,000');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.claim.value).toMatchObject({
      type: 'quantity',
      min: 4000,
      max: 4000,
      approximate: true,
    });
  });

  it('shows why a value cannot be read, inline, and does not store it', async () => {
    const { el, root } = await inspect();
    const changes = listen<ClaimChangeDetail>(document, 'apx-claim-change');
    const input = byLabel<HTMLInputElement>(root, 'Value');
    type(input, 'a great many');
    await rendered(el);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = root.getElementById(input.getAttribute('aria-describedby')!);
    expect(error?.className).toBe('error');
    expect(error?.textContent?.length).toBeGreaterThan(0);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).toEqual([]);
  });

  it('moves the claim to another subject', async () => {
    const { root } = await inspect();
    const changes = listen<ClaimChangeDetail>(document, 'apx-claim-change');
    const select = byLabel<HTMLSelectElement>(root, 'Subject');
    select.value = 'rebels';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes.map((c) => c.claim.subjectId)).toEqual(['rebels']);
    expect(changes[0]!.newSubject).toBeUndefined();
  });

  it('creates a subject, refusing a blank one', async () => {
    const { el, root } = await inspect();
    const changes = listen<ClaimChangeDetail>(document, 'apx-claim-change');
    const select = byLabel<HTMLSelectElement>(root, 'Subject');
    select.value = '__new__';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await rendered(el);
    button(root, 'Create subject').click();
    await rendered(el);
    expect(changes).toEqual([]);
    expect(root.getElementById('subject-error')?.textContent).toContain('Name the subject');
    byLabel<HTMLInputElement>(root, 'New subject').value = 'strength · garrison';
    button(root, 'Create subject').click();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.newSubject?.label).toBe('strength · garrison');
    expect(changes[0]!.claim.subjectId).toBe(changes[0]!.newSubject?.id);
  });

  it('refutes with a reason asked inline', async () => {
    const { el, root } = await inspect();
    const changes = listen<ClaimChangeDetail>(document, 'apx-claim-change');
    button(root, 'Refute claim').click();
    await rendered(el);
    const reason = byLabel<HTMLInputElement>(root, 'Why it is refuted');
    expect(root.activeElement).toBe(reason);
    button(root, 'Refute').click();
    await rendered(el);
    expect(changes).toEqual([]);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    reason.value = 'The garrison register lists 4,100';
    button(root, 'Refute').click();
    expect(changes.map((c) => [c.claim.status, c.claim.statusReason])).toEqual([
      ['refuted', 'The garrison register lists 4,100'],
    ]);
  });

  it('asks the host to remove the claim', async () => {
    const { root } = await inspect();
    const removals = listen<ClaimRemoveDetail>(document, 'apx-claim-remove');
    button(root, 'Remove claim').click();
    expect(removals).toEqual([{ id: 'strength' }]);
  });

  it('lists its conflicts with links to the other claims', async () => {
    const { root } = await inspect();
    const selects = listen<ClaimSelectDetail>(document, 'apx-claim-select');
    expect(root.querySelector('.conflicts')?.textContent).toContain(conflict.reason);
    button(root, 'Go to “4,000 troops”').click();
    expect(selects).toEqual([{ id: 'aftermath' }]);
  });

  it('says how to select a claim when none is', async () => {
    const el = await mount('apx-claim-inspector');
    expect(el.shadowRoot!.textContent).toContain('Select a claim');
  });
});
