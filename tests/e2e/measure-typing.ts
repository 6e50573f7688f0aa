// Measures the editor at book scale in headless Chromium, against the built app:
//   pnpm --filter @apparatus/web build && pnpm exec tsx tests/e2e/measure-typing.ts [megabytes]
// Grows the seed article to about N MB of text (default 2) inside the running editor, then types
// 40 characters near the top and reports, per keystroke, the time from keydown to the frame after
// it (p50 / p95 / max), with the blocks' `content-visibility: auto` on and then switched off, plus
// the longest main-thread task seen while the autosave wrote the big document.
import type { Page } from 'playwright-core';
import type { ArticleEditor } from '@apparatus/ui';
import { launchBrowser, openApp } from './browser.ts';
import { startPreview } from './preview.ts';

const megabytes = Number(process.argv[2] ?? 2);
const port = Number(process.env.MEASURE_PORT ?? 5197);

/** Inserts copies of the article's body until the document holds about `bytes` characters. */
async function grow(page: Page, bytes: number): Promise<{ chars: number; ms: number }> {
  return page.evaluate(async (target) => {
    const app = document.querySelector('apx-app')!;
    const host = app.shadowRoot!.querySelector('apx-article-editor') as ArticleEditor;
    const view = host.editor!.view;
    const { state } = view;
    const body: unknown[] = [];
    state.doc.forEach((node) => {
      if (node.type.name === 'paragraph' || node.type.name === 'heading') body.push(node);
    });
    const size = state.doc.textContent.length;
    const copies = Math.max(1, Math.ceil((target - size) / size));
    const nodes = Array.from({ length: copies }, () => body).flat();
    const t0 = performance.now();
    view.dispatch(state.tr.insert(state.doc.content.size, nodes as never));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { chars: view.state.doc.textContent.length, ms: performance.now() - t0 };
  }, bytes);
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

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (n=${values.length})`;
}

async function run(page: Page, label: string): Promise<void> {
  const lead = page
    .getByRole('textbox', { name: 'Article text' })
    .locator('p', { hasText: 'The siege of Dushanbe took place' })
    .first();
  await lead.click();
  const latencies = await typeAndTime(page, ' typing at book scale, forty chars.');
  process.stdout.write(`${label}: keystroke ${summary(latencies)}\n`);
}

const preview = await startPreview(port);
const browser = await launchBrowser();
try {
  const { page, errors } = await openApp(browser, preview.baseURL);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const grown = await grow(page, megabytes * 1_000_000);
  process.stdout.write(
    `document: ${(grown.chars / 1e6).toFixed(2)} M characters, inserted and painted in ${grown.ms.toFixed(0)} ms\n`,
  );
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 60_000 });
  await run(page, 'content-visibility: auto');
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 60_000 });
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  process.stdout.write(
    `longest main-thread task while typing and autosaving: ${longest.toFixed(0)} ms\n`,
  );
  await page.evaluate(() => {
    const root = document
      .querySelector('apx-app')!
      .shadowRoot!.querySelector('apx-article-editor')!.shadowRoot!;
    const style = document.createElement('style');
    style.textContent = '.ProseMirror > .apx-block { content-visibility: visible !important; }';
    root.append(style);
  });
  await run(page, 'content-visibility: visible');
  if (errors.length > 0) process.stdout.write(`page errors:\n${errors.join('\n')}\n`);
} finally {
  await browser.close();
  preview.stop();
}
