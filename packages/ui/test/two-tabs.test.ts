// @vitest-environment happy-dom
/**
 * The editor beside another tab editing the same account (the fake port's `saveElsewhere` plays
 * the other tab): its own saves and renames never make it conflict with itself; another tab's
 * save is taken in silently when nothing here is unsaved; with unsaved edits, nothing is
 * overwritten, "Saved" is not shown, and "Reload" keeps this tab's text before showing theirs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOk, type Claim } from '@apparatus/core';
import { articleToDoc } from '@apparatus/editor';
import { readArticle } from '@apparatus/formats';
import { AUTOSAVE_DELAY_MS } from '../src/autosave.ts';
import './claims/virtualizer-env.ts';
import '../src/app.ts';
import type { ApparatusApp } from '../src/app.ts';
import type { ArticleEditor } from '../src/article-editor.ts';
import { FakePort, fakeAccount } from './fake-port.ts';
import {
  articleEditorOf,
  over100Claim,
  seedText as seed,
  settleApp,
  statusOf,
  typeAtEndOf,
} from './workspace-setup.ts';

const LEAD = 'The siege of Dushanbe took place';

let port: FakePort;
let app: ApparatusApp;

/** Lets `apx-app` settle (see {@link settleApp}). */
const settle = (): Promise<void> => settleApp(app);

const articleEditor = (): ArticleEditor => articleEditorOf(app);

const status = (): string => statusOf(app);

function shownText(): string {
  return articleEditor().shadowRoot!.querySelector('[role="textbox"]')!.textContent ?? '';
}

function banner(): HTMLElement | null {
  return articleEditor().shadowRoot!.querySelector<HTMLElement>('.conflict');
}

/** Types into the Article view's editor (see the shared {@link typeAtEndOf}). */
const typeAt = (start: string, text: string): void => typeAtEndOf(articleEditor(), start, text);

/** What the other tab saves: the seed with `words` after the lead paragraph, as a document. */
function theirSave(words: string): { doc: string; text: string } {
  const text = seed.replace(/(The siege of Dushanbe took place[^\n]*)/, `$1${words}`);
  const article = readArticle(text);
  if (!isOk(article)) throw new Error(article.error);
  return { doc: JSON.stringify(articleToDoc(article.value).toJSON()), text };
}

async function saveNow(): Promise<void> {
  vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
  await settle();
}

/** The claim these tests follow: the seed's first "over 100". */
function claimOver100(): Claim {
  const start = seed.indexOf('over 100');
  return over100Claim(seed, start, start + 'over 100'.length);
}

beforeEach(async () => {
  vi.useFakeTimers();
  port = new FakePort();
  port.accounts.set('account-1', fakeAccount({ text: seed }));
  const claim = claimOver100();
  port.claims.set(claim.id, claim);
  app = document.createElement('apx-app');
  app.port = port;
  document.body.append(app);
  await settle();
});

afterEach(() => {
  app?.remove();
  vi.useRealTimers();
});

describe('two tabs on one account', () => {
  it('bases each save on the version its previous save wrote, and a rename moves nothing', async () => {
    const editor = articleEditor().editor;
    typeAt(LEAD, ' One.');
    await saveNow();
    expect(status()).toBe('Saved');
    await port.renameAccount('account-1', 'Siege of Dushanbe (draft)');
    await settle();
    typeAt(LEAD, ' Two.');
    await saveNow();
    expect(status()).toBe('Saved');
    const [first, second] = port.saves;
    expect(first?.versions.base).toBeNull();
    expect(second?.versions.base).toBe(first?.versions.next);
    expect(port.accounts.get('account-1')?.text).toContain('the rebellion. One. Two.');
    // Its own saves arriving through the watcher do not reopen the editor.
    expect(articleEditor().editor).toBe(editor);
    expect(banner()).toBeNull();
  });

  it("takes the other tab's save in at once when nothing here is unsaved", async () => {
    const editor = articleEditor().editor;
    const theirs = theirSave(' Typed in the other tab.');
    port.saveElsewhere('account-1', theirs.doc, theirs.text, 'other-1');
    await settle();
    expect(articleEditor().editor).not.toBe(editor);
    expect(shownText()).toContain('the rebellion. Typed in the other tab.');
    expect(status()).toBe('Saved');
    expect(banner()).toBeNull();

    // Typing on goes on from their version: the save is based on it and keeps their words.
    typeAt(LEAD, ' And here.');
    await saveNow();
    expect(status()).toBe('Saved');
    expect(port.saves.at(-1)?.versions.base).toBe('other-1');
    expect(port.accounts.get('account-1')?.text).toContain(
      'the rebellion. Typed in the other tab. And here.',
    );
  });

  it("while hidden, waits to be shown before it takes the other tab's save in", async () => {
    const editor = articleEditor().editor;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const theirs = theirSave(' Typed in the other tab.');
      port.saveElsewhere('account-1', theirs.doc, theirs.text, 'other-1');
      await settle();
      expect(articleEditor().editor).toBe(editor);
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(articleEditor().editor).not.toBe(editor);
    expect(shownText()).toContain('the rebellion. Typed in the other tab.');
  });

  it('with unsaved edits here, overwrites nothing, never says "Saved", and explains', async () => {
    typeAt(LEAD, ' Mine, unsaved.');
    const theirs = theirSave(' Theirs, saved.');
    port.saveElsewhere('account-1', theirs.doc, theirs.text, 'other-1');
    await settle();
    expect(banner()?.getAttribute('role')).toBe('alert');
    expect(banner()?.textContent).toContain('changed in another tab');
    expect(status()).toMatch(/changed in another tab/);
    await saveNow();
    typeAt(LEAD, ' More.');
    await saveNow();
    await articleEditor().flush();
    expect(port.accounts.get('account-1')?.text).toBe(theirs.text);
    expect(status()).not.toBe('Saved');
    // The editor still holds this tab's words.
    expect(shownText()).toContain('Mine, unsaved. More.');
  });

  it('a refused save (the other tab saved first, unheard of yet) halts with the same words', async () => {
    typeAt(LEAD, ' Mine.');
    // The other tab's save lands in the store, but its report has not reached this tab.
    const theirs = theirSave(' Theirs.');
    const stored = port.accounts.get('account-1')!;
    port.accounts.set('account-1', { ...stored, ...theirs, docVersion: 'other-1' });
    await saveNow();
    expect(port.saves).toHaveLength(1);
    expect(port.accounts.get('account-1')?.text).toBe(theirs.text);
    expect(status()).toMatch(/changed in another tab/);
    expect(banner()?.textContent).toContain('Reload');
  });

  it('"Reload" keeps this tab\'s text as a revision account, then shows the other tab\'s', async () => {
    typeAt(LEAD, ' Mine, unsaved.');
    const theirs = theirSave(' Theirs, saved.');
    port.saveElsewhere('account-1', theirs.doc, theirs.text, 'other-1');
    await settle();
    const reload = banner()!.querySelector('button')!;
    expect(reload.textContent?.trim()).toBe('Reload');
    reload.click();
    await settle();

    const kept = [...port.accounts.values()].find((a) => a.id !== 'account-1');
    expect(kept?.kind).toBe('revision');
    expect(kept?.revisionOf).toBe('account-1');
    expect(kept?.text).toContain('the rebellion. Mine, unsaved.');
    expect(kept?.text).not.toContain('Theirs, saved.');
    // Its claims are copies, anchored in the kept text.
    const copies = [...port.claims.values()].filter((c) => c.accountId === kept?.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]?.id).not.toBe('claim-1');
    const copy = copies[0]!;
    expect(kept?.text.slice(copy.position.start, copy.position.end)).toBe('over 100');

    expect(port.accounts.get('account-1')?.text).toBe(theirs.text);
    expect(shownText()).toContain('the rebellion. Theirs, saved.');
    expect(shownText()).not.toContain('Mine, unsaved.');
    expect(status()).toBe('Saved');
    expect(banner()?.textContent).toContain(kept!.title);
    expect(banner()?.getAttribute('role')).toBeNull();

    // Writing resumes, based on their version.
    typeAt(LEAD, ' Next.');
    await saveNow();
    expect(status()).toBe('Saved');
    expect(port.accounts.get('account-1')?.text).toContain('Theirs, saved. Next.');
    const dismiss = banner()!.querySelector('button')!;
    expect(dismiss.textContent?.trim()).toBe('Dismiss');
    dismiss.click();
    await settle();
    expect(banner()).toBeNull();
  });

  it("keeps the selection near where it was when it takes the other tab's save in", async () => {
    const editor = articleEditor().editor!;
    editor.selectRange(40, 45);
    const theirs = theirSave(' Elsewhere.');
    port.saveElsewhere('account-1', theirs.doc, theirs.text, 'other-1');
    await settle();
    const reopened = articleEditor().editor!;
    expect(reopened).not.toBe(editor);
    const { from, to } = reopened.state.selection;
    expect([from, to]).toEqual([40, 45]);
  });
});
