import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { newId, type Account, type Claim, type WorkspacePort } from '@apparatus/core';
import type { ApparatusEditor } from '@apparatus/editor';
import { workspaceContext } from './context.ts';
import { AutosaveController, failureMessage, isConflict, type SaveState } from './autosave.ts';
import { conflictBanner, conflictStyles, type ConflictNotice } from './conflict-banner.ts';
import { EditorController } from './editor-controller.ts';
import { snapshotOf } from './editor-session.ts';
import { keptEditsAccount } from './kept-edits.ts';
import { focusAndMotion } from './styles/tokens.ts';
import { articleStyles } from './styles/article.ts';

/**
 * Tells the shell where the last change stands, so the one `status` element can say "Saved"
 * (or the failure) without the shell knowing about editors or autosave.
 */
export class SaveStateEvent extends Event {
  static readonly type = 'apx-save-state';
  readonly state: SaveState;

  constructor(state: SaveState) {
    super(SaveStateEvent.type, { bubbles: true, composed: true });
    this.state = state;
  }
}

/**
 * Says that the editor of an account is mounted, so the claim tools, the claims panel and the
 * inspector beside it can follow its selection and act through it (`event.editor`).
 */
export class EditorReadyEvent extends Event {
  static readonly type = 'apx-editor-ready';
  readonly editor: ApparatusEditor;

  constructor(editor: ApparatusEditor) {
    super(EditorReadyEvent.type, { bubbles: true, composed: true });
    this.editor = editor;
  }
}

/**
 * `apx-article-editor` — the text of one account, editable, in the article's reading typography.
 * The ProseMirror view is hosted by an {@link EditorController}; every change is written by an
 * {@link AutosaveController} at most ~0.5 s after the last one (and at once when the page is
 * hidden or left). The editable area itself carries `role="textbox"` and the name "Article text"
 * (set by `@apparatus/editor`).
 *
 * Two tabs on one account never lose text (optimistic concurrency): the element records which
 * saved version of the document its editor holds (`account.docVersion`, when it opens an account
 * and after each of its own saves) and every save names it, so the store refuses a save based on
 * a document another tab replaced since. When the other tab's save arrives (a new `account`
 * object with another `docVersion`) and this tab has nothing unsaved, the editor simply reopens
 * with the new document, keeping scroll and selection; with unsaved edits, a banner says so and
 * offers "Reload", which first keeps this tab's text as a new revision account. "Saved" is never
 * shown for a write that was refused. Renames and annotation writes leave `docVersion` alone.
 *
 * @fires apx-save-state - {@link SaveStateEvent} whenever the save state changes
 * @fires apx-editor-ready - {@link EditorReadyEvent} once an account's editor is mounted
 * @csspart text - the element the editable area is mounted in
 */
export class ArticleEditor extends LitElement {
  static override properties = {
    account: { attribute: false },
    readOnly: { type: Boolean, attribute: 'read-only' },
  };

  static override styles = [focusAndMotion, articleStyles, conflictStyles];

  /** The account shown; a refreshed object with the same id leaves the editor as it is. */
  declare account: Account | undefined;
  /** True while this tab may not write (another tab upgraded the workspace). */
  declare readOnly: boolean;
  /**
   * The account's stored claims, as the host (the Article view) follows them through the port:
   * a save refreshes their anchors. Read only when saving, so not a reactive property — a claim
   * change re-renders nothing here, and the workspace is not watched a second time.
   */
  claims: readonly Claim[] = [];

  #port: WorkspacePort | undefined;
  #lastState: SaveState | undefined;
  /** The `docVersion` of the document the open editor's edits are based on (null: never saved). */
  #base: string | null = null;
  /** The account `#base` is a version of. */
  #baseOf: string | undefined;
  /** The version the save now running writes: its arrival through the watcher is this tab's own. */
  #pending: string | undefined;
  /** Versions of this account this tab has saved past: a late report of one of them is stale. */
  readonly #superseded = new Set<string | null>();
  /** True while the editor is being reopened with another tab's document. */
  #reopening = false;
  #notice: ConflictNotice | undefined;
  readonly #editor = new EditorController(this, {
    place: () => this.renderRoot.querySelector<HTMLElement>('.text'),
    claimsOf: (accountId) => this.#port?.claimsOf(accountId) ?? Promise.resolve([]),
    onDocChange: () => this.#autosave.markChanged(),
    onMount: (editor, account) => {
      const base = account.docVersion ?? null;
      // Reopened with a newer document of the same account: the version left behind is stale.
      if (account.id === this.#baseOf && base !== this.#base) this.#superseded.add(this.#base);
      this.#baseOf = account.id;
      this.#base = base;
      this.dispatchEvent(new EditorReadyEvent(editor));
      // The account may have moved on while the editor was being opened (after this update).
      queueMicrotask(() => this.#followOtherTabs());
    },
  });
  readonly #autosave = new AutosaveController(this, { save: () => this.#save() });

  constructor() {
    super();
    this.account = undefined;
    this.readOnly = false;
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (port) => {
        this.#port = port;
      },
    });
  }

  /**
   * The open editor (undefined until mounted): what a toolbar, the claims panel or the inspector
   * acts through — commands, the claim at the cursor, selecting a claim.
   */
  get editor(): ApparatusEditor | undefined {
    return this.#editor.editor;
  }

  /** Writes any unsaved change now; resolves once it is committed (or failed). */
  flush(): Promise<void> {
    return this.#autosave.flush();
  }

  /** Puts the caret in the text. */
  override focus(): void {
    this.#editor.editor?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('account') || changed.has('readOnly')) {
      if (changed.has('account') && this.account?.id !== this.#editor.accountId) {
        // A different account: save what is pending for the old one before it goes.
        if (this.#autosave.dirty) void this.#autosave.flush();
        this.#superseded.clear();
        this.#notice = undefined;
        if (this.#autosave.halted) this.#autosave.resume();
      }
      this.#editor.show(this.account, this.readOnly);
      if (changed.has('account')) this.#followOtherTabs();
    }
  }

  protected override render(): TemplateResult {
    return html`${conflictBanner(this.#notice, {
        reload: () => void this.#keepAndReload(),
        dismiss: () => {
          this.#notice = undefined;
          this.requestUpdate();
        },
      })}
      <div class="text" part="text"></div> `;
  }

  protected override updated(): void {
    const state = this.#autosave.state;
    if (state !== this.#lastState) {
      this.#lastState = state;
      this.dispatchEvent(new SaveStateEvent(state));
    }
  }

  /** The host's claims, if they are of `accountId` (the host may have moved to another account). */
  #claimsOf(accountId: string): readonly Claim[] {
    return this.claims.filter((c) => c.accountId === accountId);
  }

  /**
   * One save: the document as it is now, its text, and the claims with their anchors refreshed,
   * based on the version the editor holds; on success that base moves to the version written.
   */
  async #save(): Promise<void> {
    const editor = this.#editor.editor;
    const port = this.#port;
    const accountId = this.#editor.accountId;
    if (!editor || !port || accountId === undefined) return;
    const snapshot = await snapshotOf(editor, this.#claimsOf(accountId), new Date().toISOString());
    // The editor may have been replaced while the snapshot was taken: this one is not its text.
    if (editor !== this.#editor.editor) return;
    const base = this.#base;
    const next = newId();
    this.#pending = next;
    try {
      await port.saveDocument(accountId, snapshot.doc, snapshot.text, snapshot.claims, {
        base,
        next,
      });
    } catch (reason) {
      // Another tab saved first and its report has not arrived yet: the same banner.
      if (isConflict(reason) && this.#notice?.kind !== 'conflict') {
        this.#notice = { kind: 'conflict', busy: false };
      }
      throw reason;
    } finally {
      this.#pending = undefined;
    }
    if (editor === this.#editor.editor) {
      this.#superseded.add(base);
      this.#base = next;
    }
  }

  /**
   * Another tab's save of this account arrived (a `docVersion` that is neither the editor's
   * base, nor the one being written, nor one this tab saved past): with nothing unsaved the
   * editor takes the new document; with unsaved edits autosave halts and the banner explains.
   */
  #followOtherTabs(): void {
    const account = this.account;
    if (!account || this.#reopening || !this.#editor.editor) return;
    if (account.id !== this.#editor.accountId) return;
    const version = account.docVersion ?? null;
    if (version === this.#base || version === this.#pending || this.#superseded.has(version)) {
      return;
    }
    if (this.#autosave.dirty) {
      if (this.#notice?.kind !== 'conflict') {
        this.#notice = { kind: 'conflict', busy: false };
        this.#autosave.conflict();
      }
      return;
    }
    // A hidden tab waits until it is shown: reopening a book costs seconds of work, and the
    // other tab's typing saves every half second.
    if (this.ownerDocument.visibilityState === 'hidden') return;
    void this.#reopen(account);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  readonly #onVisibilityChange = (): void => {
    if (this.ownerDocument.visibilityState === 'visible') this.#followOtherTabs();
  };

  /** Opens the stored document in place of the editor's (nothing of this tab's is unsaved). */
  async #reopen(account: Account): Promise<void> {
    this.#reopening = true;
    try {
      await this.#editor.reopen(account);
    } finally {
      this.#reopening = false;
    }
    this.#autosave.resume();
    this.requestUpdate();
  }

  /**
   * The banner's "Reload": keeps this tab's text as a new revision account (one transaction),
   * then opens the stored document. If keeping fails, nothing is reloaded and the banner says why.
   */
  async #keepAndReload(): Promise<void> {
    const editor = this.#editor.editor;
    const port = this.#port;
    const accountId = this.#editor.accountId;
    if (!editor || !port || accountId === undefined || this.#notice?.kind !== 'conflict') return;
    this.#notice = { kind: 'conflict', busy: true };
    this.requestUpdate();
    try {
      const now = new Date().toISOString();
      const current = (await port.getAccount(accountId)) ?? this.account;
      if (!current) return;
      const claims = this.#claimsOf(accountId);
      const snapshot = await snapshotOf(editor, claims, now);
      const kept = keptEditsAccount(snapshot, { account: current, claims, now, newId });
      await port.putAccountWithClaims(kept);
      this.#notice = { kind: 'kept', title: kept.account.title };
      await this.#reopen(current);
    } catch (reason) {
      this.#notice = { kind: 'conflict', busy: false, error: failureMessage(reason) };
      this.requestUpdate();
    }
  }
}

customElements.define('apx-article-editor', ArticleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'apx-article-editor': ArticleEditor;
  }
  interface HTMLElementEventMap {
    'apx-save-state': SaveStateEvent;
    'apx-editor-ready': EditorReadyEvent;
  }
}
