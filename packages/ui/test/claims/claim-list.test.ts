// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { settle } from './virtualizer-env.ts';
import '../../src/claims/claim-list.ts';
import type { ClaimSelectDetail } from '../../src/claims/claim-list.ts';
import { listen, mount, rendered } from '../annotate/mount.ts';
import { citation, claim, manyClaims, subject } from './fixtures.ts';

afterEach(() => document.body.replaceChildren());

const seed = [
  claim({
    id: 'strength',
    quote: { exact: '7,0008,000', prefix: '', suffix: '' },
    position: { start: 543, end: 553 },
    status: 'disputed',
    subjectId: 'soviet',
  }),
  claim({
    id: 'date',
    kind: 'date',
    quote: { exact: '28 January or 8 February', prefix: '', suffix: '' },
    position: { start: 229, end: 253 },
  }),
  claim({
    id: 'rebels',
    quote: { exact: '~1,500', prefix: '', suffix: '' },
    position: { start: 900, end: 906 },
    status: 'supported',
  }),
  claim({
    id: 'gone',
    quote: { exact: 'seventy-two', prefix: 'killed ', suffix: ' men' },
    position: { start: 1200, end: 1211 },
    detached: true,
  }),
];
const citations = [
  citation('x1', 'strength', 'kutay'),
  citation('x2', 'rebels', 'kutay'),
  citation('x3', 'rebels', 'mazarof'),
];

function items(panel: HTMLElement): HTMLButtonElement[] {
  return [...panel.shadowRoot!.querySelectorAll<HTMLButtonElement>('ul.claims button.item')];
}

function select(panel: HTMLElement, label: string, value: string): void {
  const el = panel.shadowRoot!.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('apx-claim-list', () => {
  it('is the complementary landmark "Claims"', async () => {
    const panel = await mount('apx-claim-list', { claims: seed, citations });
    const aside = panel.shadowRoot!.querySelector('aside')!;
    expect(aside.getAttribute('aria-label')).toBe('Claims');
  });

  it('lists claims in text order with their words, status word and citation count', async () => {
    const panel = await mount('apx-claim-list', { claims: seed, citations });
    await settle(panel);
    const texts = items(panel).map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual([
      '28 January or 8 February unreviewed date no citations',
      '7,0008,000 disputed figure 1 citation',
      '~1,500 supported figure 2 citations',
    ]);
  });

  it('groups detached claims under "Detached" with their quote', async () => {
    const panel = await mount('apx-claim-list', { claims: seed, citations });
    const section = panel.shadowRoot!.querySelector('section.detached')!;
    const heading = panel.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe('Detached');
    expect(section.textContent!.replace(/\s+/g, ' ')).toContain('killed seventy-two men');
    expect(items(panel).some((b) => b.dataset['id'] === 'gone')).toBe(false);
  });

  it('filters by status, kind, subject and source', async () => {
    const panel = await mount('apx-claim-list', {
      claims: seed,
      citations,
      subjects: [subject('soviet', 'strength · Russian SFSR, Soviet Bukhara')],
    });
    const ids = async () => {
      await settle(panel);
      return items(panel).map((b) => b.dataset['id']);
    };
    select(panel, 'Filter by status', 'disputed');
    expect(await ids()).toEqual(['strength']);
    select(panel, 'Filter by status', '');
    select(panel, 'Filter by kind', 'date');
    expect(await ids()).toEqual(['date']);
    select(panel, 'Filter by kind', '');
    select(panel, 'Filter by subject', 'soviet');
    expect(await ids()).toEqual(['strength']);
    select(panel, 'Filter by subject', '__unplaced__');
    expect(await ids()).toEqual(['date', 'rebels']);
    select(panel, 'Filter by subject', '');
    panel.sources = [];
    panel.filter = { sourceId: 'mazarof' };
    expect(await ids()).toEqual(['rebels']);
    expect(panel.shadowRoot!.querySelector('.count')?.textContent).toBe('1 of 4');
    // A filter set by the host shows in the controls.
    expect(
      panel.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Filter by status"]')!
        .value,
    ).toBe('');
  });

  it('fires apx-claim-select on click, for attached and detached claims', async () => {
    const panel = await mount('apx-claim-list', { claims: seed, citations });
    await settle(panel);
    const selected = listen<ClaimSelectDetail>(document, 'apx-claim-select');
    items(panel)[1]!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('section.detached button')!.click();
    expect(selected).toEqual([{ id: 'strength' }, { id: 'gone' }]);
  });

  it('moves with the arrow keys as one tab stop and selects with Enter', async () => {
    const panel = await mount('apx-claim-list', { claims: seed, citations });
    await settle(panel);
    const selected = listen<ClaimSelectDetail>(document, 'apx-claim-select');
    expect(items(panel).map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    const list = panel.shadowRoot!.querySelector('ul.claims')!;
    items(panel)[0]!.focus();
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await settle(panel);
    expect(panel.shadowRoot!.activeElement).toBe(items(panel)[1]);
    expect(items(panel).map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await settle(panel);
    expect(panel.shadowRoot!.activeElement).toBe(items(panel)[2]);
    // Enter on a focused button is the browser's click.
    items(panel)[2]!.click();
    expect(selected).toEqual([{ id: 'rebels' }]);
  });

  it('marks the claim selected in the editor', async () => {
    const panel = await mount('apx-claim-list', { claims: seed, citations, selectedId: 'rebels' });
    await settle(panel);
    const current = items(panel).filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current.map((b) => b.dataset['id'])).toEqual(['rebels']);
    expect(current[0]!.tabIndex).toBe(0);
  });

  it('renders 10,000 claims with far fewer than 10,000 item elements (virtualised)', async () => {
    const claims = manyClaims(10_000);
    const panel = await mount('apx-claim-list', { claims });
    await settle(panel);
    const rendered = items(panel).length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(200);
    expect(panel.visibleClaims).toHaveLength(10_000);
    // The whole shadow tree stays small too: not one element per claim anywhere.
    expect(panel.shadowRoot!.querySelectorAll('*').length).toBeLessThan(2_000);
  });

  it('says so when no claim matches', async () => {
    const panel = await mount('apx-claim-list', {
      claims: seed,
      citations,
      filter: { status: 'refuted' },
    });
    await rendered(panel);
    expect(panel.shadowRoot!.textContent).toContain('No claim matches these filters.');
  });
});
