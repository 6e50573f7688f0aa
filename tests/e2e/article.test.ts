import { describe, expect, inject, it } from 'vitest';
import { openApp } from './browser.ts';
import { caretAtEnd, useBrowser } from './steps.ts';

/**
 * The foundation's promise, end to end in headless Chromium against the built app (issue 2,
 * item 9): the seed article opens with its title and infobox, a typed edit is saved ("Saved"
 * only after the commit) and is still there after a reload. Elements are found by role and
 * accessible name, the contract of ARCHITECTURE.md.
 */
const browser = useBrowser();

describe('the article view', () => {
  it('shows the seed, saves a typed edit and keeps it across a reload', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      const title = page.getByRole('heading', { level: 1, name: 'Siege of Dushanbe' });
      await title.waitFor({ state: 'visible' });
      const text = page.getByRole('textbox', { name: 'Article text' });
      await text.waitFor({ state: 'visible' });
      expect(await text.getAttribute('aria-multiline')).toBe('true');

      // The views and the claims panel carry their contract names.
      expect(
        await page
          .getByRole('button', { name: 'Article', exact: true })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      expect(
        await page.getByRole('button', { name: 'Compare accounts' }).getAttribute('aria-pressed'),
      ).toBe('false');
      expect(await page.getByRole('button', { name: 'Sources' }).getAttribute('aria-pressed')).toBe(
        'false',
      );
      await page.getByRole('complementary', { name: 'Claims' }).waitFor({ state: 'visible' });

      // The infobox, as a readable key | value row.
      const strength = page.getByRole('term').filter({ hasText: /^Strength2$/ });
      await text.locator(strength).waitFor({ state: 'visible' });
      const row = text.locator('.apx-field').filter({ has: strength });
      expect(await row.getByRole('definition').textContent()).toBe('7,0008,000');
      expect(await row.getByRole('definition').isVisible()).toBe(true);

      // Type at the end of the lead paragraph.
      const status = page.getByRole('status');
      expect(await status.textContent()).toBe('Saved');
      const lead = text.locator('p', {
        hasText: 'The siege of Dushanbe took place in February 1922',
      });
      await caretAtEnd(page, lead);
      const marker = ' Checked against Kutay.';
      await page.keyboard.type(marker);
      expect(await lead.textContent()).toContain('rebellion.' + marker);
      expect(await status.textContent()).not.toBe('Saved');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Saved');

      await page.reload();
      const again = page.getByRole('textbox', { name: 'Article text' });
      await again.waitFor({ state: 'visible' });
      const leadAgain = again.locator('p', {
        hasText: 'The siege of Dushanbe took place in February 1922',
      });
      expect(await leadAgain.textContent()).toContain('rebellion.' + marker);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Siege of Dushanbe');
      expect(await page.getByRole('status').textContent()).toBe('Saved');

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("switches views with the view buttons: the source library holds the seed's sources", async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Sources' }).click();
      expect(await page.getByRole('button', { name: 'Sources' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await page.getByRole('textbox', { name: 'Article text' }).isVisible()).toBe(false);
      // The library holds the sources the seed names.
      const sources = page.getByRole('region', { name: 'Sources' });
      await sources.waitFor({ state: 'visible' });
      await sources.getByText('Kutay').first().waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Article', exact: true }).click();
      await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
