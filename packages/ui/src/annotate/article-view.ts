import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type {
  Account,
  Citation,
  Claim,
  Source,
  Subject,
  ValueContext,
  WorkspacePort,
} from '@apparatus/core';
import { isNewEdit, type ApparatusEditor } from '@apparatus/editor';
import { workspaceContext } from '../context.ts';
import { WatchController } from '../watch-controller.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import type { ArticleEditor, EditorReadyEvent } from '../article-editor.ts';
import type { ClaimSelectDetail } from '../claims/claim-list.ts';
import { AnnotationActions } from './annotation-actions.ts';
import { AnnotationHistory, type HistoryOutcome } from './annotation-history.ts';
import { articleViewStyles } from './article-view-styles.ts';
import { articleViewTemplate } from './article-view-template.ts';
import { CitationDialog } from './citation-dialog.ts';
import { ClaimPainter } from './claim-painter.ts';
import { FlagDialog } from './flag-dialog.ts';
import { deepActiveElement, type FocusTarget } from './focus-return.ts';
import { ForeignClaims } from './foreign-claims.ts';
import { ShortcutsHelp } from './shortcuts-help.ts';
import { isMacPlatform, shortcutFor } from './shortcuts.ts';
import { ViewHandlers, type Tone } from './view-handlers.ts';
import { runShortcut, viewKeyCommand } from './view-keys.ts';

/**
 * `apx-article-view` — the Article view, where the annotation workflow happens: the account's
 * title (`h1`), the toolbar "Claim tools" above the text, the editor, and beside it the claim
 * inspector (when a claim is selected) over the complementary "Claims" panel; the dialogs "Flag
 * as disputed", "Attach citation" and "Keyboard shortcuts".
 *
 * It is the one place that wires them together, through the port (from the workspace context)
 * and the mounted editor: toolbar buttons and shortcuts act on the claim at the cursor or make one
 * from the selection (row stored AND mark added); selecting a claim in the list moves the editor
 * there; moving the cursor onto a claim selects it in the list and opens the inspector; stored
 * statuses and the conflicts the engine finds among the stored claims are drawn in the text as
 * decorations ({@link ClaimPainter}); claims made in another tab are marked here when their
 * words are found ({@link ForeignClaims}). Every annotation is one step of an
 * {@link AnnotationHistory}, so Mod-Z / Shift-Mod-Z (and Mod-Y) take back text edits and
 * annotations alike, in the order they were made. What the reader asks for is carried out by
 * {@link ViewHandlers}.
 *
 * @fires apx-save-state - re-fired from the editor (see `SaveStateEvent`)
 */
export class ArticleView extends LitElement {
  static override properties = {
    account: { attribute: false },
    readOnly: { type: Boolean, attribute: 'read-only' },
    _selectedId: { state: true },
    _hasSelection: { state: true },
    _target: { state: true },
    _announce: { state: true },
    _unplaced: { state: true },
  };

  static override styles = [focusAndMotion, articleViewStyles];

  /** The account under review. */
  declare account: Account | undefined;
  /** True while this tab may not write. */
  declare readOnly: boolean;
  declare _selectedId: string | null;
  declare _hasSelection: boolean;
  /** The claim a dialog is open for. */
  declare _target: Claim | null;
  declare _announce: { readonly text: string; readonly tone: Tone } | null;
  /** Claims stored as attached that this tab's text does not hold (see ForeignClaims). */
  declare _unplaced: ReadonlySet<string>;

  #port: WorkspacePort | undefined;
  readonly #claims = new WatchController<Claim[]>(this);
  readonly #citations = new WatchController<Citation[]>(this);
  readonly #subjects = new WatchController<Subject[]>(this);
  readonly #sources = new WatchController<Source[]>(this);
  #claimsFor: string | undefined;
  #editor: ApparatusEditor | undefined;
  #stopListening: (() => void) | undefined;
  #history: AnnotationHistory | undefined;
  #actions: AnnotationActions | undefined;
  /** The claim the editor's cursor was last on, to tell a move onto a claim from other updates. */
  #editorClaim: string | null = null;
  /** Rows this tab just wrote, until the port's watcher brings them (or newer ones) back. */
  readonly #recent = new Map<string, Claim>();
  readonly #painter = new ClaimPainter();
  readonly #foreign = new ForeignClaims();
  readonly #handlers: ViewHandlers;

  constructor() {
    super();
    this.account = undefined;
    this.readOnly = false;
    this._selectedId = null;
    this._hasSelection = false;
    this._target = null;
    this._announce = null;
    this._unplaced = new Set();
    // The handlers reach the view through these functions, not through public members.
    this.#handlers = new ViewHandlers({
      isReadOnly: () => this.readOnly,
      actions: () => this.#actions,
      target: () => this._target,
      setTarget: (claim) => {
        this._target = claim;
      },
      select: (id) => {
        this._selectedId = id;
      },
      claimById: (id) => this.#claimById(id),
      remember: (claim) => this.#remember(claim),
      forget: (id) => this.#recent.delete(id),
      openDialog: (kind) => this.#openDialog(kind),
      say: (text, tone) => this.#say(text, tone),
      focusEditor: () => this.#editor?.focus(),
    });
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (port) => {
        this.#port = port;
        this.#claimsFor = undefined;
        this.#citations.follow(port?.watchCitations());
        this.#subjects.follow(port?.watchSubjects());
        this.#sources.follow(port?.watchSources());
        this.requestUpdate();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeydown, { capture: true });
    window.addEventListener('keydown', this.#onPageKeydown);
    // The inspector formats citations with citeproc, which is large: it loads after the page.
    void import('../claims/claim-inspector.ts');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown, { capture: true });
    window.removeEventListener('keydown', this.#onPageKeydown);
    this.#detach();
  }

  /** The open editor, once mounted. */
  get editor(): ApparatusEditor | undefined {
    return this.#editor;
  }

  /** The unified undo of text and annotations (undefined until the editor is mounted). */
  get history(): AnnotationHistory | undefined {
    return this.#history;
  }

  /** Writes the text's pending edits now (before a backup, say); resolves once committed. */
  flush(): Promise<void> {
    const editor = this.renderRoot.querySelector<ArticleEditor>('apx-article-editor');
    return editor ? editor.flush() : Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const id = this.account?.id;
    if (id !== this.#claimsFor) {
      // Another account: its editor is about to be destroyed (a new one reports ready), so no
      // decoration may be dispatched to it meanwhile (a deleted or switched account threw).
      if (this.#claimsFor !== undefined) this.#detach();
      this.#claimsFor = id;
      this.#claims.follow(this.#port && id !== undefined ? this.#port.watchClaims(id) : undefined);
      this._selectedId = null;
    }
    if (changed.has('readOnly') || changed.has('account')) this.#recent.clear();
    const claims = this.#claims.value;
    if (claims === undefined) return;
    this.#forgetDelivered(claims);
    this.#foreign.place(claims);
    this._unplaced = this.#foreign.unplaced;
    this.#painter.paint(claims, this.#subjects.value ?? [], this.#editor);
  }

  /**
   * Drops the rows this tab wrote once the watcher reports them — or a newer version of them
   * (another tab's change after ours must win: the watcher may skip straight to it).
   */
  #forgetDelivered(claims: readonly Claim[]): void {
    const recent = this.#recent;
    let left = recent.size;
    for (let i = 0; left > 0 && i < claims.length; i++) {
      const c = claims[i]!;
      const mine = recent.get(c.id);
      if (mine === undefined) continue;
      left -= 1;
      if (c.updatedAt >= mine.updatedAt) recent.delete(c.id);
    }
  }

  /** A claim's row: what this tab just wrote, else what the port last reported. */
  #claimById(id: string): Claim | undefined {
    return this.#recent.get(id) ?? this.#claims.value?.find((c) => c.id === id);
  }

  /** The article's year (from its first dated claim), for values typed or selected without one. */
  #valueContext(): ValueContext | undefined {
    for (const c of this.#claims.value ?? []) {
      if (c.value?.type === 'date' && c.value.earliest !== null) {
        return { year: Number(c.value.earliest.slice(0, 4)) };
      }
    }
    return undefined;
  }

  protected override render(): TemplateResult {
    const account = this.account;
    if (!account) return html``;
    const selectedId = this._selectedId;
    return articleViewTemplate(
      {
        account,
        readOnly: this.readOnly,
        claims: this.#claims.value ?? [],
        citations: this.#citations.value ?? [],
        subjects: this.#subjects.value ?? [],
        sources: this.#sources.value ?? [],
        conflicts: this.#painter.conflicts,
        selectedId,
        selected: selectedId === null ? undefined : this.#claimById(selectedId),
        unplaced: this._unplaced,
        hasSelection: this._hasSelection,
        target: this._target,
        announce: this._announce,
        year: this.#valueContext()?.year,
      },
      {
        handlers: this.#handlers,
        editorReady: this.#onEditorReady,
        select: this.#onClaimSelect,
        help: () => void this.showHelp(),
      },
    );
  }

  // ── the editor

  readonly #onEditorReady = (event: EditorReadyEvent): void => {
    this.#detach();
    const editor = event.editor;
    this.#editor = editor;
    this.#painter.reset();
    this.#foreign.reset(editor);
    this.#history = new AnnotationHistory(editor, (reason) => this.#handlers.fail(reason));
    const port = this.#port;
    const accountId = this.account?.id;
    if (port && accountId !== undefined) {
      this.#actions = new AnnotationActions({
        port,
        editor,
        history: this.#history,
        accountId,
        claimById: (id) => this.#claimById(id),
        valueContext: () => this.#valueContext(),
      });
    }
    this.#stopListening = editor.listen((tr, ed) => {
      if (isNewEdit(tr)) this.#history?.noteNewEdit();
      const at = ed.claimAt();
      if (at !== this.#editorClaim) {
        this.#editorClaim = at;
        this._selectedId = at;
      }
      const selection = ed.hasSelection();
      if (selection !== this._hasSelection) this._hasSelection = selection;
    });
    this.#editorClaim = editor.claimAt();
    this._selectedId = this.#editorClaim;
    this.requestUpdate();
  };

  #detach(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#editor = undefined;
    this.#history = undefined;
    this.#actions = undefined;
    this.#foreign.reset(undefined);
  }

  /**
   * Where focus goes back after a dialog: the editor, with its selection put back (ProseMirror's
   * `focus()` does that; a native focus of the text would put the caret at its start).
   */
  #editorFocus(): FocusTarget | null {
    const editor = this.#editor;
    if (!editor) return null;
    return {
      focus: () => editor.focus(),
      get isConnected() {
        return editor.view.dom.isConnected;
      },
    };
  }

  // ── actions (carried out by ViewHandlers)

  async #openDialog(kind: 'flag' | 'cite'): Promise<void> {
    await this.updateComplete;
    const dialog = kind === 'flag' ? this.#dialog(FlagDialog) : this.#dialog(CitationDialog);
    await dialog?.show(this.#editorFocus());
  }

  /** Selecting a claim (list or inspector): the editor goes there and the inspector opens. */
  readonly #onClaimSelect = (event: CustomEvent<ClaimSelectDetail>): void => {
    const id = event.detail.id;
    this._selectedId = id;
    const editor = this.#editor;
    if (editor?.selectClaim(id)) {
      this.#editorClaim = editor.claimAt();
      editor.focus();
      this._selectedId = id;
    }
  };

  #remember(claim: Claim): void {
    this.#recent.set(claim.id, claim);
    this.requestUpdate();
  }

  #say(text: string, tone: Tone = 'info'): void {
    this._announce = { text, tone };
  }

  #dialog<T extends FlagDialog | CitationDialog | ShortcutsHelp>(
    type: abstract new () => T,
  ): T | null {
    for (const el of this.renderRoot.querySelectorAll(
      'apx-flag-dialog, apx-citation-dialog, apx-shortcuts-help',
    )) {
      if (el instanceof type) return el;
    }
    return null;
  }

  /** Opens "Keyboard shortcuts"; focus comes back where it was. */
  async showHelp(): Promise<void> {
    await this.#dialog(ShortcutsHelp)?.show(deepActiveElement());
  }

  /** Undoes the last change, text or annotation (Mod-Z). */
  async undo(): Promise<HistoryOutcome> {
    const outcome = (await this.#history?.undo()) ?? { kind: 'none' };
    this.#handlers.report(outcome, 'Undone');
    return outcome;
  }

  /** Redoes what the last undo took back (Shift-Mod-Z, Mod-Y). */
  async redo(): Promise<HistoryOutcome> {
    const outcome = (await this.#history?.redo()) ?? { kind: 'none' };
    this.#handlers.report(outcome, 'Redone');
    return outcome;
  }

  // ── keys

  /** The shortcut table, live (capture phase, so the editor's own Mod-Z does not run first). */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    const command = viewKeyCommand(event, this.#editor?.view.dom);
    if (command === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (command === 'undo') void this.undo();
    else if (command === 'redo') void this.redo();
    else {
      runShortcut(command, {
        editor: this.#editor,
        request: (action) => void this.#handlers.request(action, this._selectedId),
        help: () => void this.showHelp(),
      });
    }
  };

  /** "?" and F1 pressed with nothing focused (the page's body) still open the help. */
  readonly #onPageKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !this.checkVisibility()) return;
    const target = event.composedPath()[0];
    if (target !== document.body && target !== document.documentElement) return;
    if (shortcutFor(event, isMacPlatform()) === 'help') {
      event.preventDefault();
      void this.showHelp();
    }
  };
}

customElements.define('apx-article-view', ArticleView);

declare global {
  interface HTMLElementTagNameMap {
    'apx-article-view': ArticleView;
  }
}
