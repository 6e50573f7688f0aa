import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, without the background networking that this machine's closed
 * network refuses. Each test gets a fresh context (and so a fresh IndexedDB).
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the app in a new context and fails the test on any page error or console error. */
export async function openApp(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const page = await openTab(context, baseURL, errors);
  return { context, page, errors };
}

/**
 * Opens the app in another tab of `context`, set up like {@link openApp}'s page: its page errors
 * and console errors go to `errors`, so a test fails on an error in any of its tabs.
 */
export async function openTab(
  context: BrowserContext,
  baseURL: string,
  errors: string[],
): Promise<Page> {
  const page = await context.newPage();
  // Fail fast: the app is local and small, nothing should take long to appear.
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseURL);
  return page;
}
