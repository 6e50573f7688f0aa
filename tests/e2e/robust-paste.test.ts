import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './browser.ts';
import {
  articleText,
  caretAtEnd,
  leadParagraph,
  pasteInto,
  storedAccounts,
  untilSaved,
  useBrowser,
} from './steps.ts';

/**
 * Hostile and huge pastes into the article text, end to end in headless Chromium against the
 * built app. Every payload, if it ran, would push onto `window.__pwned` (or call `alert`, which
 * is trapped the same way); the test checks that nothing ran, that nothing unsafe reached the
 * editor's DOM or the stored document — before and after a reload — and that the pasted words
 * themselves survived.
 */
const browser = useBrowser();

/** Every way a pasted fragment has been known to run script or load something. */
const HOSTILE = [
  `<p>Image words<img src="x" onerror="window.__pwned.push('img onerror')" alt="alt words"></p>`,
  `<p><a href="javascript:window.__pwned.push('javascript link')">Link words</a></p>`,
  `<p><a href=" JaVa&#09;ScRiPt:window.__pwned.push('obfuscated link')">Obfuscated words</a></p>`,
  `<p><a href="data:text/html,<script>parent.__pwned.push('data link')</script>">Data words</a></p>`,
  `<p><a href="https://example.org/kutay" onclick="window.__pwned.push('onclick')">Safe words</a></p>`,
  `<script>window.__pwned.push('script')</script>`,
  `<iframe src="javascript:parent.__pwned.push('iframe')"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned.push('srcdoc')</script>"></iframe>`,
  `<p style="background-image:url(javascript:window.__pwned.push('style url'))">Styled words</p>`,
  `<svg><animate onbegin="window.__pwned.push('svg onbegin')" attributeName="x" dur="1s"></animate></svg>`,
  `<details open ontoggle="window.__pwned.push('ontoggle')"><summary>Details words</summary></details>`,
  `<object data="javascript:window.__pwned.push('object')"></object>`,
  `<embed src="javascript:window.__pwned.push('embed')">`,
  `<form action="javascript:window.__pwned.push('form')"><button>Form words</button></form>`,
  `<p onmouseover="window.__pwned.push('onmouseover')">Hover words</p>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned.push('meta')">`,
  `<img src=x onerror=alert(1)>`,
  // Not script, but a key into the store: a claim id no claim of this text has.
  `<p><span data-claim="forged-claim">Claimed words</span></p>`,
].join('');

/** The words of {@link HOSTILE} that are text and must survive the paste. */
const SURVIVING = [
  'Image words',
  'Link words',
  'Obfuscated words',
  'Data words',
  'Safe words',
  'Styled words',
  'Details words',
  'Hover words',
  'Claimed words',
];

/** Markup that must not be in the editor or the stored document after a hostile paste. */
const UNSAFE_DOM =
  'img, script, iframe, object, embed, svg, form, meta, details, [style], [onerror], [onclick], [onmouseover], [ontoggle], [srcdoc], [data-claim="forged-claim"]';
const UNSAFE_TEXT =
  /javascript:|onerror|onclick|onmouseover|ontoggle|<script|srcdoc|data:text|forged-claim/i;

/** Sets the traps before the app's code runs: anything that executes leaves a trace here. */
async function trap(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const w = window as unknown as { __pwned: string[]; alert: (message?: unknown) => void };
    w.__pwned = [];
    w.alert = (message?: unknown) => w.__pwned.push(`alert ${String(message)}`);
  });
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.reload();
}

async function pwned(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __pwned: string[] }).__pwned);
}

describe('pasting into the article text', () => {
  it('runs nothing, keeps nothing unsafe and keeps the words of a hostile paste, across a reload', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await trap(page);
      const text = await articleText(page);
      await caretAtEnd(page, leadParagraph(text));
      await pasteInto(text, HOSTILE, SURVIVING.join('\n'));
      // Give anything that would run (an error event, an animation, a frame) time to fire.
      await page.waitForTimeout(300);
      await text.hover();
      await untilSaved(page);

      const shown = (await text.textContent()) ?? '';
      for (const words of SURVIVING) expect(shown).toContain(words);
      expect(await text.locator(UNSAFE_DOM).count()).toBe(0);
      const hrefs = await text
        .locator('a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(['https://example.org/kutay']);
      expect(await pwned(page)).toEqual([]);

      const [account] = (await storedAccounts(page)).filter((a) => a.kind === 'article');
      expect(account?.doc).toBeTypeOf('string');
      expect(account?.doc).not.toMatch(UNSAFE_TEXT);
      for (const words of SURVIVING) expect(account?.text).toContain(words);

      await page.reload();
      const again = await articleText(page);
      await page.waitForTimeout(300);
      const reloaded = (await again.textContent()) ?? '';
      for (const words of SURVIVING) expect(reloaded).toContain(words);
      expect(await again.locator(UNSAFE_DOM).count()).toBe(0);
      expect(await pwned(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('takes a 1 MB paste whole, saves it and opens it again', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      const text = await articleText(page);
      const paragraphs = Array.from(
        { length: 2_000 },
        (_, i) =>
          `Paragraph ${i} of the long paste: ${'the garrison held the citadel through the winter and '.repeat(9)}end ${i}.`,
      );
      const html = paragraphs.map((p) => `<p>${p}</p>`).join('');
      expect(html.length).toBeGreaterThan(1_000_000);
      await caretAtEnd(page, leadParagraph(text));
      await pasteInto(text, html, paragraphs.join('\n\n'));
      await untilSaved(page);

      const [account] = (await storedAccounts(page)).filter((a) => a.kind === 'article');
      for (const i of [0, 999, 1_999]) expect(account?.text).toContain(paragraphs[i]);
      const lastAt = account?.text.indexOf(paragraphs[1_999]!) ?? -1;
      const firstAt = account?.text.indexOf(paragraphs[0]!) ?? -1;
      expect(firstAt).toBeGreaterThan(0);
      expect(lastAt).toBeGreaterThan(firstAt);

      await page.reload();
      const again = await articleText(page);
      const last = again.locator('p', { hasText: 'end 1999.' });
      await last.scrollIntoViewIfNeeded();
      expect(await last.textContent()).toBe(paragraphs[1_999]);
      expect(
        await again.locator('p', { hasText: 'Paragraph 1000 of the long paste' }).count(),
      ).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
