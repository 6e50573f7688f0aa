import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './browser.ts';

/**
 * Issue 5's evidence, end to end in headless Chromium against the built app: the earlier account
 * of the siege is imported through the "Import account" dialog; in "Compare accounts" the
 * "Comparison" table says "Conflict" on the Soviet casualties (Heavy against Moderate) and
 * "Agree" on the Basmachi strength (~1,500 in both); in parallel reading, selecting a claim in one
 * pane lights its counterpart in the other. Bad input (an empty text, a binary file) is refused
 * with a readable message and the dialog keeps what was typed.
 */
const EARLIER = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/siege-of-dushanbe.earlier.txt'),
  'utf8',
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the import dialog from the header. */
async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import account' });
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

/** The comparison row whose header (the subject) is exactly `label`. */
function row(page: Page, label: string) {
  const table = page.getByRole('region', { name: 'Comparison' }).getByRole('table');
  return table.getByRole('row').filter({
    has: page.locator('th[scope="row"] .label').getByText(label, { exact: true }),
  });
}

describe('comparing accounts', () => {
  it('imports the earlier account and compares it with the article, table and parallel panes', async () => {
    const { context, page, errors } = await openApp(browser, inject('baseURL'));
    try {
      await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
      const dialog = await openImport(page);
      await dialog
        .getByRole('textbox', { name: 'Title' })
        .fill('Siege of Dushanbe (earlier version)');
      await dialog.getByRole('textbox', { name: 'Text' }).fill(EARLIER);
      await dialog.getByRole('button', { name: 'Import' }).click();
      await dialog.waitFor({ state: 'hidden' });
      // The imported account is shown in the Article view.
      await page
        .getByRole('heading', { level: 1, name: 'Siege of Dushanbe (earlier version)' })
        .waitFor({ state: 'visible' });

      await page.getByRole('button', { name: 'Compare accounts' }).click();
      const region = page.getByRole('region', { name: 'Comparison' });
      await region.waitFor({ state: 'visible' });
      const headers = await region.getByRole('columnheader').allTextContents();
      expect(headers.map((h) => h.trim())).toEqual([
        'Subject',
        'Siege of Dushanbe',
        'Siege of Dushanbe (earlier version)',
        'Verdict',
      ]);

      const casualties = row(page, 'casualties · Russian SFSR, Soviet Bukhara');
      await casualties.first().waitFor({ state: 'visible' });
      const casualtiesText = (await casualties.first().textContent()) ?? '';
      expect(casualtiesText).toContain('Heavy');
      expect(casualtiesText).toContain('Moderate');
      expect(await casualties.first().getByRole('cell').last().textContent()).toContain('Conflict');

      const strength = row(page, 'strength · Basmachi Movement');
      const strengthText = (await strength.first().textContent()) ?? '';
      expect(strengthText).toMatch(/1,500/);
      expect(await strength.first().getByRole('cell').last().textContent()).toContain('Agree');

      // Only the conflicts, so that the table and the panes fit one picture.
      await region.getByLabel('Show').selectOption('conflict');
      expect(await region.getByRole('row').count()).toBe(2);
      await page.setViewportSize({ width: 1280, height: 1100 });

      // Parallel reading: select "Moderate" in the earlier account's pane.
      const right = page.getByRole('region', {
        name: 'Parallel reading: Siege of Dushanbe (earlier version)',
      });
      const left = page.getByRole('region', { name: 'Parallel reading: Siege of Dushanbe' });
      const moderate = right.locator('[data-claim]').filter({ hasText: /^Moderate$/ });
      await moderate.scrollIntoViewIfNeeded();
      await moderate.click();
      const heavyId = await left
        .locator('.text [data-claim]')
        .filter({ hasText: /^Heavy$/ })
        .getAttribute('data-claim');
      const lit = left.locator(`.marker[data-light="counterpart"][data-claim="${heavyId}"]`);
      await lit.waitFor({ state: 'attached' });
      expect(await lit.textContent()).toBe('1');
      const moderateId = await moderate.getAttribute('data-claim');
      expect(
        await right.locator(`.marker[data-light="selected"][data-claim="${moderateId}"]`).count(),
      ).toBe(1);

      // The pointer leaves the panes (a hover would light what is under it), and the picture
      // starts at the view's heading.
      await page.mouse.move(1, 1);
      await page
        .getByRole('heading', { name: 'Compare accounts', level: 1 })
        .scrollIntoViewIfNeeded();
      await right.locator(`.marker[data-claim="${moderateId}"]`).waitFor({ state: 'attached' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: 'docs/compare.png', fullPage: false });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses an empty text and a binary file with a readable message, keeping the input', async () => {
    const { context, page, errors } = await openApp(browser, inject('baseURL'));
    try {
      await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
      const dialog = await openImport(page);
      const title = dialog.getByRole('textbox', { name: 'Title' });
      await title.fill('Kutay, p. 212');
      await dialog.getByRole('button', { name: 'Import' }).click();
      await dialog.getByText(/The text is empty/).waitFor({ state: 'visible' });
      expect(await title.inputValue()).toBe('Kutay, p. 212');

      await dialog.getByRole('textbox', { name: 'Text' }).fill('Some words of mine.');
      await dialog.getByLabel('Or choose a file').setInputFiles({
        name: 'scan.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]),
      });
      await dialog.getByText(/“scan\.png” is not text/).waitFor({ state: 'visible' });
      expect(await title.inputValue()).toBe('Kutay, p. 212');
      expect(await dialog.getByRole('textbox', { name: 'Text' }).inputValue()).toBe(
        'Some words of mine.',
      );
      expect(await dialog.isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
