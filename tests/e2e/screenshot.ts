// Makes docs/screenshot.png: the built app in headless Chromium, as a first-time reader sees it;
// then the annotation pictures (docs/annotate-article.png, docs/annotate-inspector.png,
// docs/sources.png, see screenshot-annotate.ts).
//   pnpm --filter @apparatus/web build && pnpm exec tsx tests/e2e/screenshot.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openApp } from './browser.ts';
import { root, startPreview } from './preview.ts';
import { annotateScreenshots } from './screenshot-annotate.ts';

const port = Number(process.env.SCREENSHOT_PORT ?? 5198);
const out = join(root, 'docs', 'screenshot.png');

const preview = await startPreview(port);
const browser = await launchBrowser();
try {
  const { page, errors } = await openApp(browser, preview.baseURL);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor({ state: 'visible' });
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  // Let the system fonts settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: out });
  const more = await annotateScreenshots(page, join(root, 'docs'));
  if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
  process.stdout.write(`wrote ${[out, ...more].join(', ')}\n`);
} finally {
  await browser.close();
  preview.stop();
}
