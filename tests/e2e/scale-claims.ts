// Measures the Article view with 10,000 claims, in headless Chromium against the built app:
//   pnpm --filter @apparatus/web build && pnpm exec tsx tests/e2e/scale-claims.ts [claims]
// Generates a long article (the seed's paragraphs repeated with varied figures,
// tests/e2e/book-scale-text.ts) long enough for the claims engine to find `claims` claims (10,000
// by default), detects them in Node, imports account and claims through the app's own repository
// port (`apx-app`'s `port` property — no debug UI in the shipped app), then reports:
//   - time to open: navigation start → the text shown, its claims drawn (a decoration on the first
//     claim) and the claims panel listing them;
//   - one status change made through the UI ("Mark as supported" on the claim at the cursor):
//     click → the panel's item says "supported" and the text's decoration has data-status
//     "supported"; the main-thread tasks over 50 ms meanwhile (PerformanceObserver 'longtask');
//   - the same for a status changed in storage (as another tab would), without a click;
//   - with --profile, where the main thread spent the status change (CPU profile, self time).
// Prints figures; asserts nothing (no test may fail on wall-clock time).
import type { Page } from 'playwright-core';
import { bookText } from './book-scale-text.ts';
import {
  type ArticleRows,
  articleRows,
  detectClaims,
  importRows,
  measureApp,
  numberArgument,
  out,
  startProfile,
  stopProfile,
} from './measure-support.ts';

const wanted = numberArgument(10_000);
const profile = process.argv.includes('--profile');

/** About 39 claims per 1,000 words of the repeated seed: grow the text until there are enough. */
function article(): { rows: ArticleRows; first: string; count: number } {
  let words = Math.ceil((wanted / 39) * 1000);
  for (;;) {
    const text = bookText(words);
    const { title, detected } = detectClaims(text);
    if (detected.length < wanted) {
      words = Math.ceil(words * (wanted / detected.length) * 1.01);
      continue;
    }
    const rows = articleRows(text, title, detected.slice(0, wanted));
    out(
      `article: ${text.split(/\s+/).length.toLocaleString('en-US')} words, ${(text.length / 1e6).toFixed(2)} M chars, ` +
        `${rows.claims.length.toLocaleString('en-US')} claims`,
    );
    // The first prose claim: near the top of the text and of the panel.
    const first = rows.claims.find((c) => c.claim.field === undefined) ?? rows.claims[0]!;
    return { rows, first: first.claim.id as string, count: rows.claims.length };
  }
}

// The page-side helpers, as a string: tsx would name inner functions with a helper the page lacks.
const PAGE_HELPERS = `(() => {
  const view = () => document.querySelector('apx-app')?.shadowRoot?.querySelector('apx-article-view');
  const list = () => view()?.shadowRoot?.querySelector('apx-claim-list');
  /** The status the panel shows for claim id ('' when not listed). */
  window.__listStatus = (id) =>
    list()?.shadowRoot?.querySelector('[data-id="' + id + '"] .status')?.getAttribute('data-status') ?? '';
  /** How many claims the panel says it lists. */
  window.__listed = () => list()?.shadowRoot?.querySelectorAll('[data-id]').length ?? 0;
  /** The status the text's decoration shows for claim id ('' when none is drawn). */
  window.__textStatus = (id) => {
    const dom = view()?.editor?.view.dom;
    const span = dom?.querySelector('[data-claim="' + id + '"]');
    if (!span) return '';
    const drawn = span.closest('[data-status]') ?? span.querySelector('[data-status]');
    return drawn?.getAttribute('data-status') ?? '';
  };
  window.__view = view;
  window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  /** Resolves with ms from t0 until both the panel and the text show status for id. */
  window.__until = (id, status, t0) => new Promise((resolve) => {
    const tick = () => {
      if (window.__listStatus(id) === status && window.__textStatus(id) === status) resolve(performance.now() - t0);
      else requestAnimationFrame(tick);
    };
    tick();
  });
})()`;

async function timeToOpen(page: Page, first: string): Promise<number> {
  await page.reload();
  await page.evaluate(PAGE_HELPERS);
  await page.waitForFunction(
    (id) => {
      const w = window as unknown as {
        __textStatus(id: string): string;
        __listStatus(id: string): string;
      };
      return w.__textStatus(id) !== '' && w.__listStatus(id) !== '';
    },
    first,
    { polling: 100, timeout: 180_000 },
  );
  return page.evaluate(() => performance.now());
}

function tasks(list: readonly number[]): string {
  if (list.length === 0) return 'none over 50 ms';
  const sorted = [...list].sort((a, b) => b - a);
  return `${list.length} over 50 ms, longest ${sorted[0]!.toFixed(0)} ms, total ${list.reduce((a, b) => a + b, 0).toFixed(0)} ms`;
}

/** Puts the cursor on claim `id` (the toolbar then acts on it) and lets the page settle. */
async function selectClaim(page: Page, id: string): Promise<void> {
  await page.evaluate((claim) => {
    const w = window as unknown as {
      __view(): { editor: { selectClaim(id: string): boolean; focus(): void } };
    };
    w.__view().editor.selectClaim(claim);
  }, id);
  await page.waitForTimeout(500);
}

/** "Mark as supported" through the toolbar on the selected claim `id`; ms until panel and text show it. */
async function supportThroughUi(page: Page, id: string): Promise<{ ms: number; tasks: number[] }> {
  return page.evaluate(async (claim) => {
    const w = window as unknown as {
      __view(): HTMLElement;
      __tasks: number[];
      __until(id: string, status: string, t0: number): Promise<number>;
    };
    const toolbar = w.__view().shadowRoot!.querySelector('apx-claim-toolbar')!;
    const button = [...toolbar.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.trim().startsWith('Mark as supported'),
    )!;
    w.__tasks = [];
    const t0 = performance.now();
    button.click();
    const ms = await w.__until(claim, 'supported', t0);
    await new Promise((r) => setTimeout(r, 300));
    return { ms, tasks: w.__tasks };
  }, id);
}

/** Sets claim `id`'s status in storage (as another tab would); ms until panel and text show it. */
async function disputeInStorage(page: Page, id: string): Promise<{ ms: number; tasks: number[] }> {
  return page.evaluate(async (claim) => {
    const w = window as unknown as {
      __tasks: number[];
      __until(id: string, status: string, t0: number): Promise<number>;
    };
    const port = document.querySelector('apx-app')!.port!;
    const row = (await port.claimsOf((await port.listAccounts())[0]!.id)).find(
      (c) => c.id === claim,
    )!;
    w.__tasks = [];
    const t0 = performance.now();
    await port.putClaim({
      ...row,
      status: 'disputed',
      statusReason: 'measured',
      statusChangedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    const ms = await w.__until(claim, 'disputed', t0);
    await new Promise((r) => setTimeout(r, 300));
    return { ms, tasks: w.__tasks };
  }, id);
}

const { rows, first, count } = article();
await measureApp(5197, async (page) => {
  page.setDefaultTimeout(180_000);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  await importRows(page, rows);
  const opened = await timeToOpen(page, first);
  out(
    `open (never saved, laid out from text): ${opened.toFixed(0)} ms to text + ${count} claims drawn and listed`,
  );
  out(
    `  main-thread tasks while opening: ${tasks(await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks))}`,
  );
  await page.waitForTimeout(2000);

  await selectClaim(page, first);
  const cdp = profile ? await startProfile(page, 200) : undefined;
  const ui = await supportThroughUi(page, first);
  out(
    `status change through the toolbar: ${ui.ms.toFixed(0)} ms to show in panel and text; ${tasks(ui.tasks)}`,
  );
  if (cdp) {
    out('  hottest functions (self time):');
    for (const line of await stopProfile(cdp, 20)) out(line);
  }
  const stored = await disputeInStorage(page, first);
  out(
    `status change in storage (another tab): ${stored.ms.toFixed(0)} ms to show; ${tasks(stored.tasks)}`,
  );
  await selectClaim(page, first);
  const again = await supportThroughUi(page, first);
  out(`status change through the toolbar, again: ${again.ms.toFixed(0)} ms; ${tasks(again.tasks)}`);
});
