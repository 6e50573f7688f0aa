import { describe, expect, inject, it } from 'vitest';
import { openApp } from './browser.ts';
import { articleText, claimItem, fixtureText, useBrowser } from './steps.ts';
import { seriousViolations } from './axe.ts';

/**
 * Issue 4's accessibility check: axe-core (from npm, injected as its `axe.source`) run on each
 * view — Article, Compare accounts, Sources — and with each annotation dialog open. No serious or
 * critical violation may remain; the test prints the rule, the impact and the elements of any.
 */
/** The seed with its strength told differently: a revision to compare with. */
const revised = fixtureText('siege-of-dushanbe.txt').replace('7,0008,000', '6,000');

const browser = useBrowser();

describe('accessibility (axe-core)', () => {
  it('has no serious or critical violations in any view or open dialog', async () => {
    const { context, page, errors } = await openApp(browser(), inject('baseURL'));
    try {
      const text = await articleText(page);
      const found: Record<string, string[]> = {};

      // Article, with a claim selected so the inspector is open too.
      await claimItem(page, '7,0008,000').click();
      await page.getByRole('region', { name: 'Claim' }).waitFor({ state: 'visible' });
      found['Article'] = await seriousViolations(page);

      const tools = page.getByRole('toolbar', { name: 'Claim tools' });
      for (const [button, dialog] of [
        ['Flag as disputed', 'Flag as disputed'],
        ['Attach citation', 'Attach citation'],
      ] as const) {
        await text.focus();
        await tools.getByRole('button', { name: button }).click();
        const open = page.getByRole('dialog', { name: dialog });
        await open.waitFor({ state: 'visible' });
        found[`dialog ${dialog}`] = await seriousViolations(page);
        await page.keyboard.press('Escape');
        await open.waitFor({ state: 'hidden' });
      }
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.waitFor({ state: 'visible' });
      found['dialog Keyboard shortcuts'] = await seriousViolations(page);
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'hidden' });

      // A second account, through "Import account", so the comparison has a table to check.
      await page.getByRole('button', { name: 'Import account' }).click();
      const importing = page.getByRole('dialog', { name: 'Import account' });
      await importing.waitFor({ state: 'visible' });
      found['dialog Import account'] = await seriousViolations(page);
      await importing.getByRole('textbox', { name: 'Title' }).fill('Siege of Dushanbe (revised)');
      await importing.getByRole('textbox', { name: 'Text' }).fill(revised);
      await importing.getByRole('button', { name: 'Import' }).click();
      await importing.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Compare accounts' }).click();
      await page.getByRole('region', { name: 'Comparison' }).getByRole('table').waitFor();
      found['Compare accounts'] = await seriousViolations(page);

      await page.getByRole('button', { name: 'Sources' }).click();
      await page.getByRole('region', { name: 'Sources' }).getByText('Kutay').first().waitFor();
      found['Sources'] = await seriousViolations(page);

      await page.getByRole('button', { name: 'Add source' }).click();
      const add = page.getByRole('dialog', { name: 'Add source' });
      await add.waitFor({ state: 'visible' });
      found['dialog Add source'] = await seriousViolations(page);
      await page.keyboard.press('Escape');

      expect(found).toEqual({
        Article: [],
        'dialog Flag as disputed': [],
        'dialog Attach citation': [],
        'dialog Keyboard shortcuts': [],
        'dialog Import account': [],
        'Compare accounts': [],
        Sources: [],
        'dialog Add source': [],
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
