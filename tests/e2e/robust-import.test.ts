import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp } from './browser.ts';
import {
  articleText,
  fixtureText,
  openImport,
  storedAccounts,
  storedClaims,
  type StoredAccount,
  useBrowser,
} from './steps.ts';

/**
 * Bad accounts through "Import account", end to end in headless Chromium against the built app:
 * a text without a title line, a binary file, a non-UTF-8 file, an empty text, wikitext and
 * Markdown are each refused with a sentence beside the field, the dialog keeps what was typed,
 * and nothing is stored; a very long single line, CRLF line ends and a byte-order mark are
 * imported faithfully.
 */
const SEED = fixtureText('siege-of-dushanbe.txt');

const browser = useBrowser();

/** The dialog's fields, by their accessible names. */
function fields(dialog: Locator) {
  return {
    title: dialog.getByRole('textbox', { name: 'Title' }),
    text: dialog.getByRole('textbox', { name: 'Text' }),
    file: dialog.getByLabel('Or choose a file'),
    importButton: dialog.getByRole('button', { name: 'Import' }),
  };
}

/** The readable words of a refusal: a sentence, never an exception's name or a stack. */
function expectReadable(message: string | null): void {
  expect(message).toBeTruthy();
  expect(message).not.toMatch(/Error:|TypeError|undefined|\bat \w+ \(|\[object/);
  expect(message!.trim()).toMatch(/[.!?”]$/);
}

/** How many rows the workspace holds, to show that a refusal stored nothing. */
async function rowCounts(page: Page): Promise<{ accounts: number; claims: number }> {
  const [accounts, claims] = await Promise.all([storedAccounts(page), storedClaims(page)]);
  return { accounts: accounts.length, claims: claims.length };
}

/** The message shown for the field `name` (what its `aria-describedby` points at). */
async function problemOf(field: Locator): Promise<string | null> {
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const id = await field.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  return field.page().locator('apx-import-dialog').locator(`[id="${id}"]`).textContent();
}

describe('importing bad accounts', () => {
  it('refuses each bad text with a readable message, keeps what was typed and stores nothing', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(page);
      const before = await rowCounts(page);
      const dialog = await openImport(page);
      const { title, text, file, importButton } = fields(dialog);

      const refusals: { typed: string; field: 'title' | 'text'; says: RegExp }[] = [
        { typed: 'The garrison held out for four days.\n', field: 'title', says: /title/i },
        { typed: '   \n\t\n', field: 'text', says: /empty/i },
        {
          typed:
            "{{Infobox military conflict\n| conflict = Siege of Dushanbe\n}}\n'''The siege''' began.<ref>{{cite book |last=Kutay}}</ref>\n",
          field: 'text',
          says: /wikitext/i,
        },
        {
          typed: '# Siege of Dushanbe\n\nThe [siege](https://example.org) lasted **four days**.\n',
          field: 'text',
          says: /Markdown/,
        },
      ];
      for (const refusal of refusals) {
        await text.fill(refusal.typed);
        await importButton.click();
        const field = refusal.field === 'title' ? title : text;
        await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
        const message = await problemOf(field);
        expectReadable(message);
        expect(message).toMatch(refusal.says);
        expect(await dialog.isVisible()).toBe(true);
        expect(await text.inputValue()).toBe(refusal.typed);
      }

      // Files: a binary one, and one in Latin-1. What was typed in the text stays as it was.
      const typed = '= Kept words =\n\nThe reader typed this before choosing a file.\n';
      await title.fill('A title the reader typed');
      await text.fill(typed);
      const badFiles = [
        {
          name: 'scan.png',
          mimeType: 'image/png',
          buffer: Buffer.from([
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
          ]),
          says: /not text|binary/i,
        },
        {
          name: 'latin1.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('= Siège de Douchanbé =\n\nL’été 1922.\n', 'latin1'),
          says: /UTF-8/,
        },
      ];
      for (const bad of badFiles) {
        await file.setInputFiles({ name: bad.name, mimeType: bad.mimeType, buffer: bad.buffer });
        const alert = dialog.getByRole('alert');
        await alert.waitFor({ state: 'visible' });
        const message = await alert.textContent();
        expectReadable(message);
        expect(message).toMatch(bad.says);
        expect(message).toContain(bad.name);
        expect(await text.inputValue()).toBe(typed);
        expect(await title.inputValue()).toBe('A title the reader typed');
      }

      // Closed by mistake and opened again: still there.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await openImport(page);
      expect(await text.inputValue()).toBe(typed);

      expect(await rowCounts(page)).toEqual(before);
      await page.reload();
      await articleText(page);
      expect(await rowCounts(page)).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('imports a very long single line, CRLF line ends and a byte-order mark faithfully', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      await articleText(page);
      // An import stores the claims the engine detects; the seed also holds one claim of its own.
      const seedClaims = (await storedClaims(page)).filter((c) => c.origin === 'detected').length;
      expect(seedClaims).toBeGreaterThan(20);
      const imported = async (): Promise<StoredAccount[]> => {
        const accounts = await storedAccounts(page);
        return accounts.filter((a) => a.title !== 'Siege of Dushanbe' || a.text !== SEED);
      };

      // 1. A very long single line, typed (pasted) into the text.
      const line = 'The garrison of 1,500 men held the citadel for four days. '
        .repeat(1_500)
        .trimEnd();
      const long = `= One long line =\n\n${line}\n`;
      let dialog = await openImport(page);
      await fields(dialog).text.fill(long);
      await fields(dialog).importButton.click();
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
      // One 87,000-character paragraph with 3,000 claims opens slowly (reported); allow for it.
      await page
        .getByRole('heading', { level: 1, name: 'One long line' })
        .waitFor({ timeout: 30_000 });
      let [account] = await imported();
      expect(account?.text).toBe(long);

      // 2. The seed with CRLF line ends, from a file: the same claims as the seed itself.
      const crlf = SEED.replace(/\n/g, '\r\n').replace('= Siege of Dushanbe =', '= Siege (CRLF) =');
      dialog = await openImport(page);
      await fields(dialog).file.setInputFiles({
        name: 'siege-crlf.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(crlf, 'utf8'),
      });
      // A textarea's value normalises line ends (HTML's rule): the words arrive, the \r do not.
      const lf = crlf.replace(/\r\n/g, '\n');
      await expect.poll(() => fields(dialog).text.inputValue()).toBe(lf);
      await fields(dialog).importButton.click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { level: 1, name: 'Siege (CRLF)' }).waitFor();
      account = (await storedAccounts(page)).find((a) => a.title === 'Siege (CRLF)');
      expect(account?.text).toBe(lf);
      const crlfClaims = (await storedClaims(page)).filter((c) => c.accountId === account?.id);
      expect(crlfClaims.length).toBe(seedClaims);
      const editor = page.getByRole('textbox', { name: 'Article text' });
      const strength = editor
        .locator('.apx-field')
        .filter({ has: page.getByRole('term').filter({ hasText: /^Strength2$/ }) })
        .getByRole('definition');
      expect(await strength.textContent()).toBe('7,0008,000');
      expect(await editor.textContent()).not.toContain('\r');

      // 3. The seed with a byte-order mark, from a file and pasted: the title is the article's.
      const bom = `\uFEFF${SEED.replace('= Siege of Dushanbe =', '= Siege (BOM file) =')}`;
      dialog = await openImport(page);
      await fields(dialog).file.setInputFiles({
        name: 'siege-bom.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(bom, 'utf8'),
      });
      await fields(dialog).importButton.click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { level: 1, name: 'Siege (BOM file)' }).waitFor();

      const pastedBom = `\uFEFF${SEED.replace('= Siege of Dushanbe =', '= Siege (BOM pasted) =')}`;
      dialog = await openImport(page);
      await fields(dialog).text.fill(pastedBom);
      await fields(dialog).importButton.click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { level: 1, name: 'Siege (BOM pasted)' }).waitFor();
      for (const title of ['Siege (BOM file)', 'Siege (BOM pasted)']) {
        account = (await storedAccounts(page)).find((a) => a.title === title);
        expect(account?.text.startsWith(`= ${title} =`)).toBe(true);
        const claims = (await storedClaims(page)).filter((c) => c.accountId === account?.id);
        expect(claims.length).toBe(seedClaims);
      }

      // Each opens again after a reload, from the header's account picker.
      await page.reload();
      await articleText(page);
      const picker = page.getByRole('combobox', { name: /account/i });
      for (const title of [
        'One long line',
        'Siege (CRLF)',
        'Siege (BOM file)',
        'Siege (BOM pasted)',
      ]) {
        // Options name the account and its kind: "Siege (CRLF) (article)".
        const option = picker.locator('option').filter({ hasText: title });
        await picker.selectOption((await option.getAttribute('value')) ?? '');
        await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
        await page
          .getByRole('textbox', { name: 'Article text' })
          .waitFor({ state: 'visible', timeout: 30_000 });
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
