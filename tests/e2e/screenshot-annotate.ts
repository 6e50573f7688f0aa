import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The README's pictures of issue 4, taken on a page that shows the freshly seeded article:
 * `docs/annotate-article.png` (the claims in the text, the infobox's "7,0008,000" flagged as
 * disputed, the Claims panel), `docs/annotate-inspector.png` (that claim selected, the inspector
 * open beside the text) and `docs/sources.png` (the source library). Everything is done as a
 * reader would, through roles and names; nothing is cited, so no source says what it does not.
 */
export async function annotateScreenshots(page: Page, docs: string): Promise<string[]> {
  const claims = page.getByRole('complementary', { name: 'Claims' });
  const strength = claims
    .getByRole('list', { name: 'Claims in the text' })
    .getByRole('button')
    .filter({ has: page.getByText('7,0008,000', { exact: true }) });
  await strength.click();
  await page
    .getByRole('toolbar', { name: 'Claim tools' })
    .getByRole('button', { name: 'Flag as disputed' })
    .click();
  const flag = page.getByRole('dialog', { name: 'Flag as disputed' });
  await flag
    .getByRole('textbox', { name: 'Reason' })
    .fill('A range dash is lost: read as 7,000–8,000, which the prose does not confirm.');
  await flag.getByRole('button', { name: 'Flag' }).click();
  await flag.waitFor({ state: 'hidden' });
  await strength.filter({ hasText: 'disputed' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

  // The inspector, beside the text, for the disputed claim.
  const inspector = page.getByRole('region', { name: 'Claim' });
  await inspector.getByText('A range dash is lost', { exact: false }).waitFor();
  // Far enough down that the infobox's strengths and casualties are in view.
  await page.evaluate(() => window.scrollTo(0, 330));
  const written: string[] = [];
  const inspectorShot = join(docs, 'annotate-inspector.png');
  await page.screenshot({ path: inspectorShot });
  written.push(inspectorShot);

  // The article with the cursor outside any claim: claims underlined, the dispute tinted.
  await page.keyboard.press('Control+Home');
  await inspector.waitFor({ state: 'hidden' });
  await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active instanceof HTMLElement) active.blur();
    window.scrollTo(0, 330);
  });
  await page.mouse.move(0, 0);
  const articleShot = join(docs, 'annotate-article.png');
  await page.screenshot({ path: articleShot });
  written.push(articleShot);

  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('region', { name: 'Sources' }).getByText('Kutay').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const sourcesShot = join(docs, 'sources.png');
  await page.screenshot({ path: sourcesShot });
  written.push(sourcesShot);
  return written;
}
