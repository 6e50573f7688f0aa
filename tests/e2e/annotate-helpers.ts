import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * Steps the annotation end-to-end tests share, written with roles and accessible names only
 * (ARCHITECTURE.md's contract), so they read as what a person does.
 */

/** The editable text, once the seed is open and saved. */
export async function articleText(page: Page): Promise<Locator> {
  const text = page.getByRole('textbox', { name: 'Article text' });
  await text.waitFor({ state: 'visible' });
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
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

/** Waits until the status says "Saved" again after a change. */
export async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
    .toBe('Saved');
}

/** The words of the claim item's status, kind and count line. */
export async function itemMeta(item: Locator): Promise<string> {
  return ((await item.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
