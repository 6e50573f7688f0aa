// Measures the app with a one-million-word article, in headless Chromium against the built app:
//   pnpm --filter @apparatus/web build && pnpm exec tsx tests/e2e/measure-book.ts [words]
// Generates the book (tests/e2e/book-scale-text.ts), detects its claims in Node, imports account
// and claims through the app's own repository port (`apx-app`'s `port` property — no debug UI in
// the shipped app), then reports:
//   - time to first render, opening the never-saved import (laid out from text) and again after
//     it was saved (read back from the stored document);
//   - keystroke latency p50/p95/max (keydown → the frame after it), typing near the top, where
//     every later claim's offsets move;
//   - every main-thread task over 50 ms while typing and autosaving (PerformanceObserver
//     'longtask'), and how long the first save took to say "Saved";
//   - scroll smoothness: frame intervals while wheeling down through the book.
// With --profile, the functions that took the most main-thread time in the second typing round.
// Prints figures; asserts nothing (no test may fail on wall-clock time).
import type { Page } from 'playwright-core';
import { bookText, BOOK_WORDS } from './book-scale-text.ts';
import {
  type ArticleRows,
  articleRows,
  detectClaims,
  importRows,
  leadParagraph,
  measureApp,
  numberArgument,
  out,
  startProfile,
  stopProfile,
  summary,
  typeAndTime,
} from './measure-support.ts';

const words = numberArgument(BOOK_WORDS);
/** `--profile`: also print where the main thread spent the second typing round (CPU profile). */
const profile = process.argv.includes('--profile');

/** The book's account and claims, detected in Node (the page is measured, not the engine). */
function bookRows(): ArticleRows {
  const text = bookText(words);
  const t0 = performance.now();
  const { title, detected } = detectClaims(text);
  out(
    `book: ${text.split(/\s+/).length.toLocaleString('en-US')} words, ${(text.length / 1e6).toFixed(2)} M chars, ` +
      `${detected.length.toLocaleString('en-US')} claims detected in Node in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  return articleRows(text, title, detected);
}

/** Reloads and returns ms from navigation start until the editor shows the book's lead. */
async function timeToFirstRender(page: Page): Promise<number> {
  await page.reload();
  await leadParagraph(page).waitFor({ state: 'visible', timeout: 120_000 });
  return page.evaluate(() => performance.now());
}

/** Starts recording long tasks (and clears any recorded). */
async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __observing?: boolean };
    w.__tasks = [];
    if (w.__observing) return;
    w.__observing = true;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
}

/** Frame intervals while the page is wheeled down `steps` times. */
async function scrollFrames(page: Page, steps: number): Promise<number[]> {
  // A string, not a function: tsx would name the inner callback with a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__framing = true;
    let last = performance.now();
    requestAnimationFrame(function tick(t) {
      window.__frames.push(t - last);
      last = t;
      if (window.__framing) requestAnimationFrame(tick);
    });
  })()`);
  await page.mouse.move(500, 500);
  for (let i = 0; i < steps; i += 1) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__framing = false;
    return w.__frames.slice(1);
  });
}

function tasks(values: readonly number[]): string {
  const over = values.filter((d) => d > 50).sort((a, b) => b - a);
  return over.length === 0
    ? 'none over 50 ms'
    : `${over.length} over 50 ms, longest ${over
        .map((d) => d.toFixed(0))
        .slice(0, 12)
        .join(', ')} ms`;
}

/**
 * Waits for the status to read "Saved". Polls the status element directly: playwright's role
 * queries walk the whole page — a book's DOM — on the main thread, and would be counted as the
 * app's long tasks.
 */
async function waitSaved(page: Page): Promise<number> {
  const t0 = Date.now();
  await page.waitForFunction(
    () =>
      document
        .querySelector('apx-app')
        ?.shadowRoot?.querySelector('[role="status"]')
        ?.textContent?.trim() === 'Saved',
    undefined,
    { polling: 100, timeout: 120_000 },
  );
  return Date.now() - t0;
}

const rows = bookRows();
await measureApp(5198, async (page) => {
  page.setDefaultTimeout(120_000);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
  await importRows(page, rows);

  const firstOpen = await timeToFirstRender(page);
  out(`first render, never-saved import (laid out from text): ${firstOpen.toFixed(0)} ms`);
  await page.waitForTimeout(1000);

  for (const round of [1, 2]) {
    const cdp = profile && round === 2 ? await startProfile(page, 500) : undefined;
    await leadParagraph(page).click();
    await page.keyboard.press('End');
    await observeLongTasks(page);
    const latencies = await typeAndTime(page, ' typing at book scale, forty chars.');
    const saving = await waitSaved(page);
    await page.waitForTimeout(1500);
    out(`typing round ${round}: keystroke ${summary(latencies)}`);
    out(
      `  "Saved" ${saving} ms after the last key; main-thread tasks while typing + autosave: ${tasks(await longTasks(page))}`,
    );
    if (cdp) {
      out('  most main-thread time (self):');
      for (const line of await stopProfile(cdp, 25)) out(line);
    }
  }

  const reopen = await timeToFirstRender(page);
  out(`first render, reopening the saved document: ${reopen.toFixed(0)} ms`);
  await page.waitForTimeout(1000);
  await observeLongTasks(page);
  const frames = await scrollFrames(page, 60);
  out(
    `scrolling (60 wheel steps of 600 px): frame ${summary(frames)}; tasks: ${tasks(await longTasks(page))}`,
  );
});
