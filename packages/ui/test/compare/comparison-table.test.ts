// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '@apparatus/core';
import '../../src/compare/comparison-table.ts';
import type {
  CompareClaimDetail,
  ComparisonTable,
  JoinDetail,
  SplitDetail,
} from '../../src/compare/comparison-table.ts';
import { buildCompareModel, type CompareModel } from '../../src/compare/compare-model.ts';
import { listen, mount, rendered } from '../annotate/mount.ts';
import { modelOf, seedAndEarlier } from './fixtures.ts';

const CASUALTIES = 'casualties · Russian SFSR, Soviet Bukhara';
const STRENGTH = 'strength · Basmachi Movement';

afterEach(() => {
  document.body.replaceChildren();
});

async function mountTable(model: CompareModel): Promise<ComparisonTable> {
  return mount('apx-comparison-table', { model, rows: model.rows });
}

/** The table row whose row header reads `label`. */
function rowOf(table: ComparisonTable, label: string): HTMLTableRowElement {
  for (const tr of table.shadowRoot!.querySelectorAll('tbody tr')) {
    if (tr.querySelector('th[scope="row"] .label')?.textContent === label)
      return tr as HTMLTableRowElement;
  }
  throw new Error(`no row "${label}"`);
}

const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('apx-comparison-table', () => {
  it('heads rows with subjects (th scope=row) and columns with the accounts’ titles', async () => {
    const { a, b, subjects } = seedAndEarlier();
    const model = modelOf(a, b, subjects);
    const table = await mountTable(model);
    const root = table.shadowRoot!;
    expect([...root.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
      'col',
    ]);
    expect([...root.querySelectorAll('thead th')].map(text)).toEqual([
      'Subject',
      'Siege of Dushanbe',
      'Earlier version',
      'Verdict',
    ]);
    const rowHeaders = [...root.querySelectorAll('tbody tr')].map((tr) =>
      text(tr.querySelector(':scope > th[scope="row"] .label')),
    );
    expect(rowHeaders).toEqual(model.rows.map((r) => r.label));
    expect(rowHeaders).toContain(CASUALTIES);
    expect(rowHeaders).toContain(STRENGTH);
    // Every row has exactly one header cell, and one data cell per account plus the verdict.
    for (const tr of root.querySelectorAll('tbody tr')) {
      expect(tr.querySelectorAll(':scope > th').length).toBe(1);
      expect(tr.querySelectorAll(':scope > td').length).toBe(3);
    }
  });

  it('says "Conflict" and why on the casualties row, "Agree" on the Basmachi strength', async () => {
    const { a, b, subjects } = seedAndEarlier();
    const table = await mountTable(modelOf(a, b, subjects));
    const conflict = rowOf(table, CASUALTIES);
    expect(conflict.dataset['status']).toBe('conflict');
    const verdict = conflict.querySelector('td.verdict')!;
    expect(text(verdict.querySelector('strong'))).toBe('Conflict');
    const reason = text(verdict.querySelector('.reason'));
    expect(reason).toMatch(/Heavy/);
    expect(reason).toMatch(/Moderate/);
    const cells = [...conflict.querySelectorAll(':scope > td:not(.verdict)')];
    expect([...cells[0]!.querySelectorAll('button.words')].map(text)).toContain('Heavy');
    expect([...cells[1]!.querySelectorAll('button.words')].map(text)).toEqual(['Moderate']);

    const agree = rowOf(table, STRENGTH);
    expect(text(agree.querySelector('td.verdict strong'))).toBe('Agree');
    expect(text(agree)).toMatch(/1,500/);
    expect(text(agree)).not.toMatch(/Conflict/);
  });

  it('fires apx-compare-claim with the claim and its account when a claim’s words are activated', async () => {
    const { a, b, subjects } = seedAndEarlier();
    const table = await mountTable(modelOf(a, b, subjects));
    const picked = listen<CompareClaimDetail>(table, 'apx-compare-claim');
    const moderate = [...rowOf(table, CASUALTIES).querySelectorAll('button.words')].find(
      (button) => text(button) === 'Moderate',
    ) as HTMLButtonElement;
    moderate.click();
    const claim = b.claims.find((c) => c.quote.exact === 'Moderate')!;
    expect(picked).toEqual([{ claimId: claim.id, accountId: b.account.id }]);
  });

  it('joins two chosen rows and splits a row, by events', async () => {
    const { a, b, subjects } = seedAndEarlier();
    const table = await mountTable(modelOf(a, b, subjects));
    const root = table.shadowRoot!;
    const joins = listen<JoinDetail>(table, 'apx-subjects-join');
    const splits = listen<SplitDetail>(table, 'apx-subject-split');
    const choose = async (label: string) => {
      const box = root.querySelector<HTMLInputElement>(
        `input[aria-label="Choose “${label}” to join"]`,
      )!;
      box.checked = true;
      box.dispatchEvent(new Event('change'));
      await rendered(table);
    };
    const joinButton = () =>
      [...root.querySelectorAll('button')].find((b) => text(b) === 'Join chosen subjects');
    await choose(CASUALTIES);
    expect(joinButton()).toBeUndefined();
    await choose(STRENGTH);
    joinButton()!.click();
    await rendered(table);
    expect(joins).toEqual([{ labels: [CASUALTIES, STRENGTH] }]);
    // The choice is cleared once the join is asked for.
    expect(joinButton()).toBeUndefined();

    root.querySelector<HTMLButtonElement>(`button[aria-label="Split “${CASUALTIES}”"]`)!.click();
    expect(splits).toEqual([{ label: CASUALTIES }]);
  });

  it('offers Split only where two accounts speak', async () => {
    const { a, b, subjects } = seedAndEarlier();
    const model = modelOf(a, b, subjects);
    const table = await mountTable(model);
    for (const row of model.rows) {
      const split = rowOf(table, row.label).querySelector('button[aria-label^="Split"]');
      expect(split !== null).toBe(row.cells.filter((c) => c.length > 0).length > 1);
    }
  });

  it('shows the reader’s status word beside a reviewed claim', async () => {
    const { a, b, subjects } = seedAndEarlier();
    const disputed = (c: Claim): Claim =>
      c.quote.exact === 'Moderate' ? { ...c, status: 'disputed', statusReason: 'one source' } : c;
    const model = buildCompareModel({
      accounts: [a.account, b.account],
      claims: new Map([
        [a.account.id, a.claims],
        [b.account.id, b.claims.map(disputed)],
      ]),
      subjects,
      citations: [],
      sources: [],
      overrides: {},
    });
    const table = await mountTable(model);
    const cells = rowOf(table, CASUALTIES).querySelectorAll(':scope > td:not(.verdict)');
    expect(text(cells[1]!.querySelector('.status'))).toBe('disputed');
    expect(cells[0]!.querySelector('.status')).toBeNull();
  });
});
