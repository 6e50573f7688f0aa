import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Steps the Workspace end-to-end tests share, written with roles and accessible names only.
 */

/** Chooses an item of the header's "Workspace" menu. */
export async function workspaceAction(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Workspace' }).click();
  const menu = page.getByRole('menu', { name: 'Workspace' });
  await menu.waitFor({ state: 'visible' });
  await menu.getByRole('menuitem', { name }).click();
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

/**
 * The serious and critical violations axe-core finds in the page as it is now (the same rule as
 * `a11y.test.ts`, whose helper lives inside its test file).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
}
