import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, openTab } from './browser.ts';
import {
  articleText,
  caretAtEnd,
  claimItem,
  forgetStatuses,
  leadParagraph,
  recordStatuses,
  settledStatus,
  statusesSeen,
  storedAccounts,
  storedClaims,
  untilSaved,
  useBrowser,
} from './steps.ts';

/**
 * Two tabs on one workspace (two pages of one browser context share its IndexedDB), end to end
 * against the built app. The promise: nothing the user was told was saved is lost, and no tab
 * says "Saved" for something that was not written.
 */
const browser = useBrowser();

const STRENGTH = '7,0008,000';

/** The seed's caption ("Bukharan PSR"): typing there moves every claim after it. */
function caption(page: Page) {
  return page.getByRole('textbox', { name: 'Article text' }).locator('p.apx-caption');
}

/** Whether the editor in the page shows its conflict banner (in the shadow roots). */
function hasConflictBanner(app: Element): boolean {
  const view = app.shadowRoot?.querySelector('apx-article-view');
  const editor = view?.shadowRoot?.querySelector('apx-article-editor');
  return editor?.shadowRoot?.querySelector('.conflict') != null;
}

async function articleTexts(page: Page): Promise<string[]> {
  return (await storedAccounts(page)).map((account) => account.text);
}

describe('two tabs on one workspace', () => {
  it('keeps a text edit made in one tab and a flag set in the other, across reloads of both', async () => {
    const { context, page: typing, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(typing);
      const flagging = await openTab(context, inject('baseURL'), errors);
      await articleText(flagging);

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
        await articleText(page);
        await check(page);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Once failing (the second tab's stale document replaced the first tab's saved words): now
  // each save names the version it is based on and the store refuses a stale one; a tab with
  // nothing unsaved takes the other tab's save in, one with unsaved edits says so (never Saved).
  it('never loses words a tab said were saved when both tabs type in the same text', async () => {
    const { context, page: first, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await recordStatuses(context);
      await first.reload();
      await articleText(first);
      const second = await openTab(context, inject('baseURL'), errors);
      await articleText(second);

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
        await articleText(page);
      }
      const stored = (await articleTexts(first)).join('\n');
      for (const [page, words] of typed) {
        if (said.get(page)?.includes('Saved')) expect(stored).toContain(words.trim());
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("takes the other tab's saved words in when it has nothing unsaved, keeping its place", async () => {
    const { context, page: first, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(first);
      const second = await openTab(context, inject('baseURL'), errors);
      const secondText = await articleText(second);
      // The second tab's reader is further down the article.
      const aftermath = secondText.getByRole('heading', { name: 'Aftermath' });
      await aftermath.scrollIntoViewIfNeeded();
      const before = (await aftermath.boundingBox())?.y ?? 0;

      await first.bringToFront();
      await caretAtEnd(first, leadParagraph(first.getByRole('textbox', { name: 'Article text' })));
      await first.keyboard.type(' Typed in the first tab.');
      await untilSaved(first);

      // Without a reload, the second tab shows them, still "Saved", at the same place.
      await expect
        .poll(async () => (await leadParagraph(secondText).textContent()) ?? '')
        .toContain('Typed in the first tab.');
      expect(await second.getByRole('status').textContent()).toBe('Saved');
      expect(await second.locator('apx-app').evaluate(hasConflictBanner)).toBe(false);
      const after = (await aftermath.boundingBox())?.y ?? 0;
      expect(Math.abs(after - before)).toBeLessThan(100);

      // Its own typing goes on from there and keeps both tabs' words.
      await second.bringToFront();
      // Back up to the lead, and let the blocks near it be laid out before aiming at its end.
      await leadParagraph(secondText).scrollIntoViewIfNeeded();
      await second.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await caretAtEnd(second, leadParagraph(secondText));
      await second.keyboard.type(' Typed in the second tab.');
      await untilSaved(second);
      for (const page of [first, second]) {
        await page.reload();
        await articleText(page);
      }
      const stored = (await articleTexts(first)).join('\n');
      expect(stored).toContain('Typed in the first tab. Typed in the second tab.');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('when both tabs type at once, the later save is refused, says so, and Reload keeps its words', async () => {
    const { context, page: first, errors } = await openApp(browser(), inject('baseURL'));
    try {
      // The page's clock, so that both tabs hold unsaved words at the same moment.
      await context.clock.install();
      await first.reload();
      await articleText(first);
      const second = await openTab(context, inject('baseURL'), errors);
      await articleText(second);
      await context.clock.pauseAt(Date.now() + 1_000);

      const typed = new Map<Page, string>([
        [first, ' Words of the first tab.'],
        [second, ' Words of the second tab.'],
      ]);
      for (const [page, words] of typed) {
        await page.bringToFront();
        await caretAtEnd(page, leadParagraph(page.getByRole('textbox', { name: 'Article text' })));
        await page.keyboard.type(words);
      }
      // Both autosaves come due now: one is written, the other is refused.
      await context.clock.runFor(2_000);
      const settled = new Map<Page, string>();
      for (const page of [first, second]) settled.set(page, await settledStatus(page));
      const winner = [...settled].find(([, said]) => said === 'Saved')?.[0];
      const loser = [first, second].find((page) => page !== winner);
      if (!winner || !loser) throw new Error(`statuses: ${[...settled.values()].join(' | ')}`);
      expect(settled.get(loser)).toMatch(/changed in another tab/);
      const banner = loser.getByRole('alert').filter({ hasText: 'changed in another tab' });
      await banner.waitFor();
      const stored = (await articleTexts(loser)).join('\n');
      expect(stored).toContain(typed.get(winner)!.trim());
      expect(stored).not.toContain(typed.get(loser)!.trim());

      await context.clock.resume();
      await banner.getByRole('button', { name: 'Reload' }).click();
      const loserText = loser.getByRole('textbox', { name: 'Article text' });
      await expect
        .poll(async () => (await leadParagraph(loserText).textContent()) ?? '')
        .toContain(typed.get(winner)!.trim());
      expect(await leadParagraph(loserText).textContent()).not.toContain(typed.get(loser)!.trim());
      await untilSaved(loser);
      const accounts = await storedAccounts(loser);
      const kept = accounts.find((account) => account.kind === 'revision');
      expect(kept?.text).toContain(typed.get(loser)!.trim());
      expect(await loser.getByText(`“${kept?.title ?? ''}”`).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
