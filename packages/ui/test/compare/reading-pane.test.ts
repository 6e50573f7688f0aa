// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/compare/reading-pane.ts';
import type { ReadingPane } from '../../src/compare/reading-pane.ts';
import { FakePort } from '../fake-port.ts';
import { fixture, importAll } from './fixtures.ts';
import { provideWorkspace } from '../workspace-setup.ts';

afterEach(() => {
  document.body.replaceChildren();
});

/** Waits until the pane's text contains `words` (the editor mounts after its claims are read). */
async function shows(pane: ReadingPane, words: string): Promise<string> {
  for (let i = 0; i < 20; i += 1) {
    await pane.updateComplete;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const text = pane.shadowRoot?.querySelector('.text')?.textContent ?? '';
    if (text.includes(words)) return text;
  }
  return pane.shadowRoot?.querySelector('.text')?.textContent ?? '';
}

describe('apx-reading-pane', () => {
  it('shows an account’s text changed elsewhere, and keeps its editor for an unchanged save', async () => {
    const port = new FakePort();
    const { snapshots } = importAll([{ title: '', text: fixture('siege-of-dushanbe.txt') }]);
    const seed = snapshots[0]!;
    for (const c of seed.claims) port.claims.set(c.id, c);
    const pane = document.createElement('apx-reading-pane');
    provideWorkspace(port, pane);
    pane.account = seed.account;
    expect(await shows(pane, 'strategic importance')).toContain('strategic importance');
    const first = pane.shadowRoot!.querySelector('.ProseMirror');

    // A save that changed nothing the pane shows (a newer timestamp) keeps the same editor.
    pane.account = { ...seed.account, updatedAt: '2026-03-01T00:00:00.000Z' };
    await pane.updateComplete;
    expect(pane.shadowRoot!.querySelector('.ProseMirror')).toBe(first);

    // The text changed in the Article view: the pane reads it anew.
    const text = seed.account.text.replace('strategic importance', 'great importance');
    pane.account = { ...seed.account, text, updatedAt: '2026-03-02T00:00:00.000Z' };
    const shown = await shows(pane, 'great importance');
    expect(shown).toContain('great importance');
    expect(shown).not.toContain('strategic importance');
  });
});
