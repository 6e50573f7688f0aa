import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Account, Claim } from '@apparatus/core';
import type { ApparatusEditor } from '@apparatus/editor';
import { openEditor } from './editor-session.ts';

/** What the {@link EditorController} needs from the element hosting it. */
export interface EditorControllerOptions {
  /** The element the editable area is mounted in, once the host has rendered it. */
  readonly place: () => HTMLElement | null | undefined;
  /** The stored claims of the account, to lay out a document that was never saved. */
  readonly claimsOf: (accountId: string) => Promise<readonly Claim[]>;
  /** Called on every change of the document (typing, undo, paste), for autosave. */
  readonly onDocChange: () => void;
  /** Called once the editor of an account is mounted (the claim tools attach to it then). */
  readonly onMount?: (editor: ApparatusEditor) => void;
}

/**
 * Hosts the ProseMirror editor of one account through `@apparatus/editor` (the UI imports no
 * ProseMirror): mounts it after the host rendered its place, re-mounts only when the account's
 * *id* changes (an account object refreshed by a save must not reset the editor, its selection or
 * its undo history), and destroys it when the host leaves the page. When the account cannot be
 * opened (a stored document that no longer fits the schema, a text that is not an article), the
 * place shows why instead of an editor.
 */
export class EditorController implements ReactiveController {
  readonly #options: EditorControllerOptions;
  #account: Account | undefined;
  #readOnly = false;
  #editor: ApparatusEditor | undefined;
  #mountedId: string | undefined;
  /** Bumped on every (re)mount, so a slow claims read for an old account is dropped. */
  #generation = 0;

  constructor(host: ReactiveControllerHost, options: EditorControllerOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The open editor, once mounted. */
  get editor(): ApparatusEditor | undefined {
    return this.#editor;
  }

  /** The account the open editor shows. */
  get accountId(): string | undefined {
    return this.#mountedId;
  }

  /** Sets what to show; takes effect after the host's next update. */
  show(account: Account | undefined, readOnly: boolean): void {
    this.#account = account;
    this.#readOnly = readOnly;
    this.#editor?.setEditable(!readOnly);
  }

  hostConnected(): void {
    // Mounting waits for `hostUpdated`: the place to mount in exists only after a render.
  }

  hostUpdated(): void {
    const account = this.#account;
    if (account?.id === this.#mountedId) return;
    this.#unmount();
    if (account) void this.#mount(account);
  }

  hostDisconnected(): void {
    this.#unmount();
  }

  async #mount(account: Account): Promise<void> {
    const generation = ++this.#generation;
    this.#mountedId = account.id;
    const place = this.#options.place();
    if (!place) return;
    let claims: readonly Claim[] = [];
    try {
      if (account.doc === null) claims = await this.#options.claimsOf(account.id);
    } catch {
      // Without its claims the text is still worth showing; the claims panel says what it can.
    }
    if (generation !== this.#generation) return;
    const opened = openEditor(place, {
      account,
      claims,
      editable: !this.#readOnly,
      onDocChange: this.#options.onDocChange,
    });
    if ('error' in opened) {
      const notice = place.ownerDocument.createElement('p');
      notice.className = 'error';
      notice.setAttribute('role', 'alert');
      notice.textContent = opened.error;
      place.replaceChildren(notice);
      return;
    }
    this.#editor = opened.value;
    this.#options.onMount?.(opened.value);
  }

  #unmount(): void {
    this.#generation += 1;
    this.#editor?.destroy();
    this.#editor = undefined;
    this.#mountedId = undefined;
    this.#options.place()?.replaceChildren();
  }
}
