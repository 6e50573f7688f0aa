// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/workspace/accounts-dialog.ts';
import type { AccountsDialog } from '../../src/workspace/accounts-dialog.ts';
import '../../src/import/account-tools.ts';
import type { FlushEditsEvent } from '../../src/workspace/services.ts';
import { FakePort, fakeAccount } from '../fake-port.ts';
import { citation, claim } from '../claims/fixtures.ts';
import { button, dialogName } from '../annotate/mount.ts';
import { provideWorkspace } from '../workspace-setup.ts';

let listening = new AbortController();
afterEach(() => {
  document.body.replaceChildren();
  listening.abort();
  listening = new AbortController();
});

/** A port with the article (2 claims, 1 citation), a revision of it and a source's text. */
function filledPort(): FakePort {
  const port = new FakePort();
  port.accounts.set('a', fakeAccount({ id: 'a', title: 'Siege of Dushanbe' }));
  port.accounts.set(
    'r',
    fakeAccount({ id: 'r', title: 'Earlier version', kind: 'revision', revisionOf: 'a' }),
  );
  port.accounts.set(
    't',
    fakeAccount({ id: 't', title: 'Kutay’s account', kind: 'source-text', sourceId: 's1' }),
  );
  port.sources.set('s1', {
    id: 's1',
    csl: {
      id: 's1',
      type: 'book',
      title: 'Enver Paşa',
      author: [{ family: 'Kutay' }],
      issued: { 'date-parts': [[1973]] },
    },
    category: 'secondary',
    composed: '',
    perspective: '',
    reliability: '',
    via: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  port.claims.set('c1', claim({ id: 'c1', accountId: 'a' }));
  port.claims.set('c2', claim({ id: 'c2', accountId: 'a' }));
  port.claims.set('c3', claim({ id: 'c3', accountId: 'r' }));
  port.citations.set('x1', citation('x1', 'c1', 's1'));
  return port;
}

async function settle(dialog: AccountsDialog): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
    await dialog.updateComplete;
  }
}

async function open(port: FakePort): Promise<AccountsDialog> {
  const dialog = document.createElement('apx-accounts-dialog');
  provideWorkspace(port, dialog);
  await settle(dialog);
  await dialog.show();
  await settle(dialog);
  return dialog;
}

function rows(dialog: AccountsDialog): string[] {
  return [...dialog.shadowRoot!.querySelectorAll('li .name')].map((name) => {
    const kind = name.querySelector('.kind')?.textContent ?? '';
    const title = name.querySelector('.title')?.textContent ?? '';
    return `${title} | ${kind.trim()}`;
  });
}

function labelled(dialog: AccountsDialog, name: string): HTMLButtonElement {
  const found = dialog.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-label="${name}"]`);
  if (!found) throw new Error(`no control labelled ${name}`);
  return found;
}

describe('apx-accounts-dialog', () => {
  it('lists every account with which kind it is', async () => {
    const dialog = await open(filledPort());
    expect(dialogName(dialog.shadowRoot!.querySelector('dialog')!)).toBe('Accounts');
    expect(rows(dialog)).toEqual([
      'Siege of Dushanbe | Article',
      'Earlier version | Revision of “Siege of Dushanbe”',
      'Kutay’s account | Source text of Enver Paşa',
    ]);
  });

  it('renames an account in place; an empty title is refused beside the field', async () => {
    const port = filledPort();
    const dialog = await open(port);
    labelled(dialog, 'Rename Earlier version').click();
    await settle(dialog);
    const root = dialog.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('#rename-title')!;
    expect(root.querySelector('label[for="rename-title"]')?.textContent).toBe('Title');
    expect(input.value).toBe('Earlier version');

    input.value = '   ';
    input.dispatchEvent(new Event('input'));
    button(root, 'Save title').click();
    await settle(dialog);
    expect(root.querySelector('#rename-error')?.textContent).toBe('Give the account a title.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(port.accounts.get('r')?.title).toBe('Earlier version');

    input.value = 'Siege of Dushanbe (1980 text)';
    input.dispatchEvent(new Event('input'));
    button(root, 'Save title').click();
    await settle(dialog);
    expect(port.accounts.get('r')?.title).toBe('Siege of Dushanbe (1980 text)');
    expect(root.querySelector('#rename-title')).toBeNull();
    expect(rows(dialog)[1]).toBe('Siege of Dushanbe (1980 text) | Revision of “Siege of Dushanbe”');
  });

  it('says how many claims and citations go with an account before deleting it', async () => {
    const port = filledPort();
    const dialog = await open(port);
    const flushed: string[] = [];
    document.addEventListener(
      'apx-flush-edits',
      (event) => {
        const flush = event as FlushEditsEvent;
        flushed.push([...port.accounts.keys()].join());
        flush.pending.push(Promise.resolve());
      },
      { signal: listening.signal },
    );
    labelled(dialog, 'Delete Siege of Dushanbe').click();
    await settle(dialog);
    const root = dialog.shadowRoot!;
    expect(root.querySelector('#delete-consequence')?.textContent).toBe(
      'Its 2 claims and 1 citation are deleted with it. Its revision stays, no longer linked to it. This cannot be undone; export a backup first to keep a copy.',
    );
    expect(root.activeElement?.textContent?.trim()).toBe('Cancel');
    button(root, 'Cancel').click();
    await settle(dialog);
    expect(port.accounts.has('a')).toBe(true);

    labelled(dialog, 'Delete Siege of Dushanbe').click();
    await settle(dialog);
    button(root, 'Delete account').click();
    await settle(dialog);
    expect(flushed).toEqual(['a,r,t']); // the editor's pending save ran before the deletion
    expect(port.accounts.has('a')).toBe(false);
    expect(rows(dialog)).toHaveLength(2);
  });

  it('a deletion the store refuses is said beside the account and nothing is lost', async () => {
    const port = filledPort();
    const dialog = await open(port);
    labelled(dialog, 'Delete Earlier version').click();
    await settle(dialog);
    port.failNextWrite({ kind: 'quota', message: 'The disk is full.' });
    button(dialog.shadowRoot!, 'Delete account').click();
    await settle(dialog);
    expect(dialog.shadowRoot!.querySelector('[role="alert"]')?.textContent).toBe(
      'The disk is full.',
    );
    expect(port.accounts.has('r')).toBe(true);
  });
});

describe('apx-account-tools', () => {
  it('shows each account’s kind in the picker and opens "Accounts" from "Manage accounts"', async () => {
    const port = filledPort();
    const tools = document.createElement('apx-account-tools');
    tools.accounts = [...port.accounts.values()];
    tools.current = 'a';
    provideWorkspace(port, tools);
    await tools.updateComplete;
    const root = tools.shadowRoot!;
    expect(
      [...root.querySelectorAll('option')].map((o) => o.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      'Siege of Dushanbe (article)',
      'Earlier version (revision)',
      'Kutay’s account (source text)',
    ]);
    button(root, 'Manage accounts').click();
    const dialog = root.querySelector('apx-accounts-dialog')!;
    await settle(dialog);
    expect(dialog.open).toBe(true);
  });
});
