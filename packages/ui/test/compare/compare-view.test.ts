// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim, Unsubscribe, Watchable } from '@apparatus/core';
import '../../src/compare/compare-view.ts';
import type { CompareView } from '../../src/compare/compare-view.ts';
import type { ComparisonTable } from '../../src/compare/comparison-table.ts';
import type { CompareModel } from '../../src/compare/compare-model.ts';
import { FakePort } from '../fake-port.ts';
import { fixture, importAll } from './fixtures.ts';
import { provideWorkspace } from '../workspace-setup.ts';

afterEach(() => {
  document.body.replaceChildren();
});

/**
 * A port holding the seed, its earlier version and the wider "Battles for Dushanbe", that counts
 * who follows whose claims.
 */
class CountingPort extends FakePort {
  /** Open `watchClaims` subscriptions, by account id. */
  readonly following = new Map<string, number>();

  override watchClaims(accountId: string): Watchable<Claim[]> {
    const inner = super.watchClaims(accountId);
    return {
      subscribe: (next, error): Unsubscribe => {
        this.following.set(accountId, (this.following.get(accountId) ?? 0) + 1);
        const stop = inner.subscribe(next, error);
        return () => {
          this.following.set(accountId, (this.following.get(accountId) ?? 0) - 1);
          stop();
        };
      },
    };
  }

  /** The accounts whose claims someone follows now. */
  followed(): string[] {
    return [...this.following].filter(([, n]) => n > 0).map(([id]) => id);
  }
}

function workspace() {
  const { snapshots, subjects } = importAll([
    { title: 'Battles for Dushanbe', text: fixture('battles-for-dushanbe.txt') },
    { title: '', text: fixture('siege-of-dushanbe.txt') },
    { title: 'Earlier version', text: fixture('siege-of-dushanbe.earlier.txt') },
  ]);
  const port = new CountingPort();
  for (const s of snapshots) {
    port.accounts.set(s.account.id, s.account);
    for (const c of s.claims) port.claims.set(c.id, c);
  }
  for (const s of subjects) port.subjects.set(s.id, s);
  const [battles, seed, earlier] = snapshots as [
    (typeof snapshots)[0],
    (typeof snapshots)[0],
    (typeof snapshots)[0],
  ];
  return { port, battles, seed, earlier };
}

async function mountView(port: FakePort): Promise<CompareView> {
  const view = document.createElement('apx-compare-view');
  provideWorkspace(port, view);
  await settle(view);
  return view;
}

/** Lets queued port writes commit and the view and its table re-render. */
async function settle(view: CompareView): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await view.updateComplete;
    await tableOf(view)?.updateComplete;
  }
}

function tableOf(view: CompareView): ComparisonTable | null | undefined {
  return view.shadowRoot?.querySelector('apx-comparison-table');
}

/** Records every model the table renders with. */
function modelsOf(table: ComparisonTable): CompareModel[] {
  const seen: CompareModel[] = [];
  table.addController({
    hostUpdated: () => {
      if (table.model && seen[seen.length - 1] !== table.model) seen.push(table.model);
    },
  });
  return seen;
}

const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('apx-compare-view', () => {
  it('compares the two most recent accounts and follows only their claims', async () => {
    const { port, seed, earlier } = workspace();
    const view = await mountView(port);
    const table = tableOf(view)!;
    expect([...table.shadowRoot!.querySelectorAll('thead th')].map(text)).toEqual([
      'Subject',
      'Siege of Dushanbe',
      'Earlier version',
      'Verdict',
    ]);
    expect(port.followed().sort()).toEqual([seed.account.id, earlier.account.id].sort());
  });

  it('lets go of an account’s claims when it is no longer chosen, and follows a newly chosen one', async () => {
    const { port, battles, seed, earlier } = workspace();
    const view = await mountView(port);
    const box = (title: string) =>
      [...view.shadowRoot!.querySelectorAll('fieldset label')]
        .find((l) => text(l) === title)!
        .querySelector('input')!;
    box('Battles for Dushanbe').checked = true;
    box('Battles for Dushanbe').dispatchEvent(new Event('change'));
    await settle(view);
    expect(port.followed().sort()).toEqual(
      [battles.account.id, seed.account.id, earlier.account.id].sort(),
    );
    box('Earlier version').checked = false;
    box('Earlier version').dispatchEvent(new Event('change'));
    await settle(view);
    expect(port.followed().sort()).toEqual([battles.account.id, seed.account.id].sort());
  });

  it('shows a status set elsewhere at once, rebuilding the rows once for the change', async () => {
    const { port, earlier } = workspace();
    const view = await mountView(port);
    const table = tableOf(view)!;
    const models = modelsOf(table);
    const moderate = earlier.claims.find((c) => c.quote.exact === 'Moderate')!;
    const cell = () =>
      table.shadowRoot!.querySelector(`button.words[data-claim="${moderate.id}"]`)!.parentElement!;
    expect(cell().querySelector('.status')).toBeNull();

    // As the Article view (or another tab) would: one write, which every stream then reports.
    await port.putClaim({ ...moderate, status: 'disputed', statusReason: 'only one witness' });
    await settle(view);
    expect(text(cell().querySelector('.status'))).toBe('disputed');
    expect(models).toHaveLength(1);

    // Re-rendering for something else (the reader filters the rows) builds nothing new.
    const show = view.shadowRoot!.querySelector('select')!;
    show.value = 'conflict';
    show.dispatchEvent(new Event('change'));
    await settle(view);
    expect(table.rows.every((r) => r.status === 'conflict')).toBe(true);
    expect(models).toHaveLength(1);
  });

  it('diffs a revision once, not again when the view re-renders for something else', async () => {
    const { port, seed, earlier } = workspace();
    port.accounts.set(earlier.account.id, { ...earlier.account, revisionOf: seed.account.id });
    const view = await mountView(port);
    const diff = view.shadowRoot!.querySelector('apx-revision-diff')!;
    expect(diff.older?.id).toBe(seed.account.id);
    expect(diff.newer?.id).toBe(earlier.account.id);
    const older = diff.older;

    const show = view.shadowRoot!.querySelector('select')!;
    show.value = 'conflict';
    show.dispatchEvent(new Event('change'));
    await settle(view);
    expect(tableOf(view)!.rows.every((r) => r.status === 'conflict')).toBe(true);
    expect(view.shadowRoot!.querySelector('apx-revision-diff')!.older).toBe(older);
  });
});
