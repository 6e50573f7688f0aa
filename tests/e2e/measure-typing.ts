// Measures the editor at book scale in headless Chromium, against the built app:
//   pnpm --filter @apparatus/web build && pnpm exec tsx tests/e2e/measure-typing.ts [megabytes]
// Grows the seed article to about N MB of text (default 2) inside the running editor, then types
// 40 characters near the top and reports, per keystroke, the time from keydown to the frame after
// it (p50 / p95 / max), with the blocks' `content-visibility: auto` on and then switched off, plus
// the longest main-thread task seen while the autosave wrote the big document.
import type { Page } from 'playwright-core';
import {
  leadParagraph,
  measureApp,
  numberArgument,
  out,
  summary,
  typeAndTime,
} from './measure-support.ts';

const megabytes = numberArgument(2);

/** Inserts copies of the article's body until the document holds about `bytes` characters. */
async function grow(page: Page, bytes: number): Promise<{ chars: number; ms: number }> {
  return page.evaluate(async (target) => {
    const app = document.querySelector('apx-app')!;
    const host = app.shadowRoot!.querySelector('apx-article-view')!;
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

async function run(page: Page, label: string): Promise<void> {
  await leadParagraph(page).click();
  const latencies = await typeAndTime(page, ' typing at book scale, forty chars.');
  out(`${label}: keystroke ${summary(latencies)}`);
}

await measureApp(5197, async (page) => {
  await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const grown = await grow(page, megabytes * 1_000_000);
  out(
    `document: ${(grown.chars / 1e6).toFixed(2)} M characters, inserted and painted in ${grown.ms.toFixed(0)} ms`,
  );
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 60_000 });
  await run(page, 'content-visibility: auto');
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 60_000 });
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  out(`longest main-thread task while typing and autosaving: ${longest.toFixed(0)} ms`);
  await page.evaluate(() => {
    const root = document
      .querySelector('apx-app')!
      .shadowRoot!.querySelector('apx-article-view')!
      .shadowRoot!.querySelector('apx-article-editor')!.shadowRoot!;
    const style = document.createElement('style');
    style.textContent = '.ProseMirror > .apx-block { content-visibility: visible !important; }';
    root.append(style);
  });
  await run(page, 'content-visibility: visible');
});
