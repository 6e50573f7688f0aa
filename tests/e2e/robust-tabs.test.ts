import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './browser.ts';
import {
  caretAtEnd,
  forgetStatuses,
  leadParagraph,
  openedText,
  recordStatuses,
  settledStatus,
  statusesSeen,
  storedAccounts,
  storedClaims,
  untilSaved,
} from './robust-helpers.ts';

/**
 * Two tabs on one workspace (two pages of one browser context share its IndexedDB), end to end
 * against the built app. The promise: nothing the user was told was saved is lost, and no tab
 * says "Saved" for something that was not written.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const STRENGTH = '7,0008,000';

/** The "Claims" panel's item for the claim whose words are exactly `words`. */
function claimItem(page: Page, words: string) {
  return page
    .getByRole('complementary', { name: 'Claims' })
    .getByRole('list', { name: 'Claims in the text' })
    .getByRole('button')
    .filter({ has: page.getByText(words, { exact: true }) });
}

/** The seed's caption ("Bukharan PSR"): typing there moves every claim after it. */
function caption(page: Page) {
  return page.getByRole('textbox', { name: 'Article text' }).locator('p.apx-caption');
}

async function articleTexts(page: Page): Promise<string[]> {
  return (await storedAccounts(page)).map((account) => account.text);
}

describe('two tabs on one workspace', () => {
  it('keeps a text edit made in one tab and a flag set in the other, across reloads of both', async () => {
    const { context, page: typing, errors } = await openApp(browser, inject('baseURL'));
    try {
      await openedText(typing);
      const flagging = await context.newPage();
      flagging.setDefaultTimeout(10_000);
      flagging.on('pageerror', (error) => errors.push(String(error)));
      await flagging.goto(inject('baseURL'));
      await openedText(flagging);

      // The second tab has the flag dialog ready while the first types before every claim.
      await claimItem(flagging, STRENGTH).click();
      await flagging.keyboard.press('Control+Shift+D');
      const flag = flagging.getByRole('dialog', { name: 'Flag as disputed' });
      await flag.getByRole('textbox', { name: 'Reason' }).fill('Checked in the other tab.');

      await caretAtEnd(typing, caption(typing));
      await typing.keyboard.type(' (typed in the first tab)');
      await flag.getByRole('button', { name: 'Flag' }).click();
      await flag.waitFor({ state: 'hidden' });
      await untilSaved(typing);
      await untilSaved(flagging);

      const check = async (page: Page): Promise<void> => {
        const claims = await storedClaims(page);
        const strength = claims.find((claim) => claim.quote.exact === STRENGTH);
        expect(strength?.status).toBe('disputed');
        expect(strength?.statusReason).toBe('Checked in the other tab.');
        expect((await articleTexts(page)).join('\n')).toContain(
          'Bukharan PSR (typed in the first tab)',
        );
        await expect
          .poll(async () =>
            ((await claimItem(page, STRENGTH).textContent()) ?? '').includes('disputed'),
          )
          .toBe(true);
        expect(await caption(page).textContent()).toBe('Bukharan PSR (typed in the first tab)');
      };
      for (const page of [typing, flagging]) {
        await page.reload();
        await openedText(page);
        await check(page);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // KNOWN TO FAIL (reported to the save path): the second tab's editor still holds the text as
  // it was before the first tab's save, and its own save replaces the whole stored document —
  // the first tab said "Saved" for words that are then gone. Needed: saveDocument refuses a write
  // based on an older `updatedAt` than the stored one, and the tab says so (and keeps its words)
  // instead of "Saved". Turn this into `it` when that lands.
  it.fails(
    'never loses words a tab said were saved when both tabs type in the same text',
    async () => {
      const { context, page: first, errors } = await openApp(browser, inject('baseURL'));
      try {
        await recordStatuses(context);
        await first.reload();
        await openedText(first);
        const second = await context.newPage();
        second.setDefaultTimeout(10_000);
        await second.goto(inject('baseURL'));
        await openedText(second);

        const typed = new Map<Page, string>([
          [first, ' Typed in the first tab.'],
          [second, ' Typed in the second tab.'],
        ]);
        const said = new Map<Page, string[]>();
        for (const [page, words] of typed) {
          await page.bringToFront();
          await forgetStatuses(page);
          const text = page.getByRole('textbox', { name: 'Article text' });
          await caretAtEnd(page, leadParagraph(text));
          await page.keyboard.type(words);
          const settled = await settledStatus(page);
          said.set(page, [...(await statusesSeen(page)), settled]);
        }
        // The first tab was told its words were saved.
        expect(said.get(first)).toContain('Saved');

        for (const page of [first, second]) {
          await page.reload();
          await openedText(page);
        }
        const stored = (await articleTexts(first)).join('\n');
        for (const [page, words] of typed) {
          if (said.get(page)?.includes('Saved')) expect(stored).toContain(words.trim());
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
