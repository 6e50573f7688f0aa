import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type {
  Account,
  Citation,
  Claim,
  Conflict,
  Source,
  Subject,
  ValueContext,
  WorkspacePort,
} from '@apparatus/core';
import { isNewEdit, type ApparatusEditor, type ClaimDecoration } from '@apparatus/editor';
import { workspaceContext } from '../context.ts';
import { WatchController } from '../watch-controller.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import type { EditorReadyEvent } from '../article-editor.ts';
import '../article-editor.ts';
import '../claims/claim-list.ts';
import type { ClaimSelectDetail } from '../claims/claim-list.ts';
import type { ClaimChangeDetail, ClaimRemoveDetail } from '../claims/claim-inspector.ts';
import { AnnotationActions } from './annotation-actions.ts';
import { AnnotationHistory, type HistoryOutcome } from './annotation-history.ts';
import { articleViewStyles } from './article-view-styles.ts';
import { CitationDialog, type AttachCitationDetail } from './citation-dialog.ts';
import { changedLooks, claimLooks, conflictsOf } from './claim-looks.ts';
import './claim-toolbar.ts';
import type { ClaimRequestDetail, ToolbarAction } from './claim-toolbar.ts';
import { FlagDialog, type FlagDetail } from './flag-dialog.ts';
import { deepActiveElement, type FocusTarget } from './focus-return.ts';
import { ShortcutsHelp } from './shortcuts-help.ts';
import { isMacPlatform, keyLabel, shortcutFor } from './shortcuts.ts';
import { viewKeyCommand } from './view-keys.ts';

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
 * decorations. Every annotation is one step of an {@link AnnotationHistory}, so Mod-Z / Shift-Mod-Z
 * (and Mod-Y) take back text edits and annotations alike, in the order they were made.
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
  declare _announce: { readonly text: string; readonly tone: 'info' | 'error' } | null;

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
  /** Rows this tab just wrote, until the port's watcher brings them back. */
  readonly #recent = new Map<string, Claim>();
  #conflicts: Conflict[] = [];
  #looks = new Map<string, ClaimDecoration>();
  #lookedAt: {
    claims?: readonly Claim[];
    subjects?: readonly Subject[];
    editor?: ApparatusEditor;
  } = {};

  constructor() {
    super();
    this.account = undefined;
    this.readOnly = false;
    this._selectedId = null;
    this._hasSelection = false;
    this._target = null;
    this._announce = null;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    const id = this.account?.id;
    if (id !== this.#claimsFor) {
      this.#claimsFor = id;
      this.#claims.follow(this.#port && id !== undefined ? this.#port.watchClaims(id) : undefined);
      this._selectedId = null;
    }
    if (changed.has('readOnly') || changed.has('account')) this.#recent.clear();
    this.#drawLooks();
  }

  /** Draws statuses and conflicts in the text when the stored claims or subjects changed. */
  #drawLooks(): void {
    const claims = this.#claims.value;
    const subjects = this.#subjects.value ?? [];
    const editor = this.#editor;
    const seen = this.#lookedAt;
    if (claims === undefined) return;
    if (seen.claims === claims && seen.subjects === subjects && seen.editor === editor) return;
    this.#lookedAt = { claims, subjects, ...(editor ? { editor } : {}) };
    for (const c of claims)
      if (this.#recent.get(c.id)?.updatedAt === c.updatedAt) this.#recent.delete(c.id);
    this.#conflicts = conflictsOf(claims, subjects);
    const looks = claimLooks(claims, this.#conflicts);
    if (editor) {
      const changes = changedLooks(this.#looks, looks);
      if (changes.size > 0) editor.setClaimDecorations(changes);
      this.#looks = looks;
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
    const claims = this.#claims.value ?? [];
    const selected = this._selectedId === null ? undefined : this.#claimById(this._selectedId);
    const mac = isMacPlatform();
    return html`
      <div class="article-layout">
        <article class="text-column" aria-labelledby="account-title">
          <div class="tools">
            <apx-claim-toolbar
              .claimId=${this._selectedId}
              .hasSelection=${this._hasSelection}
              .readOnly=${this.readOnly}
              @apx-flag-request=${(e: CustomEvent<ClaimRequestDetail>) => this.#request('flag', e.detail.claimId)}
              @apx-support-request=${(e: CustomEvent<ClaimRequestDetail>) => this.#request('support', e.detail.claimId)}
              @apx-cite-request=${(e: CustomEvent<ClaimRequestDetail>) => this.#request('cite', e.detail.claimId)}
            ></apx-claim-toolbar>
            <button
              type="button"
              class="help-button"
              aria-keyshortcuts="F1"
              @click=${() => void this.showHelp()}
            >
              Keyboard shortcuts<kbd aria-hidden="true">${keyLabel('F1', mac)}</kbd>
            </button>
            <p class="announce" aria-live="polite" data-tone=${this._announce?.tone ?? 'info'}>
              ${this._announce?.text ?? ''}
            </p>
          </div>
          <p class="kicker">${kindLabel(account)}</p>
          <h1 id="account-title" class="title">${account.title}</h1>
          <apx-article-editor
            .account=${account}
            .readOnly=${this.readOnly}
            @apx-editor-ready=${this.#onEditorReady}
          ></apx-article-editor>
        </article>
        <div class="side-column">
          ${
            selected === undefined
              ? nothing
              : html`<apx-claim-inspector
                  .claim=${selected}
                  .claims=${claims}
                  .subjects=${this.#subjects.value ?? []}
                  .citations=${this.#citations.value ?? []}
                  .sources=${this.#sources.value ?? []}
                  .conflicts=${this.#conflicts}
                  .year=${this.#valueContext()?.year}
                  @apx-claim-change=${this.#onClaimChange}
                  @apx-claim-remove=${this.#onClaimRemove}
                  @apx-claim-select=${this.#onClaimSelect}
                ></apx-claim-inspector>`
          }
          <apx-claim-list
            .claims=${claims}
            .citations=${this.#citations.value ?? []}
            .subjects=${this.#subjects.value ?? []}
            .sources=${this.#sources.value ?? []}
            .selectedId=${this._selectedId}
            @apx-claim-select=${this.#onClaimSelect}
          ></apx-claim-list>
        </div>
      </div>
      <apx-flag-dialog
        .claimText=${this._target?.quote.exact ?? ''}
        @apx-flag=${this.#onFlag}
      ></apx-flag-dialog>
      <apx-citation-dialog
        .sources=${this.#sources.value ?? []}
        .claimId=${this._target?.id ?? ''}
        .claimText=${this._target?.quote.exact ?? ''}
        @apx-citation-attach=${this.#onAttach}
      ></apx-citation-dialog>
      <apx-shortcuts-help></apx-shortcuts-help>
    `;
  }

  // ── the editor

  readonly #onEditorReady = (event: EditorReadyEvent): void => {
    this.#detach();
    const editor = event.editor;
    this.#editor = editor;
    this.#looks = new Map();
    this.#history = new AnnotationHistory(editor, (reason) => this.#fail(reason));
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

  // ── actions

  async #request(action: ToolbarAction, claimId: string | null): Promise<void> {
    const actions = this.#actions;
    if (this.readOnly || !actions) return;
    try {
      const target = await actions.targetClaim(claimId);
      if (!('value' in target)) return this.#say(target.error, 'error');
      const claim = target.value;
      this.#remember(claim);
      this._selectedId = claim.id;
      this._target = claim;
      if (action === 'support') {
        this.#remember(await actions.support(claim));
        this.#say(`Marked “${claim.quote.exact}” as supported.`);
        return;
      }
      await this.updateComplete;
      const dialog = action === 'flag' ? this.#dialog(FlagDialog) : this.#dialog(CitationDialog);
      await dialog?.show(this.#editorFocus());
    } catch (reason) {
      this.#fail(reason);
    }
  }

  readonly #onFlag = async (event: CustomEvent<FlagDetail>): Promise<void> => {
    const target = this._target;
    const actions = this.#actions;
    if (!target || !actions) return;
    const claim = this.#claimById(target.id) ?? target;
    try {
      const flagged = await actions.flag(claim, event.detail.reason);
      if ('value' in flagged) {
        this.#remember(flagged.value);
        this.#say(`Flagged “${claim.quote.exact}” as disputed.`);
      } else this.#say(flagged.error, 'error');
    } catch (reason) {
      this.#fail(reason);
    }
  };

  readonly #onAttach = async (event: CustomEvent<AttachCitationDetail>): Promise<void> => {
    const actions = this.#actions;
    if (!actions) return;
    try {
      await actions.attach(event.detail.citation, event.detail.newSource);
      this.#say('Citation attached.');
    } catch (reason) {
      this.#fail(reason);
    }
  };

  readonly #onClaimChange = async (event: CustomEvent<ClaimChangeDetail>): Promise<void> => {
    const actions = this.#actions;
    const before = this.#claimById(event.detail.claim.id);
    if (this.readOnly || !actions || !before) return;
    try {
      await actions.replaceClaim(
        before,
        event.detail.claim,
        'Change claim',
        event.detail.newSubject,
      );
      this.#remember(event.detail.claim);
    } catch (reason) {
      this.#fail(reason);
    }
  };

  readonly #onClaimRemove = async (event: CustomEvent<ClaimRemoveDetail>): Promise<void> => {
    const actions = this.#actions;
    const claim = this.#claimById(event.detail.id);
    if (this.readOnly || !actions || !claim) return;
    try {
      await actions.remove(claim);
      this.#recent.delete(claim.id);
      this._selectedId = null;
      this.#say(`Removed the claim “${claim.quote.exact}”. Undo brings it back.`);
      this.#editor?.focus();
    } catch (reason) {
      this.#fail(reason);
    }
  };

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

  #say(text: string, tone: 'info' | 'error' = 'info'): void {
    this._announce = { text, tone };
  }

  #fail(reason: unknown): void {
    const message =
      typeof reason === 'object' && reason !== null && 'message' in reason
        ? String((reason as { message: unknown }).message)
        : 'The change could not be saved.';
    this.#say(message, 'error');
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
    if (outcome.kind === 'annotation') this.#say(`Undone: ${outcome.label}.`);
    return outcome;
  }

  /** Redoes what the last undo took back (Shift-Mod-Z, Mod-Y). */
  async redo(): Promise<HistoryOutcome> {
    const outcome = (await this.#history?.redo()) ?? { kind: 'none' };
    if (outcome.kind === 'annotation') this.#say(`Redone: ${outcome.label}.`);
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
    else this.#run(command);
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

  #run(command: NonNullable<ReturnType<typeof shortcutFor>>): void {
    const editor = this.#editor;
    switch (command) {
      case 'flag':
      case 'support':
      case 'cite':
        void this.#request(command, this._selectedId);
        return;
      case 'next-claim':
      case 'previous-claim':
        if (!editor) return;
        if (command === 'next-claim' ? editor.selectNextClaim() : editor.selectPreviousClaim()) {
          editor.focus();
        }
        return;
      case 'help':
        void this.showHelp();
        return;
    }
  }
}

function kindLabel(account: Account): string {
  switch (account.kind) {
    case 'article':
      return 'Article under review';
    case 'revision':
      return 'Revision';
    case 'source-text':
      return "A source's own text";
  }
}

customElements.define('apx-article-view', ArticleView);

declare global {
  interface HTMLElementTagNameMap {
    'apx-article-view': ArticleView;
  }
}
