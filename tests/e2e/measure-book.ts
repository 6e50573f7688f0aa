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
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { extractClaims, type Claim } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { QUOTE_CONTEXT } from '@apparatus/editor';
import { launchBrowser, openApp } from './browser.ts';
import { startPreview } from './preview.ts';
import { bookText, BOOK_WORDS } from './book-scale-text.ts';

const args = process.argv.slice(2);
const words = Number(args.find((a) => /^\d+$/.test(a)) ?? BOOK_WORDS);
/** `--profile`: also print where the main thread spent the second typing round (CPU profile). */
const profile = args.includes('--profile');
const port = Number(process.env.MEASURE_PORT ?? 5198);
const out = (line: string): void => void process.stdout.write(`${line}\n`);

/** The book's account and claims, detected in Node (the page is measured, not the engine). */
function bookAccount(): { account: Claim['accountId']; rows: unknown } {
  const text = bookText(words);
  const t0 = performance.now();
  const article = readArticle(text);
  if ('error' in article) throw new Error(article.error);
  const detected = extractClaims(article.value);
  out(
    `book: ${text.split(/\s+/).length.toLocaleString('en-US')} words, ${(text.length / 1e6).toFixed(2)} M chars, ` +
      `${detected.length.toLocaleString('en-US')} claims detected in Node in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  const now = new Date().toISOString();
  const accountId = randomUUID();
  const account = {
    id: accountId,
    title: article.value.title.text,
    kind: 'article',
    sourceId: null,
    revisionOf: null,
    doc: null,
    text,
    createdAt: now,
    updatedAt: now,
  };
  const claims = detected.map((d) => ({
    claim: {
      id: randomUUID(),
      accountId,
      kind: d.kind,
      value: d.value,
      subjectId: null,
      ...(d.field === undefined ? {} : { field: d.field }),
      status: 'unreviewed',
      statusReason: '',
      statusChangedAt: null,
      origin: 'detected',
      quote: {
        exact: text.slice(d.start, d.end),
        prefix: text.slice(Math.max(0, d.start - QUOTE_CONTEXT), d.start),
        suffix: text.slice(d.end, d.end + QUOTE_CONTEXT),
      },
      position: { start: d.start, end: d.end },
      detached: false,
      createdAt: now,
      updatedAt: now,
    },
    subject: d.subject,
  }));
  return { account: accountId, rows: { account, claims } };
}

/** Replaces the workspace's accounts with the book, through the port, with subjects by label. */
async function importBook(page: Page, rows: unknown): Promise<void> {
  await page.evaluate(async (input) => {
    const { account, claims } = input as {
      account: { id: string };
      claims: { claim: Record<string, unknown>; subject: string | null }[];
    };
    const port = document.querySelector('apx-app')!.port!;
    const subjects = new Map((await port.listSubjects()).map((s) => [s.label, s.id]));
    for (const { subject } of claims) {
      if (subject === null || subjects.has(subject)) continue;
      const id = crypto.randomUUID();
      await port.putSubject({ id, label: subject, createdAt: new Date().toISOString() });
      subjects.set(subject, id);
    }
    const full = claims.map(({ claim, subject }) => ({
      ...claim,
      subjectId: subject === null ? null : (subjects.get(subject) ?? null),
    }));
    for (const old of await port.listAccounts()) await port.deleteAccount(old.id);
    await port.putAccountWithClaims({ account, claims: full } as never);
  }, rows);
}

/** Reloads and returns ms from navigation start until the editor shows the book's lead. */
async function timeToFirstRender(page: Page): Promise<number> {
  await page.reload();
  const lead = page
    .getByRole('textbox', { name: 'Article text' })
    .locator('p', { hasText: 'The siege of Dushanbe took place' })
    .first();
  await lead.waitFor({ state: 'visible', timeout: 120_000 });
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

/** Per-keystroke latency: keydown → the frame after it has been produced. */
async function typeAndTime(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __listening?: boolean };
    w.__latencies = [];
    if (w.__listening) return;
    w.__listening = true;
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - t0);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
  }
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
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

/** The functions with the most self time in a CPU profile, with their script and line. */
function hottest(
  nodes: readonly ProfileNode[],
  samples: readonly number[],
  deltas: readonly number[],
  top = 25,
): string[] {
  const self = new Map<number, number>();
  samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${k}`);
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

function summary(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (n=${values.length})`;
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

const { rows } = bookAccount();
const preview = await startPreview(port);
const browser = await launchBrowser();
try {
  const { page, errors } = await openApp(browser, preview.baseURL);
  page.setDefaultTimeout(120_000);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
  await importBook(page, rows);

  const firstOpen = await timeToFirstRender(page);
  out(`first render, never-saved import (laid out from text): ${firstOpen.toFixed(0)} ms`);
  await page.waitForTimeout(1000);

  const lead = page
    .getByRole('textbox', { name: 'Article text' })
    .locator('p', { hasText: 'The siege of Dushanbe took place' })
    .first();
  for (const round of [1, 2]) {
    const cdp = profile && round === 2 ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await lead.click();
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
      const { profile: p } = await cdp.send('Profiler.stop');
      out('  most main-thread time (self):');
      for (const line of hottest(p.nodes, p.samples ?? [], p.timeDeltas ?? [])) out(line);
      await cdp.detach();
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
  if (errors.length > 0) out(`page errors:\n${errors.join('\n')}`);
} finally {
  await browser.close();
  preview.stop();
}
