import { expect, it, inject } from 'vitest';
import { useBrowser } from './steps.ts';

/**
 * A browser that gives the page no IndexedDB (some private modes, storage blocked by policy):
 * the app must say so in the page, in words, with what to do — not show a blank page or a
 * stack trace.
 */
const browser = useBrowser();

it('says in the page that the workspace could not be opened when IndexedDB is unavailable', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(inject('baseURL'));
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Apparatus could not open its workspace',
    );
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('IndexedDB');
    expect(text).toMatch(/reload/i);
    expect(text).not.toMatch(/at \w+ \(|Error:/);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
