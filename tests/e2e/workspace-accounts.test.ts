import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './browser.ts';
import { articleText, fixtureText, useBrowser, workspaceAction } from './steps.ts';
import { seriousViolations } from './axe.ts';

/**
 * Account management end to end: an account imported as a revision shows its kind in the picker
 * and in the "Accounts" dialog, is renamed there (the picker follows), and is deleted after a
 * confirm that counts its claims; the article stays. The Workspace menu and every new dialog
 * pass axe-core without serious or critical violations.
 */
const EARLIER = fixtureText('siege-of-dushanbe.earlier.txt');

const browser = useBrowser();

/** The picker's option labels. */
async function pickerOptions(page: Page): Promise<string[]> {
  const options = await page.getByRole('combobox', { name: 'Account' }).locator('option').all();
  return Promise.all(options.map(async (o) => ((await o.textContent()) ?? '').trim()));
}

describe('account management', () => {
  it('shows kinds, renames and deletes an account with a confirm that counts what goes', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(page);
      await page.getByRole('button', { name: 'Import account' }).click();
      const imports = page.getByRole('dialog', { name: 'Import account' });
      await imports.getByRole('textbox', { name: 'Title' }).fill('Earlier version');
      await imports.getByRole('textbox', { name: 'Text' }).fill(EARLIER);
      await imports.getByRole('combobox', { name: 'Revision of' }).selectOption({
        label: 'Siege of Dushanbe',
      });
      await imports.getByRole('button', { name: 'Import' }).click();
      await imports.waitFor({ state: 'hidden' });
      await expect
        .poll(() => pickerOptions(page))
        .toEqual(['Siege of Dushanbe (article)', 'Earlier version (revision)']);

      await page.getByRole('button', { name: 'Manage accounts' }).click();
      const accounts = page.getByRole('dialog', { name: 'Accounts' });
      await accounts.waitFor({ state: 'visible' });
      await accounts.getByText('Revision of “Siege of Dushanbe”').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await accounts.getByRole('button', { name: 'Rename Earlier version' }).click();
      await accounts.getByRole('textbox', { name: 'Title' }).fill('Siege of Dushanbe, 2019 text');
      await accounts.getByRole('button', { name: 'Save title' }).click();
      await accounts.getByRole('button', { name: 'Rename Siege of Dushanbe, 2019 text' }).waitFor();
      await expect
        .poll(() => pickerOptions(page))
        .toEqual(['Siege of Dushanbe (article)', 'Siege of Dushanbe, 2019 text (revision)']);

      await accounts.getByRole('button', { name: 'Delete Siege of Dushanbe, 2019 text' }).click();
      const consequence = accounts.getByText(/are deleted with it/);
      await consequence.waitFor();
      expect(await consequence.textContent()).toMatch(/^Its \d+ claims and no citations are/);
      expect(await seriousViolations(page)).toEqual([]);
      await accounts.getByRole('button', { name: 'Delete account' }).click();
      await accounts
        .getByRole('button', { name: 'Delete Siege of Dushanbe, 2019 text' })
        .waitFor({ state: 'detached' });
      await accounts.getByRole('button', { name: 'Close' }).click();
      await accounts.waitFor({ state: 'hidden' });
      // One account is left: the picker goes, the article stays.
      await page.getByRole('combobox', { name: 'Account' }).waitFor({ state: 'detached' });
      await articleText(page);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Siege of Dushanbe');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the Workspace menu and its dialogs pass axe-core', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(page);
      await page.getByRole('button', { name: 'Workspace' }).click();
      await page.getByRole('menu', { name: 'Workspace' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('menu', { name: 'Workspace' }).waitFor({ state: 'hidden' });

      await workspaceAction(page, 'Check integrity');
      const check = page.getByRole('dialog', { name: 'Check integrity' });
      await check.getByText('No problems found.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await check.getByRole('button', { name: 'Close' }).click();

      const chooser = page.waitForEvent('filechooser');
      await workspaceAction(page, 'Import backup');
      await (
        await chooser
      ).setFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"a":'),
      });
      const dialog = page.getByRole('dialog', { name: 'Import backup' });
      await dialog.getByRole('alert').waitFor();
      expect(await dialog.getByRole('alert').textContent()).toContain('not an Apparatus backup');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
