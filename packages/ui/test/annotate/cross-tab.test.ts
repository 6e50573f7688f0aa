// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quoteAt, type Claim } from '@apparatus/core';
import '../claims/virtualizer-env.ts';
import '../../src/annotate/article-view.ts';
import type { ArticleView } from '../../src/annotate/article-view.ts';
import { FakePort, fakeAccount } from '../fake-port.ts';
import { provideWorkspace, seedRows, seedText as seed } from '../workspace-setup.ts';

/**
 * Two Article views on one port: two tabs on one workspace, as far as the UI can tell (the port's
 * watchers report every committed write to both, as Dexie's liveQuery does across tabs).
 */

let port: FakePort;
let hosts: HTMLElement[] = [];
let a: ArticleView;
let b: ArticleView;

function mount(): ArticleView {
  const view = document.createElement('apx-article-view');
  view.account = port.accounts.get('account-1')!;
  hosts.push(provideWorkspace(port, view));
  return view;
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < 20; i++) {
    await Promise.resolve();
    await a.updateComplete;
    await b.updateComplete;
  }
}

function toolbarButton(view: ArticleView, name: string): HTMLButtonElement {
  const toolbar = view.shadowRoot!.querySelector('apx-claim-toolbar')!.shadowRoot!;
  return [...toolbar.querySelectorAll('button')].find((x) => x.textContent!.trim() === name)!;
}

function textOf(view: ArticleView): ShadowRoot {
  return view.shadowRoot!.querySelector('apx-article-editor')!.shadowRoot!;
}

/** The document position of `words` in `view`'s editor. */
function positionOf(view: ArticleView, words: string): number {
  let from = -1;
  view.editor!.state.doc.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(words) : -1;
    if (from < 0 && at >= 0) from = pos + at;
    return from < 0;
  });
  return from;
}

beforeEach(async () => {
  port = new FakePort();
  port.accounts.set('account-1', fakeAccount({ text: seed, title: 'Siege of Dushanbe' }));
  for (const claim of seedRows({ subjects: false }).claims) port.claims.set(claim.id, claim);
  a = mount();
  b = mount();
  await settle();
});

afterEach(() => {
  for (const host of hosts) host.remove();
  hosts = [];
});

describe('claims across tabs', () => {
  it('a claim made in one tab is marked in the other, with its status drawn', async () => {
    const states: string[] = [];
    b.addEventListener('apx-save-state', (event) => states.push(event.state.kind));
    const words = 'anti-Soviet uprising';
    const from = positionOf(a, words);
    a.editor!.selectRange(from, from + words.length);
    await settle();
    toolbarButton(a, 'Mark as supported').click();
    await settle();
    const made = [...port.claims.values()].find((c) => c.origin === 'user')!;
    expect(made.quote.exact).toBe(words);

    const there = positionOf(b, words);
    expect(b.editor!.claimRange(made.id)).toEqual({ from: there, to: there + words.length });
    const drawn = textOf(b).querySelector(`[data-claim="${made.id}"]`);
    expect(drawn?.textContent).toBe(words);
    expect(textOf(b).querySelector(`.apx-claim-status[data-status="supported"]`)?.textContent).toBe(
      words,
    );
    // Marked outside the other tab's history: its undo has nothing of it to take back.
    expect(b.history!.depth.undo).toBe(0);
    // Nor is it an edit there to save (the first tab's save brings it): no save on an old base.
    expect(states).not.toContain('unsaved');
  });

  it('finds the claim by its quote when its stored offsets are off', async () => {
    const words = 'Enver Pasha';
    const start = seed.indexOf(words, seed.indexOf('== '));
    expect(start).toBeGreaterThan(0);
    const claim: Claim = {
      ...[...port.claims.values()].find((c) => c.field === undefined)!,
      id: 'moved',
      kind: 'name',
      value: null,
      quote: quoteAt(seed, start, start + words.length),
      // As another tab's text would place it, a few words further on.
      position: { start: start + 40, end: start + 40 + words.length },
    };
    await port.putClaim(claim);
    await settle();
    const range = b.editor!.claimRange('moved');
    expect(range).not.toBeNull();
    expect(b.editor!.state.doc.textBetween(range!.from, range!.to)).toBe(words);
  });

  it('leaves a claim whose words are not in this text for review, unmarked', async () => {
    const claim: Claim = {
      ...[...port.claims.values()][0]!,
      id: 'elsewhere',
      quote: { exact: 'the Treaty of Zanzibar', prefix: 'signed ', suffix: ' in 1899' },
      position: { start: 900, end: 922 },
    };
    await port.putClaim(claim);
    await settle();
    expect(b.editor!.claimRange('elsewhere')).toBeNull();
    const list = b.shadowRoot!.querySelector('apx-claim-list')!.shadowRoot!;
    const item = list.querySelector('.detached [data-id="elsewhere"]');
    expect(item?.textContent).toContain('the Treaty of Zanzibar');
    expect(item?.textContent).toContain('needs review');
  });

  it('undo refuses to overwrite a judgement made in another tab since, and says so', async () => {
    const id = [...port.claims.values()].find((c) => c.quote.exact === '7,0008,000')!.id;
    a.editor!.selectClaim(id);
    await settle();
    toolbarButton(a, 'Mark as supported').click();
    await settle();
    expect(port.claims.get(id)?.status).toBe('supported');

    // The other tab flags it a moment later.
    const row = port.claims.get(id)!;
    const later = new Date(Date.parse(row.updatedAt) + 1000).toISOString();
    await port.putClaim({
      ...row,
      status: 'disputed',
      statusReason: 'A lost dash.',
      statusChangedAt: later,
      updatedAt: later,
    });
    await settle();

    const outcome = await a.undo();
    expect(outcome).toMatchObject({ kind: 'refused', label: 'Mark as supported' });
    expect(port.claims.get(id)).toMatchObject({ status: 'disputed', statusReason: 'A lost dash.' });
    await settle();
    expect(a.shadowRoot!.querySelector('.announce')?.textContent).toContain(
      'was changed elsewhere (in another tab) after this change, so it was not undone',
    );
    // The refused step is gone: the next undo has nothing of it left.
    expect(a.history!.depth.undo).toBe(0);
  });

  it('undo still takes back a change when the other tab only refreshed its anchors', async () => {
    const id = [...port.claims.values()].find((c) => c.quote.exact === '7,0008,000')!.id;
    a.editor!.selectClaim(id);
    await settle();
    toolbarButton(a, 'Mark as supported').click();
    await settle();
    const row = port.claims.get(id)!;
    const later = new Date(Date.parse(row.updatedAt) + 1000).toISOString();
    await port.putClaim({ ...row, position: { ...row.position }, updatedAt: later });
    await settle();
    expect(await a.undo()).toEqual({ kind: 'annotation', label: 'Mark as supported' });
    expect(port.claims.get(id)?.status).toBe('unreviewed');
  });
});
