import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp } from './browser.ts';
import {
  articleText,
  caretAtEnd,
  claimItem,
  infoboxValue,
  itemMeta,
  untilSaved,
  useBrowser,
  workspaceAction,
} from './steps.ts';

/**
 * Issue 2 item 5 and "bad input loses nothing", end to end in headless Chromium: the header's
 * "Workspace" menu exports a backup (a real download), a backup imported over a changed
 * workspace brings back exactly what was exported (a flagged claim) and drops the change; a
 * truncated backup is refused with the store's sentence and changes nothing; the integrity check
 * finds nothing wrong in the seed. Found by roles and accessible names only.
 */
const browser = useBrowser();
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'apparatus-backup-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const STRENGTH = '7,0008,000';
const LEAD = 'The siege of Dushanbe took place in February 1922';

/** Exports a backup through the menu and saves the download; returns its path and file name. */
async function exportBackup(page: Page): Promise<{ path: string; name: string }> {
  const download = page.waitForEvent('download');
  await workspaceAction(page, 'Export backup');
  const file = await download;
  const name = file.suggestedFilename();
  const path = join(folder, `${Math.random().toString(36).slice(2)}-${name}`);
  await file.saveAs(path);
  return { path, name };
}

/** Opens "Import backup" with `path` as the chosen file; returns the dialog. */
async function importBackup(page: Page, path: string): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await workspaceAction(page, 'Import backup');
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Import backup' });
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

/** Types `words` at the end of the lead paragraph and waits until it is saved. */
async function typeIntoLead(page: Page, text: Locator, words: string): Promise<void> {
  await caretAtEnd(page, text.locator('p', { hasText: LEAD }));
  await page.keyboard.type(words);
  await untilSaved(page);
}

/** Flags the Strength2 figure as disputed through the claim tools. */
async function flagStrength(page: Page, text: Locator): Promise<void> {
  await infoboxValue(text, 'Strength2').dblclick({ position: { x: 12, y: 8 } });
  await page
    .getByRole('toolbar', { name: 'Claim tools' })
    .getByRole('button', { name: 'Flag as disputed' })
    .click();
  const flag = page.getByRole('dialog', { name: 'Flag as disputed' });
  await flag.getByRole('textbox', { name: 'Reason' }).fill('A lost dash.');
  await flag.getByRole('button', { name: 'Flag' }).click();
  await flag.waitFor({ state: 'hidden' });
  await expect.poll(() => itemMeta(claimItem(page, STRENGTH))).toMatch(/disputed/);
}

describe('the Workspace menu', () => {
  it('exports a backup, and importing it brings back the flagged claim and drops a later change', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      let text = await articleText(page);
      await flagStrength(page, text);
      await untilSaved(page);

      const backup = await exportBackup(page);
      expect(backup.name).toMatch(/^apparatus-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const json = JSON.parse(readFileSync(backup.path, 'utf8')) as {
        formatName: string;
        data: { data: { tableName: string; rows: { status?: string }[] }[] };
      };
      expect(json.formatName).toBe('dexie');
      const claims = json.data.data.find((table) => table.tableName === 'claims')?.rows ?? [];
      expect(claims.filter((claim) => claim.status === 'disputed')).toHaveLength(1);

      // Change something after the backup: a typed sentence, and the flag taken back to supported.
      const marker = ' Written after the backup.';
      await typeIntoLead(page, text, marker);
      await infoboxValue(text, 'Strength2').dblclick({ position: { x: 12, y: 8 } });
      await page
        .getByRole('toolbar', { name: 'Claim tools' })
        .getByRole('button', { name: 'Mark as supported' })
        .click();
      await expect.poll(() => itemMeta(claimItem(page, STRENGTH))).toMatch(/supported/);
      await untilSaved(page);

      const dialog = await importBackup(page, backup.path);
      const consequence = dialog.getByText(/This replaces everything in this workspace/);
      await consequence.waitFor({ state: 'visible' });
      const said = (await consequence.textContent()) ?? '';
      expect(said).toMatch(/the backup’s 1 account, \d+ claims/);
      expect(said).toContain(`${claims.length} claims`);
      expect(said).toContain('Your current work will be lost unless you export it first.');
      await dialog.getByRole('button', { name: 'Replace workspace' }).click();
      await dialog.getByText('The backup is imported.').waitFor({ state: 'visible' });
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });

      text = await articleText(page);
      await expect.poll(() => itemMeta(claimItem(page, STRENGTH))).toMatch(/disputed/);
      const lead = text.locator('p', { hasText: LEAD });
      expect(await lead.textContent()).not.toContain(marker.trim());

      // It is what is stored, not only what is shown.
      await page.reload();
      text = await articleText(page);
      await expect.poll(() => itemMeta(claimItem(page, STRENGTH))).toMatch(/disputed/);
      expect(await text.locator('p', { hasText: LEAD }).textContent()).not.toContain(marker.trim());
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a truncated backup with the store’s sentence and changes nothing', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      const text = await articleText(page);
      const backup = await exportBackup(page);
      const whole = readFileSync(backup.path, 'utf8');
      const truncated = join(folder, 'truncated-backup.json');
      writeFileSync(truncated, whole.slice(0, Math.floor(whole.length * 0.6)));

      const marker = ' Kept through a refused import.';
      await typeIntoLead(page, text, marker);

      const dialog = await importBackup(page, truncated);
      const replace = dialog.getByRole('button', { name: 'Replace workspace' });
      const alert = dialog.getByRole('alert');
      // The header may already show the damage; otherwise the import itself finds it.
      await Promise.race([
        replace.waitFor({ state: 'visible' }),
        alert.waitFor({ state: 'visible' }),
      ]);
      if (await replace.isVisible()) await replace.click();
      await alert.waitFor({ state: 'visible' });
      expect(await alert.textContent()).toMatch(/damaged or incomplete|not an Apparatus backup/);
      expect(await alert.textContent()).toContain('your workspace is unchanged');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });

      expect(await text.locator('p', { hasText: LEAD }).textContent()).toContain(marker);
      await page.reload();
      const again = await articleText(page);
      expect(await again.locator('p', { hasText: LEAD }).textContent()).toContain(marker);
      await expect.poll(() => itemMeta(claimItem(page, STRENGTH))).toMatch(/unreviewed/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('checks the seed’s integrity and finds no problems', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(page);
      await workspaceAction(page, 'Check integrity');
      const dialog = page.getByRole('dialog', { name: 'Check integrity' });
      await dialog.getByText('No problems found.').waitFor({ state: 'visible' });
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });
      // Focus goes back to the menu's button.
      await expect
        .poll(() =>
          page.evaluate(() => {
            let active = document.activeElement;
            while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
            return active?.textContent?.trim();
          }),
        )
        .toBe('Workspace');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
