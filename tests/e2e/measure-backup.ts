// Measures the Workspace menu's operations on a book-scale workspace, in headless Chromium
// against the built app:
//   pnpm --filter @apparatus/web build && pnpm exec tsx tests/e2e/measure-backup.ts [words]
// Generates the book (book-scale-text.ts), detects its claims in Node, writes account and claims
// through the app's own port, then times — through `apx-app`'s `services` (what the menu calls) —
// Export backup (and the file's size), reading a backup's header, Import backup (staged,
// validated, swapped), and Check integrity; and lists every main-thread task over 50 ms during
// each (PerformanceObserver 'longtask'). Prints figures; asserts nothing.
import { bookText, BOOK_WORDS } from './book-scale-text.ts';
import {
  articleRows,
  detectClaims,
  importRows,
  measureApp,
  numberArgument,
  out,
} from './measure-support.ts';

const words = numberArgument(BOOK_WORDS);
const text = bookText(words);
const { title, detected } = detectClaims(text);
const rows = articleRows(text, title, detected);
out(
  `book: ${words.toLocaleString('en-US')} words, ${(text.length / 1e6).toFixed(2)} M chars, ${rows.claims.length.toLocaleString('en-US')} claims`,
);

await measureApp(5196, async (page) => {
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  // The backup holds the claims without subjects, as the menu's operations are measured, not the engine.
  await importRows(page, rows, { subjects: false });
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
});
