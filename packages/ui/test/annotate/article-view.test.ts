// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Claim } from '@apparatus/core';
import '../claims/virtualizer-env.ts';
import '../../src/annotate/article-view.ts';
import type { ArticleView } from '../../src/annotate/article-view.ts';
import { FakePort, fakeAccount } from '../fake-port.ts';
import { provideWorkspace, seedRows, seedText as seed } from '../workspace-setup.ts';

let port: FakePort;
let host: HTMLElement;
let view: ArticleView;

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await Promise.resolve();
    await view.updateComplete;
  }
}

function root(): ShadowRoot {
  return view.shadowRoot!;
}

function toolbarButton(name: string): HTMLButtonElement {
  const toolbar = root().querySelector('apx-claim-toolbar')!.shadowRoot!;
  return [...toolbar.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
}

function strengthClaim(): Claim {
  return [...port.claims.values()].find((c) => c.quote.exact === '7,0008,000')!;
}

beforeEach(async () => {
  port = new FakePort();
  port.accounts.set('account-1', fakeAccount({ text: seed, title: 'Siege of Dushanbe' }));
  for (const claim of seedRows({ subjects: false }).claims) port.claims.set(claim.id, claim);
  view = document.createElement('apx-article-view');
  view.account = port.accounts.get('account-1')!;
  host = provideWorkspace(port, view);
  await settle();
});

afterEach(() => {
  host.remove();
});

describe('apx-article-view', () => {
  it('mounts the claim tools, the editor and the Claims panel, and draws each claim’s status', async () => {
    expect(root().querySelector('h1')?.textContent).toBe('Siege of Dushanbe');
    const toolbar = root().querySelector('apx-claim-toolbar')!.shadowRoot!;
    expect(toolbar.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe(
      'Claim tools',
    );
    const list = root().querySelector('apx-claim-list')!;
    expect(list.shadowRoot!.querySelector('aside')?.getAttribute('aria-label')).toBe('Claims');
    expect(list.claims).toHaveLength(port.claims.size);
    const text = root().querySelector('apx-article-editor')!.shadowRoot!;
    const drawn = [...text.querySelectorAll('.apx-claim-status')];
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((d) => d.getAttribute('data-status') === 'unreviewed')).toBe(true);
    // The seed's date offers alternatives: a conflict, with its reason on the span.
    const conflict = text.querySelector('.apx-conflict');
    expect(conflict?.getAttribute('title')).toMatch(/^Conflict: /);
    expect(conflict?.getAttribute('aria-description')).toBe(conflict?.getAttribute('title'));
  });

  it('selecting a claim in the list moves the editor there and opens the inspector', async () => {
    const id = strengthClaim().id;
    root()
      .querySelector('apx-claim-list')!
      .dispatchEvent(
        new CustomEvent('apx-claim-select', { detail: { id }, bubbles: true, composed: true }),
      );
    await settle();
    expect(view.editor!.claimAt()).toBe(id);
    expect(root().querySelector('apx-claim-inspector')?.claim?.id).toBe(id);
    expect(root().querySelector('apx-claim-toolbar')?.claimId).toBe(id);
  });

  it('flags the claim at the cursor through the dialog; undo and redo take it back and again', async () => {
    const id = strengthClaim().id;
    view.editor!.selectClaim(id);
    await settle();
    toolbarButton('Flag as disputed').click();
    await settle();
    const dialog = root().querySelector('apx-flag-dialog')!;
    expect(dialog.open).toBe(true);
    const reason = dialog.shadowRoot!.querySelector<HTMLInputElement>('#reason')!;
    reason.value = 'A lost dash.';
    dialog.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle();
    expect(port.claims.get(id)).toMatchObject({ status: 'disputed', statusReason: 'A lost dash.' });
    const drawn = root()
      .querySelector('apx-article-editor')!
      .shadowRoot!.querySelector(`.apx-claim-status[data-status="disputed"]`);
    expect(drawn?.textContent).toBe('7,0008,000');

    expect(await view.undo()).toEqual({ kind: 'annotation', label: 'Flag as disputed' });
    expect(port.claims.get(id)?.status).toBe('unreviewed');
    expect(await view.redo()).toEqual({ kind: 'annotation', label: 'Flag as disputed' });
    expect(port.claims.get(id)?.status).toBe('disputed');
  });

  it('makes a claim of a selection (row and mark) on "Mark as supported"; undo removes both', async () => {
    const editor = view.editor!;
    let from = -1;
    editor.state.doc.descendants((node, pos) => {
      const at = node.isText ? node.text!.indexOf('anti-Soviet uprising') : -1;
      if (from < 0 && at >= 0) from = pos + at;
      return from < 0;
    });
    expect(from).toBeGreaterThan(0);
    editor.selectRange(from, from + 'anti-Soviet uprising'.length);
    await settle();
    expect(editor.claimAt()).toBeNull();
    toolbarButton('Mark as supported').click();
    await settle();
    const made = [...port.claims.values()].find((c) => c.origin === 'user')!;
    expect(made).toMatchObject({ kind: 'statement', status: 'supported' });
    expect(made.quote.exact).toBe('anti-Soviet uprising');
    expect(seed.slice(made.position.start, made.position.end)).toBe('anti-Soviet uprising');
    expect(editor.claimRange(made.id)).toEqual({ from, to: from + 'anti-Soviet uprising'.length });

    expect((await view.undo()).kind).toBe('annotation');
    expect(port.claims.get(made.id)?.status).toBe('unreviewed');
    expect(await view.undo()).toEqual({ kind: 'annotation', label: 'New claim' });
    expect(port.claims.has(made.id)).toBe(false);
    expect(editor.claimRange(made.id)).toBeNull();
    await view.redo();
    expect(port.claims.has(made.id)).toBe(true);
    expect(editor.claimRange(made.id)).toEqual({ from, to: from + 'anti-Soviet uprising'.length });
  });

  it('removes a claim from the inspector (mark, row, citations); undo restores all three', async () => {
    const claim = strengthClaim();
    await port.putCitation({
      id: 'cit-1',
      claimId: claim.id,
      sourceId: 'src-1',
      locator: 'p. 1',
      quote: '',
      stance: 'supports',
      value: '',
      createdAt: claim.createdAt,
    });
    // The store deletes a claim's citations with it; the fake port is taught to do the same.
    const deleteClaim = port.deleteClaim.bind(port);
    port.deleteClaim = (id: string) => {
      for (const c of [...port.citations.values()])
        if (c.claimId === id) port.citations.delete(c.id);
      return deleteClaim(id);
    };
    const range = view.editor!.claimRange(claim.id);
    view.editor!.selectClaim(claim.id);
    await settle();
    root()
      .querySelector('apx-claim-inspector')!
      .dispatchEvent(
        new CustomEvent('apx-claim-remove', {
          detail: { id: claim.id },
          bubbles: true,
          composed: true,
        }),
      );
    await settle();
    expect(port.claims.has(claim.id)).toBe(false);
    expect(port.citations.has('cit-1')).toBe(false);
    expect(view.editor!.claimRange(claim.id)).toBeNull();

    // Removing puts focus back in the text; happy-dom cannot draw a selection into a focused
    // editor's DOM (a browser can), so the test leaves the text before undoing.
    expect(view.editor!.view.hasFocus()).toBe(true);
    (view.editor!.view.dom as HTMLElement).blur();
    expect(await view.undo()).toEqual({ kind: 'annotation', label: 'Remove claim' });
    expect(port.claims.get(claim.id)?.status).toBe('unreviewed');
    expect(port.citations.has('cit-1')).toBe(true);
    expect(view.editor!.claimRange(claim.id)).toEqual(range);
  });

  it('refuses to annotate in a read-only tab', async () => {
    view.readOnly = true;
    const id = strengthClaim().id;
    view.editor!.selectClaim(id);
    await settle();
    toolbarButton('Mark as supported').click();
    await settle();
    expect(port.claims.get(id)?.status).toBe('unreviewed');
  });
});
