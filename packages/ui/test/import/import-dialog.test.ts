// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/import/import-dialog.ts';
import type { ImportDialog, ImportedDetail } from '../../src/import/import-dialog.ts';
import { FakePort } from '../fake-port.ts';
import { button, byLabel, dialogName, listen } from '../annotate/mount.ts';
import { fixtureText, provideWorkspace } from '../workspace-setup.ts';

const EARLIER = fixtureText('siege-of-dushanbe.earlier.txt');

afterEach(() => document.body.replaceChildren());

async function open(port = new FakePort()): Promise<{ dialog: ImportDialog; port: FakePort }> {
  const dialog = document.createElement('apx-import-dialog');
  provideWorkspace(port, dialog);
  await dialog.updateComplete;
  await dialog.show();
  return { dialog, port };
}

/** Submits the form and waits until the import settled (the button is enabled again). */
async function submit(dialog: ImportDialog): Promise<void> {
  button(dialog.shadowRoot!, 'Import').click();
  for (let i = 0; i < 20; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await dialog.updateComplete;
    if (!dialog._busy) return;
  }
}

describe('apx-import-dialog', () => {
  it('is the dialog "Import account" with Title, Text and Import', async () => {
    const { dialog } = await open();
    const root = dialog.shadowRoot!;
    expect(dialogName(root.querySelector('dialog')!)).toBe('Import account');
    expect(byLabel(root, 'Title').tagName).toBe('INPUT');
    expect(byLabel(root, 'Text').tagName).toBe('TEXTAREA');
    expect(button(root, 'Import').type).toBe('submit');
    expect(dialog.open).toBe(true);
  });

  it('imports the earlier account with its claims and subjects, then closes', async () => {
    const { dialog, port } = await open();
    const imported = listen<ImportedDetail>(document, 'apx-account-imported');
    const root = dialog.shadowRoot!;
    byLabel<HTMLInputElement>(root, 'Title').value = 'Earlier version';
    byLabel<HTMLTextAreaElement>(root, 'Text').value = EARLIER;
    await submit(dialog);
    expect(dialog.open).toBe(false);
    const accounts = [...port.accounts.values()];
    expect(accounts.map((a) => a.title)).toEqual(['Earlier version']);
    expect(imported).toEqual([{ accountId: accounts[0]!.id }]);
    const claims = [...port.claims.values()];
    expect(claims.some((c) => c.quote.exact === 'Moderate')).toBe(true);
    const subjectIds = new Set(port.subjects.keys());
    for (const c of claims)
      if (c.subjectId !== null) expect(subjectIds.has(c.subjectId)).toBe(true);
  });

  it('refuses an empty text beside the field and keeps the title typed', async () => {
    const { dialog, port } = await open();
    const root = dialog.shadowRoot!;
    byLabel<HTMLInputElement>(root, 'Title').value = 'Kutay';
    await submit(dialog);
    const text = byLabel<HTMLTextAreaElement>(root, 'Text');
    expect(dialog.open).toBe(true);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(root.getElementById(text.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /The text is empty/,
    );
    expect(byLabel<HTMLInputElement>(root, 'Title').value).toBe('Kutay');
    expect(port.accounts.size).toBe(0);
  });

  it('keeps everything typed when the write fails, and says why', async () => {
    const { dialog, port } = await open();
    const root = dialog.shadowRoot!;
    byLabel<HTMLInputElement>(root, 'Title').value = 'Earlier version';
    byLabel<HTMLTextAreaElement>(root, 'Text').value = EARLIER;
    port.failNextWrite({ kind: 'quota', message: 'The disk is full.' });
    await submit(dialog);
    expect(dialog.open).toBe(true);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('The disk is full.');
    expect(byLabel<HTMLTextAreaElement>(root, 'Text').value).toBe(EARLIER);
    expect(port.accounts.size).toBe(0);
  });

  it('offers the workspace’s accounts as what the text revises, and records the link', async () => {
    const port = new FakePort();
    await port.putAccountWithClaims({
      account: {
        id: 'seed',
        title: 'Siege of Dushanbe',
        kind: 'article',
        sourceId: null,
        revisionOf: null,
        doc: null,
        text: EARLIER,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      claims: [],
    });
    const { dialog } = await open(port);
    const root = dialog.shadowRoot!;
    const revision = byLabel<HTMLSelectElement>(root, 'Revision of');
    expect([...revision.options].map((o) => o.textContent)).toEqual([
      '— not a revision —',
      'Siege of Dushanbe',
    ]);
    revision.value = 'seed';
    byLabel<HTMLTextAreaElement>(root, 'Text').value = EARLIER;
    await submit(dialog);
    const imported = [...port.accounts.values()].find((a) => a.id !== 'seed');
    expect(imported).toMatchObject({ kind: 'revision', revisionOf: 'seed' });
  });
});
