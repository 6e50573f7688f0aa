import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Account, Claim, WorkspacePort } from '@apparatus/core';
import type { ApparatusEditor } from '@apparatus/editor';
import { workspaceContext } from './context.ts';
import { AutosaveController, type SaveState } from './autosave.ts';
import { EditorController } from './editor-controller.ts';
import { snapshotOf } from './editor-session.ts';
import { WatchController } from './watch-controller.ts';
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
 * @fires apx-save-state - {@link SaveStateEvent} whenever the save state changes
 * @fires apx-editor-ready - {@link EditorReadyEvent} once an account's editor is mounted
 * @csspart text - the element the editable area is mounted in
 */
export class ArticleEditor extends LitElement {
  static override properties = {
    account: { attribute: false },
    readOnly: { type: Boolean, attribute: 'read-only' },
  };

  static override styles = [focusAndMotion, articleStyles];

  /** The account shown; a refreshed object with the same id leaves the editor as it is. */
  declare account: Account | undefined;
  /** True while this tab may not write (another tab upgraded the workspace). */
  declare readOnly: boolean;

  #port: WorkspacePort | undefined;
  #lastState: SaveState | undefined;
  readonly #claims = new WatchController<Claim[]>(this);
  readonly #editor = new EditorController(this, {
    place: () => this.renderRoot.querySelector<HTMLElement>('.text'),
    claimsOf: (accountId) => this.#port?.claimsOf(accountId) ?? Promise.resolve([]),
    onDocChange: () => this.#autosave.markChanged(),
    onMount: (editor) => this.dispatchEvent(new EditorReadyEvent(editor)),
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
        this.#followClaims();
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
        this.#followClaims();
      }
      this.#editor.show(this.account, this.readOnly);
    }
  }

  protected override render(): TemplateResult {
    return html` <div class="text" part="text"></div> `;
  }

  protected override updated(): void {
    const state = this.#autosave.state;
    if (state !== this.#lastState) {
      this.#lastState = state;
      this.dispatchEvent(new SaveStateEvent(state));
    }
  }

  #followClaims(): void {
    const id = this.account?.id;
    this.#claims.follow(this.#port && id !== undefined ? this.#port.watchClaims(id) : undefined);
  }

  /** One save: the document as it is now, its text, and the claims with their anchors refreshed. */
  async #save(): Promise<void> {
    const editor = this.#editor.editor;
    const port = this.#port;
    const accountId = this.#editor.accountId;
    if (!editor || !port || accountId === undefined) return;
    const snapshot = await snapshotOf(editor, this.#claims.value ?? [], new Date().toISOString());
    await port.saveDocument(accountId, snapshot.doc, snapshot.text, snapshot.claims);
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
