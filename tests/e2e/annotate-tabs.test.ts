import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, openTab } from './browser.ts';
import {
  articleText,
  claimItem,
  flagByKeyboard,
  itemMeta,
  untilSaved,
  useBrowser,
} from './steps.ts';

/**
 * Two tabs on one workspace (two pages of one browser context share its IndexedDB): a claim made
 * in one is marked in the other's text without a reload; an undo in one does not overwrite a newer
 * judgement made in the other.
 */
const browser = useBrowser();

const WORDS = 'anti-Soviet uprising';
const STRENGTH = '7,0008,000';

/** Selects the first occurrence of `words` in the article text, as a drag would. */
async function selectWords(page: Page, words: string): Promise<void> {
  const text = page.getByRole('textbox', { name: 'Article text' });
  await text.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      (root as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection =
        (root.getRootNode() as Document).getSelection?.() ?? document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in the text`);
  }, words);
}

describe('claims across tabs', () => {
  it('a claim made in one tab is marked in the other tab’s text, with its status', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(page);
      const other = await openTab(context, inject('baseURL'), errors);
      const otherText = await articleText(other);
      await selectWords(page, WORDS);
      const support = page
        .getByRole('toolbar', { name: 'Claim tools' })
        .getByRole('button', { name: 'Mark as supported' });
      await expect.poll(() => support.getAttribute('aria-disabled')).not.toBe('true');
      await support.click();
      await expect
        .poll(() => otherText.locator('[data-claim]').filter({ hasText: WORDS }).count(), {
          timeout: 10_000,
        })
        .toBe(1);
      await expect
        .poll(() =>
          otherText.locator('.apx-claim-status[data-status="supported"]').first().textContent(),
        )
        .toBe(WORDS);
      await expect.poll(() => itemMeta(claimItem(other, WORDS))).toMatch(/supported/);
      // The other tab's save brings the mark, or this tab marks it itself: no conflict either way.
      await untilSaved(other);
      await untilSaved(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('undo refuses to overwrite a judgement the other tab made since, and says why', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(page);
      const other = await openTab(context, inject('baseURL'), errors);
      await articleText(other);
      await claimItem(page, STRENGTH).click();
      await page
        .getByRole('toolbar', { name: 'Claim tools' })
        .getByRole('button', { name: 'Mark as supported' })
        .click();
      await expect.poll(() => itemMeta(claimItem(other, STRENGTH))).toMatch(/supported/);

      await flagByKeyboard(other, STRENGTH, 'Kutay gives fewer men.');
      await expect.poll(() => itemMeta(claimItem(page, STRENGTH))).toMatch(/disputed/);

      await page.getByRole('textbox', { name: 'Article text' }).focus();
      await page.keyboard.press('Control+z');
      await expect
        .poll(() => page.locator('apx-article-view .announce').textContent())
        .toMatch(/Not undone: Mark as supported\. .*changed elsewhere/);
      // Give a wrong overwrite the time to arrive; the other tab's judgement stays.
      await page.waitForTimeout(300);
      expect(await itemMeta(claimItem(other, STRENGTH))).toMatch(/disputed/);
      expect(await itemMeta(claimItem(page, STRENGTH))).toMatch(/disputed/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
