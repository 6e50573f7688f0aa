import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

/**
 * The steps the end-to-end tests share, in one place: the browser a test file runs in, what a
 * person does (found by roles and accessible names only, ARCHITECTURE.md's contract, so that the
 * tests read as what a person does), and what is stored (read straight from IndexedDB in the
 * page, without the app's code, so that a test sees the rows a reload will see, not what the app
 * believes it wrote).
 */

/**
 * Launches one headless Chromium for the calling test file, before its tests, and closes it after
 * them; returns how to reach it (each test opens its own context, and so its own IndexedDB).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('the browser is reached before beforeAll ran');
    return browser;
  };
}

/** The text of `name` in the repository's `fixtures/` (the seed, the earlier account…). */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
}

/** The editable text, once the workspace is open and the status line says exactly "Saved". */
export async function articleText(page: Page): Promise<Locator> {
  const text = page.getByRole('textbox', { name: 'Article text' });
  await text.waitFor({ state: 'visible' });
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  return text;
}

/** The "Claims" panel's item (a button) for the claim whose words are exactly `words`. */
export function claimItem(page: Page, words: string): Locator {
  return page
    .getByRole('complementary', { name: 'Claims' })
    .getByRole('list', { name: 'Claims in the text' })
    .getByRole('button')
    .filter({ has: page.getByText(words, { exact: true }) });
}

/**
 * Flags the claim whose words are `words` as disputed the keyboard's way: its item in the Claims
 * panel clicked, Ctrl+Shift+D, the reason typed into the dialog, Enter.
 */
export async function flagByKeyboard(page: Page, words: string, reason: string): Promise<void> {
  await claimItem(page, words).click();
  await page.keyboard.press('Control+Shift+D');
  const flag = page.getByRole('dialog', { name: 'Flag as disputed' });
  await flag.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await page.keyboard.press('Enter');
}

/** The item the claims panel marks as the claim selected in the editor. */
export function currentClaimItem(page: Page): Locator {
  return page
    .getByRole('complementary', { name: 'Claims' })
    .getByRole('list', { name: 'Claims in the text' })
    .locator('button[aria-current="true"]');
}

/** The "Detached" group of the claims panel. */
export function detachedGroup(page: Page): Locator {
  return page
    .getByRole('complementary', { name: 'Claims' })
    .getByRole('region', { name: 'Detached' });
}

/** The infobox value of `key` in the editor ("Strength2" → its `definition`). */
export function infoboxValue(text: Locator, key: string): Locator {
  const term = text
    .page()
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${key}$`) });
  return text.locator('.apx-field').filter({ has: term }).getByRole('definition');
}

/** The words of the claim item's status, kind and count line. */
export async function itemMeta(item: Locator): Promise<string> {
  return ((await item.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the status line reads "Saved". */
export async function untilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
    .toBe('Saved');
}

/** The seed's lead paragraph in `text`. */
export function leadParagraph(text: Locator): Locator {
  return text.locator('p', { hasText: 'The siege of Dushanbe took place in February 1922' });
}

/** Puts the caret after the last character of `block` (a click on its last glyph's right half). */
export async function caretAtEnd(page: Page, block: Locator): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  const end = await block.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
    if (!last) throw new Error('the block has no text');
    const range = document.createRange();
    range.setStart(last, last.length - 1);
    range.setEnd(last, last.length);
    const box = range.getBoundingClientRect();
    return { x: box.right - 1, y: box.top + box.height / 2 };
  });
  await page.mouse.click(end.x, end.y);
}

/**
 * Pastes into the focused editor as a browser does: a `paste` event whose clipboard holds
 * `html` (and `plain`), dispatched at the editable element.
 */
export async function pasteInto(text: Locator, html: string, plain: string): Promise<void> {
  await text.evaluate(
    (element, data) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/html', data.html);
      clipboard.setData('text/plain', data.plain);
      const event = new ClipboardEvent('paste', {
        clipboardData: clipboard,
        bubbles: true,
        cancelable: true,
      });
      element.dispatchEvent(event);
    },
    { html, plain },
  );
}

/**
 * Records every text the status line shows into `window.__statuses`, from before the app starts
 * (an init script of `context`), so that a test can tell whether "Saved" was ever said.
 */
export async function recordStatuses(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __statuses: string[] };
    w.__statuses = [];
    const watch = (): void => {
      const status = document
        .querySelector('apx-app')
        ?.shadowRoot?.querySelector('[role="status"]');
      if (!status) {
        requestAnimationFrame(watch);
        return;
      }
      w.__statuses.push(status.textContent ?? '');
      new MutationObserver(() => w.__statuses.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    };
    document.addEventListener('DOMContentLoaded', watch);
  });
}

/** Forgets the statuses recorded so far (before the step whose statuses matter). */
export async function forgetStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __statuses: string[] }).__statuses = [];
  });
}

/** The statuses recorded since the page loaded or {@link forgetStatuses}. */
export function statusesSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
}

/** Waits until the status line settles (neither "Unsaved changes" nor "Saving…") and says what it says. */
export async function settledStatus(page: Page): Promise<string> {
  const status = page.getByRole('status');
  await expect
    .poll(
      async () => !/^(Unsaved changes|Saving…|Opening…)$/.test((await status.textContent()) ?? ''),
      {
        timeout: 15_000,
      },
    )
    .toBe(true);
  return (await status.textContent()) ?? '';
}

/** Opens the header's "Import account" dialog and returns it. */
export async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import account' });
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

/** Chooses an item of the header's "Workspace" menu. */
export async function workspaceAction(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Workspace' }).click();
  const menu = page.getByRole('menu', { name: 'Workspace' });
  await menu.waitFor({ state: 'visible' });
  await menu.getByRole('menuitem', { name }).click();
}

/** An account row as stored (only the fields the tests read). */
export interface StoredAccount {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly text: string;
  /** The document's JSON text (or null before the first save). */
  readonly doc: string | null;
  readonly updatedAt: string;
}

/** A claim row as stored (only the fields the tests read). */
export interface StoredClaim {
  readonly id: string;
  readonly accountId: string;
  readonly status: string;
  readonly origin: string;
  readonly statusReason: string;
  readonly quote: { readonly exact: string };
}

/** Every row of `store` in the workspace database, read with the bare IndexedDB API. */
export function storedRows<T>(page: Page, store: 'accounts' | 'claims'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('apparatus');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            db.close();
            resolve(
              (request.result as Record<string, unknown>[]).map((row) => ({
                ...row,
                // Documents are stored as JSON text; older rows as objects.
                doc:
                  row['doc'] === null || typeof row['doc'] === 'string'
                    ? row['doc']
                    : JSON.stringify(row['doc']),
              })) as T[],
            );
          };
        };
      }),
    store,
  );
}

/** The stored accounts. */
export function storedAccounts(page: Page): Promise<StoredAccount[]> {
  return storedRows<StoredAccount>(page, 'accounts');
}

/** The stored claims. */
export function storedClaims(page: Page): Promise<StoredClaim[]> {
  return storedRows<StoredClaim>(page, 'claims');
}
