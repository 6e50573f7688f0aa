// Measures the Workspace menu's operations on a book-scale workspace, in headless Chromium
// against the built app:
//   pnpm --filter @apparatus/web build && pnpm exec tsx tests/e2e/measure-backup.ts [words]
// Generates the book (book-scale-text.ts), detects its claims in Node, writes account and claims
// through the app's own port, then times — through `apx-app`'s `services` (what the menu calls) —
// Export backup (and the file's size), reading a backup's header, Import backup (staged,
// validated, swapped), and Check integrity; and lists every main-thread task over 50 ms during
// each (PerformanceObserver 'longtask'). Prints figures; asserts nothing.
import { randomUUID } from 'node:crypto';
import { extractClaims } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { QUOTE_CONTEXT } from '@apparatus/editor';
import { launchBrowser, openApp } from './browser.ts';
import { startPreview } from './preview.ts';
import { bookText, BOOK_WORDS } from './book-scale-text.ts';

const words = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? BOOK_WORDS);
const port = Number(process.env.MEASURE_PORT ?? 5196);
const out = (line: string): void => void process.stdout.write(`${line}\n`);

const text = bookText(words);
const article = readArticle(text);
if ('error' in article) throw new Error(article.error);
const detected = extractClaims(article.value);
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
  id: randomUUID(),
  accountId,
  kind: d.kind,
  value: d.value,
  subjectId: null,
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
}));
out(
  `book: ${words.toLocaleString('en-US')} words, ${(text.length / 1e6).toFixed(2)} M chars, ${claims.length.toLocaleString('en-US')} claims`,
);

// MEASURE_URL: an app already served (e.g. a build of its own, away from others' rebuilds).
const preview = process.env.MEASURE_URL
  ? { baseURL: process.env.MEASURE_URL, stop: () => undefined }
  : await startPreview(port);
const browser = await launchBrowser();
try {
  const { page, errors } = await openApp(browser, preview.baseURL);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await page.evaluate(
    async (input) => {
      const app = document.querySelector('apx-app')!;
      const port = app.port!;
      for (const old of await port.listAccounts()) await port.deleteAccount(old.id);
      await port.putAccountWithClaims(input as never);
    },
    { account, claims },
  );
  // tsx names the functions below with a helper the page does not have; a string is not rewritten.
  await page.evaluate('window.__name = (f) => f');
  const figures = await page.evaluate(async () => {
    const services = document.querySelector('apx-app')!.services!;
    const long: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) long.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: false });
    const timed = async <T>(run: () => Promise<T>) => {
      long.length = 0;
      const t0 = performance.now();
      const value = await run();
      await new Promise((resolve) => setTimeout(resolve, 100)); // let the observer report
      return { value, ms: Math.round(performance.now() - t0), long: [...long] };
    };
    const exported = await timed(() => services.exportBackup());
    const previewed = await timed(() => services.previewBackup(exported.value));
    const imported = await timed(() => services.importBackup(exported.value));
    const checked = await timed(() => services.checkIntegrity());
    return {
      export: { ms: exported.ms, long: exported.long, bytes: exported.value.size },
      preview: { ms: previewed.ms, long: previewed.long },
      import: {
        ms: imported.ms,
        long: imported.long,
        ok: 'value' in imported.value,
        detail: 'value' in imported.value ? imported.value.value : imported.value.error,
      },
      check: { ms: checked.ms, long: checked.long, problems: checked.value.length },
    };
  });
  const tasks = (long: number[]): string =>
    long.length === 0 ? 'none' : `${long.length} (max ${Math.max(...long)} ms)`;
  out(
    `export: ${figures.export.ms} ms, ${(figures.export.bytes / 1e6).toFixed(1)} MB; long tasks ${tasks(figures.export.long)}`,
  );
  out(`read header: ${figures.preview.ms} ms; long tasks ${tasks(figures.preview.long)}`);
  out(
    `import: ${figures.import.ms} ms (${figures.import.ok ? 'ok' : 'FAILED'} ${JSON.stringify(figures.import.detail)}); long tasks ${tasks(figures.import.long)}`,
  );
  out(
    `check integrity: ${figures.check.ms} ms, ${figures.check.problems} problems; long tasks ${tasks(figures.check.long)}`,
  );
  if (errors.length > 0) out(`page errors:\n${errors.join('\n')}`);
} finally {
  await browser.close();
  preview.stop();
}
