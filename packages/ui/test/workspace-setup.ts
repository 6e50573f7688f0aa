import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { ContextProvider } from '@lit/context';
import { extractClaims, isOk, quoteAt } from '@apparatus/core';
import type { Claim, Subject, WorkspacePort } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { workspaceContext } from '../src/context.ts';
import type { ApparatusApp } from '../src/app.ts';
import type { ArticleEditor } from '../src/article-editor.ts';

/**
 * The set-up the UI's tests share: the repository's fixtures, the seed's claims as the first run
 * stores them, an element placed under a provider of the workspace port, as `apx-app` provides
 * it, and the parts of `apx-app` its save-path tests read and type into. One copy, so that a change to how claims are stored or the port provided is made
 * once for every element's tests.
 */

/** The text of `name` in the repository's `fixtures/`. */
export function fixtureText(name: string): string {
  // A path, not a URL: under happy-dom `import.meta.url` is not the file's.
  return readFileSync(resolve(import.meta.dirname, '../../../fixtures', name), 'utf8');
}

/** The seed article, *Siege of Dushanbe*, as its file holds it. */
export const seedText = fixtureText('siege-of-dushanbe.txt');

const now = '2026-01-01T00:00:00.000Z';

/**
 * The seed's detected claims as stored rows of account `account-1` (`claim-0`, `claim-1`… in text
 * order), unreviewed, quoted as the editor quotes; with `subjects`, each claim's subject is made
 * (`s-0`, `s-1`…) and linked, as the first run does; without, no claim has a subject.
 */
export function seedRows(options: { subjects: boolean }): { claims: Claim[]; subjects: Subject[] } {
  const article = readArticle(seedText);
  if (!isOk(article)) throw new Error(article.error);
  const subjects = new Map<string, Subject>();
  const claims = extractClaims(article.value).map((c, i): Claim => {
    let subjectId: string | null = null;
    if (options.subjects && c.subject !== null) {
      const subject = subjects.get(c.subject) ?? {
        id: `s-${subjects.size}`,
        label: c.subject,
        createdAt: now,
      };
      subjects.set(c.subject, subject);
      subjectId = subject.id;
    }
    return {
      id: `claim-${i}`,
      accountId: 'account-1',
      kind: c.kind,
      value: c.value,
      subjectId,
      ...(c.field === undefined ? {} : { field: c.field }),
      status: 'unreviewed',
      statusReason: '',
      statusChangedAt: null,
      origin: 'detected',
      quote: quoteAt(seedText, c.start, c.end),
      position: { start: c.start, end: c.end },
      detached: false,
      createdAt: now,
      updatedAt: now,
    };
  });
  return { claims, subjects: [...subjects.values()] };
}

/**
 * `claim-1` of `account-1`: the figure "over 100" (min 100, open max) at `start`–`end` of `text`,
 * the one claim the editor's save-path tests follow through edits.
 */
export function over100Claim(text: string, start: number, end: number): Claim {
  return {
    id: 'claim-1',
    accountId: 'account-1',
    kind: 'quantity',
    value: { type: 'quantity', min: 100, max: null, approximate: false },
    subjectId: null,
    status: 'unreviewed',
    statusReason: '',
    statusChangedAt: null,
    origin: 'detected',
    quote: quoteAt(text, start, end),
    position: { start, end },
    detached: false,
    createdAt: 'then',
    updatedAt: 'then',
  };
}

/**
 * Puts `element` on the page inside a host that provides `port` as the workspace (as `apx-app`
 * does for its views and dialogs), and returns the host, to be removed after the test.
 */
export function provideWorkspace(port: WorkspacePort, element: HTMLElement): HTMLElement {
  const host = document.createElement('div');
  new ContextProvider(host, { context: workspaceContext, initialValue: port });
  document.body.append(host);
  host.append(element);
  return host;
}

/** Lets `apx-app` render, the port's microtask commits and the controllers' continuations run. */
export async function settleApp(app: ApparatusApp): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
    await app.updateComplete;
  }
}

/** The Article view's editor element inside `apx-app`. */
export function articleEditorOf(app: ApparatusApp): ArticleEditor {
  return app
    .shadowRoot!.querySelector('apx-article-view')!
    .shadowRoot!.querySelector('apx-article-editor')!;
}

/** What `apx-app`'s status line says. */
export function statusOf(app: ApparatusApp): string {
  return app.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** Inserts `text` at the end of the paragraph of `element`'s editor that starts with `start`, as typing would. */
export function typeAtEndOf(element: ArticleEditor, start: string, text: string): void {
  const editor = element.editor!;
  const { state } = editor.view;
  let at = -1;
  state.doc.descendants((node, pos) => {
    if (at < 0 && node.isTextblock && node.textContent.startsWith(start))
      at = pos + node.nodeSize - 1;
    return at < 0;
  });
  expect(at).toBeGreaterThan(0);
  editor.view.dispatch(state.tr.insertText(text, at));
}
