// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOk, type Claim } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { AUTOSAVE_DELAY_MS } from '../src/autosave.ts';
import './claims/virtualizer-env.ts';
import '../src/app.ts';
import type { ApparatusApp } from '../src/app.ts';
import type { ArticleEditor } from '../src/article-editor.ts';
import { FakePort, fakeAccount } from './fake-port.ts';
import {
  over100Claim,
  seedText as seed,
  settleApp,
  statusOf,
  typeAtEndOf,
} from './workspace-setup.ts';

let port: FakePort;
let app: ApparatusApp;

/** Lets `apx-app` settle (see {@link settleApp}). */
const settle = (): Promise<void> => settleApp(app);

function shadow(): ShadowRoot {
  return app.shadowRoot!;
}

/** The Article view's shadow root, where the title, the editor and the claims panel are. */
function view(): ShadowRoot {
  return shadow().querySelector('apx-article-view')!.shadowRoot!;
}

function articleEditor(): ArticleEditor {
  return view().querySelector('apx-article-editor')!;
}

const status = (): string => statusOf(app);

/** Types into the Article view's editor (see the shared {@link typeAtEndOf}). */
const typeAt = (start: string, text: string): void => typeAtEndOf(articleEditor(), start, text);

async function mount(
  account = fakeAccount({ text: seed, title: 'Siege of Dushanbe' }),
  claims: Claim[] = [],
): Promise<void> {
  port.accounts.set(account.id, account);
  for (const claim of claims) port.claims.set(claim.id, claim);
  app = document.createElement('apx-app');
  app.port = port;
  document.body.append(app);
  await settle();
}

beforeEach(() => {
  vi.useFakeTimers();
  port = new FakePort();
});

afterEach(() => {
  app?.remove();
  vi.useRealTimers();
});

describe('apx-app', () => {
  it('shows the account title as the h1, the view buttons, the status and the Claims region', async () => {
    await mount();
    expect(view().querySelector('h1')?.textContent).toBe('Siege of Dushanbe');
    const buttons = [...shadow().querySelectorAll('nav button')].map((b) => [
      b.textContent!.trim(),
      b.getAttribute('aria-pressed'),
    ]);
    expect(buttons).toEqual([
      ['Article', 'true'],
      ['Compare accounts', 'false'],
      ['Sources', 'false'],
    ]);
    expect(status()).toBe('Saved');
    const claims = view().querySelector('apx-claim-list')!.shadowRoot!.querySelector('aside')!;
    expect(claims.getAttribute('aria-label')).toBe('Claims');
    const text = articleEditor().shadowRoot!.querySelector('[role="textbox"]')!;
    expect(text.getAttribute('aria-label')).toBe('Article text');
    expect(text.getAttribute('aria-multiline')).toBe('true');
    expect(text.textContent).toContain('7,0008,000');
  });

  it('switches views with aria-pressed and keeps the article (and its editor) in the page', async () => {
    await mount();
    const editor = articleEditor().editor;
    const compare = [...shadow().querySelectorAll('nav button')].find(
      (b) => b.textContent!.trim() === 'Compare accounts',
    )!;
    (compare as HTMLButtonElement).click();
    await settle();
    expect(compare.getAttribute('aria-pressed')).toBe('true');
    expect(shadow().querySelector('apx-compare-view')).not.toBeNull();
    expect(shadow().querySelector('apx-article-view')!.closest('[hidden]')).not.toBeNull();
    expect(articleEditor().editor).toBe(editor);
  });

  it('saves an edit ~0.5 s after it, and says "Saved" only once the port committed', async () => {
    await mount();
    port.holdWrites();
    typeAt('The siege of Dushanbe took place', ' Checked.');
    await settle();
    expect(status()).toBe('Unsaved changes');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await settle();
    expect(status()).toBe('Saving…');
    port.releaseWrites();
    await settle();
    expect(status()).toBe('Saved');
    const saved = port.accounts.get('account-1')!;
    expect(saved.text).toContain('the rebellion. Checked.\n');
    expect(saved.doc).not.toBeNull();
  });

  it('shows the storage error when the write fails', async () => {
    await mount();
    const message =
      'The browser refused to store more data (disk full or storage quota reached). Your last change was not saved; what was saved before is intact.';
    port.failNextWrite({ kind: 'quota', message });
    typeAt('The siege of Dushanbe took place', ' X');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await settle();
    expect(status()).toBe(message);
  });

  it('reopens a saved document as it was saved', async () => {
    await mount();
    typeAt('The siege of Dushanbe took place', ' Reopened.');
    await articleEditor().flush();
    await settle();
    const saved = port.accounts.get('account-1')!;
    app.remove();
    port = new FakePort();
    await mount(saved);
    const text = articleEditor().shadowRoot!.querySelector('[role="textbox"]')!;
    expect(text.textContent).toContain('the rebellion. Reopened.');
  });

  it("moves a claim's anchors with the text on save", async () => {
    const article = readArticle(seed);
    if (!isOk(article)) throw new Error(article.error);
    const start =
      seed.indexOf('On 7 February, the Soviets suffered over 100 casualties') +
      'On 7 February, the Soviets suffered '.length;
    const end = start + 'over 100'.length;
    const claim = over100Claim(seed, start, end);
    await mount(fakeAccount({ text: seed }), [claim]);
    typeAt('The siege of Dushanbe took place', ' Inserted before the claim.');
    await articleEditor().flush();
    await settle();
    const saved = port.saves.at(-1)!;
    const moved = saved.claims.find((c) => c.id === 'claim-1')!;
    expect(moved.position.start).toBe(start + ' Inserted before the claim.'.length);
    expect(saved.text.slice(moved.position.start, moved.position.end)).toBe('over 100');
    expect(moved.quote.exact).toBe('over 100');
    expect(moved.detached).toBe(false);
  });

  it('goes read-only with a notice when another tab upgraded the workspace', async () => {
    await mount();
    port.setWritable(false);
    await settle();
    expect(shadow().querySelector('[role="alert"]')?.textContent).toContain(
      'upgraded in another tab',
    );
    const text = articleEditor().shadowRoot!.querySelector('[role="textbox"]')!;
    expect(text.getAttribute('contenteditable')).toBe('false');
  });

  it('says so in the page when a stored document does not fit the schema', async () => {
    await mount(fakeAccount({ text: seed, doc: { type: 'doc', content: [{ type: 'blink' }] } }));
    const alert = articleEditor().shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/could not be opened/);
  });
});
