// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { IntegrityProblem } from '@apparatus/core';
import '../../src/workspace/integrity-dialog.ts';
import type { IntegrityDialog } from '../../src/workspace/integrity-dialog.ts';
import { dialogName, mount } from '../annotate/mount.ts';
import { FakeServices } from './services-fake.ts';

afterEach(() => document.body.replaceChildren());

async function settle(dialog: IntegrityDialog): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
    await dialog.updateComplete;
  }
}

const orphan: IntegrityProblem = {
  kind: 'orphan-citation',
  table: 'citations',
  id: 'c1',
  message: 'Citation (p. 212) points at a source s9 that no longer exists.',
};
const offText: IntegrityProblem = {
  kind: 'quote-mismatch',
  table: 'claims',
  id: 'k1',
  message:
    'Claim “~1,500” is anchored over “1,500 ” in “Siege of Dushanbe”; it needs re-anchoring.',
};

describe('apx-integrity-dialog', () => {
  it('says "No problems found" for a sound workspace', async () => {
    const dialog = await mount('apx-integrity-dialog', { services: new FakeServices() });
    await dialog.show();
    await settle(dialog);
    const root = dialog.shadowRoot!;
    expect(dialogName(root.querySelector('dialog')!)).toBe('Check integrity');
    expect(root.querySelector('#summary')?.textContent?.trim()).toBe('No problems found.');
  });

  it('lists each problem in its words, grouped under what kind of damage it is', async () => {
    const services = new FakeServices();
    services.problems = [offText, orphan];
    const dialog = await mount('apx-integrity-dialog', { services });
    await dialog.show();
    await settle(dialog);
    const root = dialog.shadowRoot!;
    expect(root.querySelector('#summary')?.textContent).toContain('2 problems found.');
    const groups = [...root.querySelectorAll('section')].map((section) => ({
      heading: section.querySelector('h3')?.textContent?.trim(),
      items: [...section.querySelectorAll('li')].map((li) => li.textContent),
    }));
    expect(groups).toEqual([
      {
        heading: 'Citations of a claim or source that no longer exists (1)',
        items: [orphan.message],
      },
      {
        heading: 'Claims anchored over other words than their own (1)',
        items: [offText.message],
      },
    ]);
  });

  it('says when the workspace could not be read', async () => {
    const services = new FakeServices();
    services.checkIntegrity = () => Promise.reject({ kind: 'unknown', message: 'Disk gone.' });
    const dialog = await mount('apx-integrity-dialog', { services });
    await dialog.show();
    await settle(dialog);
    expect(dialog.shadowRoot!.querySelector('[role="alert"]')?.textContent).toBe(
      'The workspace could not be read: Disk gone.',
    );
  });
});
