import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { STORAGE_MESSAGES } from '@apparatus/store';
import { openApp } from './browser.ts';
import {
  articleText,
  caretAtEnd,
  forgetStatuses,
  leadParagraph,
  recordStatuses,
  statusesSeen,
  storedAccounts,
  untilSaved,
  useBrowser,
} from './steps.ts';

/**
 * Storage that says no, end to end in headless Chromium against the built app: a full disk
 * (every IndexedDB `put`/`add` throws a QuotaExceededError once the test says so) and a
 * workspace written by a newer version of Apparatus. The page must say what happened in words,
 * never "Saved" for what was not written, and lose nothing that was saved before.
 */
const browser = useBrowser();

/**
 * Before the app's code: `window.__diskFull = true` makes every IndexedDB write throw a
 * QuotaExceededError, as a browser does when the disk or the origin's quota is full; and every
 * text the status line shows is recorded. A reload starts with a disk that has room again.
 */
async function installFaults(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __diskFull: boolean };
    w.__diskFull = false;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) {
        if (w.__diskFull) throw new DOMException('The disk is full.', 'QuotaExceededError');
        return original.apply(this, args);
      } as (typeof IDBObjectStore.prototype)[typeof method];
    }
  });
  await recordStatuses(context);
}

async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __diskFull: boolean }).__diskFull = value;
  }, full);
  await forgetStatuses(page);
}

async function leadText(page: Page): Promise<string> {
  const [account] = (await storedAccounts(page)).filter((a) => a.kind === 'article');
  return account?.text ?? '';
}

describe('a full disk', () => {
  it('says the change was not saved, in words, and keeps what was saved before; typing again once there is room saves everything', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await installFaults(context);
      await page.reload();
      const text = await articleText(page);
      const lead = leadParagraph(text);
      await caretAtEnd(page, lead);
      await page.keyboard.type(' Saved before.');
      await untilSaved(page);

      await setDiskFull(page, true);
      await page.keyboard.type(' Typed on a full disk.');
      const status = page.getByRole('status');
      await expect
        .poll(() => status.textContent(), { timeout: 10_000 })
        .toBe(STORAGE_MESSAGES.quota);
      expect(await statusesSeen(page)).not.toContain('Saved');
      // The words are on the screen still, and nothing of them reached the disk.
      expect(await lead.textContent()).toContain('Saved before. Typed on a full disk.');
      expect(await leadText(page)).toContain('Saved before.');
      expect(await leadText(page)).not.toContain('Typed on a full disk.');

      // Room again: the next change writes the whole document, the failed words with it.
      await setDiskFull(page, false);
      await page.keyboard.type(' And after.');
      await untilSaved(page);
      await page.reload();
      const again = await articleText(page);
      expect(await leadParagraph(again).textContent()).toContain(
        'Saved before. Typed on a full disk. And after.',
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps what was saved before when the page is left while the disk is full', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await installFaults(context);
      await page.reload();
      const text = await articleText(page);
      await caretAtEnd(page, leadParagraph(text));
      await page.keyboard.type(' Saved before.');
      await untilSaved(page);
      const before = await leadText(page);

      await setDiskFull(page, true);
      await page.keyboard.type(' Lost with the disk.');
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
        .toBe(STORAGE_MESSAGES.quota);
      expect(await statusesSeen(page)).not.toContain('Saved');

      // Leaving the page tries once more (pagehide) and fails; the reload has room again.
      await page.reload();
      const again = await articleText(page);
      expect(await leadText(page)).toBe(before);
      const lead = (await leadParagraph(again).textContent()) ?? '';
      expect(lead).toContain('Saved before.');
      expect(lead).not.toContain('Lost with the disk.');
      expect(errors.filter((e) => !/QuotaExceeded|disk is full|did not start/i.test(e))).toEqual(
        [],
      );
    } finally {
      await context.close();
    }
  });
});

describe('a workspace from a newer version of Apparatus', () => {
  it('says in plain words that this older version cannot open it, and leaves it as it was', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    try {
      // Before the app opens it, the database is made at a version far beyond this build's,
      // with a row this build has never seen.
      await context.addInitScript(() => {
        const request = indexedDB.open('apparatus', 99);
        request.onupgradeneeded = () => {
          const db = request.result;
          // This build's stores and indexes (a newer schema keeps them), and one it never saw.
          const stores: [string, string, [string, boolean, boolean][]][] = [
            [
              'accounts',
              'id',
              [
                ['kind', false, false],
                ['sourceId', false, false],
                ['revisionOf', false, false],
              ],
            ],
            [
              'claims',
              'id',
              [
                ['accountId', false, false],
                ['subjectId', false, false],
                ['status', false, false],
              ],
            ],
            ['subjects', 'id', [['label', true, false]]],
            ['sources', 'id', [['via', false, true]]],
            [
              'citations',
              'id',
              [
                ['claimId', false, false],
                ['sourceId', false, false],
              ],
            ],
            ['meta', 'key', []],
            ['annotations', 'id', []],
          ];
          for (const [name, key, indexes] of stores) {
            const store = db.createObjectStore(name, { keyPath: key });
            for (const [index, unique, multiEntry] of indexes) {
              store.createIndex(index, index, { unique, multiEntry });
            }
          }
          const tx = request.transaction!;
          tx.objectStore('meta').put({ key: 'schema', version: 9 });
          tx.objectStore('annotations').put({ id: 'from-the-future', body: 'kept' });
        };
        request.onsuccess = () => request.result.close();
      });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(inject('baseURL'));

      const alert = page.getByRole('alert').first();
      await alert.waitFor({ state: 'visible' });
      const said = ((await alert.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(said).toMatch(/newer version of Apparatus/);
      expect(said).not.toMatch(/another tab|private|incognito|Error:|\bat \w+ \(/i);
      // Nothing was written to it: no seed, the newer rows as they were.
      const rows = await page.evaluate(
        () =>
          new Promise<{ version: number; accounts: number; annotations: number }>((resolve) => {
            const open = indexedDB.open('apparatus');
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(['accounts', 'annotations'], 'readonly');
              const accounts = tx.objectStore('accounts').count();
              const annotations = tx.objectStore('annotations').count();
              tx.oncomplete = () => {
                resolve({
                  version: db.version,
                  accounts: accounts.result,
                  annotations: annotations.result,
                });
                db.close();
              };
            };
          }),
      );
      expect(rows).toEqual({ version: 99, accounts: 0, annotations: 1 });
      expect(await page.getByRole('textbox', { name: 'Article text' }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
