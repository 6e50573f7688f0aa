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
  /**
   * Called once the editor of an account is mounted (the claim tools attach to it then), with
   * the account object it was opened from (whose `docVersion` its edits are based on).
   */
  readonly onMount?: (editor: ApparatusEditor, account: Account) => void;
}

/**
 * Hosts the ProseMirror editor of one account through `@apparatus/editor` (the UI imports no
 * ProseMirror): mounts it after the host rendered its place, re-mounts only when the account's
 * *id* changes (an account object refreshed by a save must not reset the editor, its selection or
 * its undo history), and destroys it when the host leaves the page. When the account cannot be
 * opened (a stored document that no longer fits the schema, a text that is not an article), the
 * place shows why instead of an editor. {@link reopen} opens the same account afresh (another
 * tab saved a newer document), keeping the scroll position and the selection near where they were.
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

  /**
   * Opens `account` again with its (newer) stored document, in place of the open one: the scroll
   * positions around the text, the selection (clamped to the new document) and the focus are put
   * back, so a reader who was not typing barely notices. Undo history starts afresh.
   */
  reopen(account: Account): Promise<void> {
    const editor = this.#editor;
    const place = this.#options.place();
    const kept = editor && place ? keepView(editor, place) : undefined;
    this.#account = account;
    this.#unmount();
    return this.#mount(account, kept);
  }

  async #mount(account: Account, kept?: KeptView): Promise<void> {
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
    if (kept) restoreView(opened.value, kept);
    this.#options.onMount?.(opened.value, account);
  }

  #unmount(): void {
    this.#generation += 1;
    this.#editor?.destroy();
    this.#editor = undefined;
    this.#mountedId = undefined;
    this.#options.place()?.replaceChildren();
  }
}

/** Where the reader was in an editor about to be replaced by a newer copy of its document. */
interface KeptView {
  readonly from: number;
  readonly to: number;
  readonly focused: boolean;
  /** Every scrolled element around the text (through shadow roots), with its offsets. */
  readonly scrolls: readonly {
    readonly element: Element;
    readonly top: number;
    readonly left: number;
  }[];
}

function keepView(editor: ApparatusEditor, place: HTMLElement): KeptView {
  const { from, to } = editor.state.selection;
  const scrolls: { element: Element; top: number; left: number }[] = [];
  let node: Node | null = place;
  while (node) {
    if (node instanceof Element && (node.scrollTop !== 0 || node.scrollLeft !== 0)) {
      scrolls.push({ element: node, top: node.scrollTop, left: node.scrollLeft });
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const scroller = place.ownerDocument.scrollingElement;
  if (scroller && !scrolls.some((s) => s.element === scroller)) {
    scrolls.push({ element: scroller, top: scroller.scrollTop, left: scroller.scrollLeft });
  }
  return { from, to, focused: editor.view.hasFocus(), scrolls };
}

function restoreView(editor: ApparatusEditor, kept: KeptView): void {
  const { doc } = editor.state;
  const inText = (pos: number): boolean =>
    pos >= 0 && pos <= doc.content.size && doc.resolve(pos).parent.inlineContent;
  // The same offsets in the newer document: near where the reader was (text before it changed
  // elsewhere shifts them a little). Only where text can hold a caret.
  if (inText(kept.from) && inText(kept.to)) editor.selectRange(kept.from, kept.to);
  if (kept.focused) editor.view.focus();
  // After the selection and focus, which may scroll: the reader's place wins.
  for (const { element, top, left } of kept.scrolls) {
    element.scrollTop = top;
    element.scrollLeft = left;
  }
}
