import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ContextProvider } from '@lit/context';
import type { Account, WorkspacePort } from '@apparatus/core';
import { workspaceContext } from './context.ts';
import { saveStateText, type SaveState } from './autosave.ts';
import { VIEWS, VIEW_LABELS, type View } from './views.ts';
import { WatchController } from './watch-controller.ts';
import { focusAndMotion, tokens } from './styles/tokens.ts';
import { shellStyles } from './styles/shell.ts';
import './import/account-tools.ts';
import type { AccountChosenDetail } from './import/account-tools.ts';
import './compare/compare-view.ts';
import './annotate/article-view.ts';
import type { SaveStateEvent } from './article-editor.ts';
import './workspace/workspace-menu.ts';
import type { FlushEditsEvent, WorkspaceServices } from './workspace/services.ts';

/**
 * `apx-app` — the shell of Apparatus: a header with the product name, the view buttons and the
 * save status; the Article view (`apx-article-view`: the account's title as the page's `h1`, the
 * claim tools, the text, the inspector and the "Claims" panel beside it). It receives the
 * repository port as a property (from `apps/web`) and provides it to every element below through {@link workspaceContext}, so no element imports
 * storage.
 *
 * @csspart header - the top bar
 * @csspart status - the save status line (`role="status"`)
 */
export class ApparatusApp extends LitElement {
  static override properties = {
    port: { attribute: false },
    services: { attribute: false },
    view: { type: String, reflect: true },
  };

  static override styles = [tokens, focusAndMotion, shellStyles];

  /** Where the workspace lives; set once by the app before the element is connected. */
  declare port: WorkspacePort | undefined;
  /** Backups and the integrity check, for the Workspace menu (from the app, like `port`). */
  declare services: WorkspaceServices | undefined;
  /** The view shown. */
  declare view: View;

  readonly #provider = new ContextProvider(this, { context: workspaceContext });
  readonly #accounts = new WatchController<Account[]>(this);
  readonly #writable = new WatchController<boolean>(this);
  #saveState: SaveState = { kind: 'saved' };
  /** Views shown at least once: they stay in the page (hidden) once made. */
  readonly #visited = new Set<View>();
  #sourcesLoaded = false;
  #sourcesError: string | undefined;
  /** The account the reader picked for the Article view (undefined: the first article). */
  #chosenAccountId: string | undefined;
  /** Bumped when a backup replaced the workspace: the views are made afresh from the new rows. */
  #generation = 0;

  constructor() {
    super();
    this.port = undefined;
    this.services = undefined;
    this.view = 'article';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && !this.#visited.has(this.view)) {
      this.#visited.add(this.view);
      if (this.view === 'sources') void this.#loadSources();
    }
    if (changed.has('port') && this.port) {
      this.#provider.setValue(this.port);
      this.#accounts.follow(this.port.watchAccounts());
      this.#writable.follow(this.port.writable);
    }
  }

  /** The account under review: the first article, else the first account. */
  get #account(): Account | undefined {
    const accounts = this.#accounts.value ?? [];
    return (
      accounts.find((a) => a.id === this.#chosenAccountId) ??
      accounts.find((a) => a.kind === 'article') ??
      accounts[0]
    );
  }

  protected override render(): TemplateResult {
    return html`
      <header
        class="bar"
        part="header"
        @apx-flush-edits=${this.#onFlushEdits}
        @apx-workspace-replaced=${this.#onWorkspaceReplaced}
      >
        <span class="brand"><span class="brand-mark" aria-hidden="true">¶</span>Apparatus</span>
        <nav class="views" aria-label="Views">
          ${VIEWS.map(
            (view) =>
              html`<button
                type="button"
                aria-pressed=${this.view === view ? 'true' : 'false'}
                @click=${() => this.#show(view)}
              >
                ${VIEW_LABELS[view]}
              </button>`,
          )}
        </nav>
        <apx-account-tools
          .accounts=${this.#accounts.value ?? []}
          .current=${this.#account?.id}
          @apx-account-chosen=${this.#onAccountChosen}
        ></apx-account-tools>
        <apx-workspace-menu .services=${this.services}></apx-workspace-menu>
        <p
          class="status"
          role="status"
          part="status"
          data-state=${this.#statusKind()}
          .textContent=${this.#statusText()}
        ></p>
      </header>
      ${
        this.#writable.value === false
          ? html`<p class="banner" role="alert">
              This workspace was upgraded in another tab. Reload this page to keep editing; until
              then it is read-only.
            </p>`
          : nothing
      }
      ${keyed(
        this.#generation,
        html`<main class="main">
          <div class="view" ?hidden=${this.view !== 'article'}>${this.#renderArticle()}</div>
          ${
            this.#visited.has('sources')
              ? html`<div class="view" ?hidden=${this.view !== 'sources'}>
                  ${this.#renderSources()}
                </div>`
              : nothing
          }
          ${
            this.#visited.has('compare')
              ? html`<div class="view" ?hidden=${this.view !== 'compare'}>
                  ${this.#renderCompare()}
                </div>`
              : nothing
          }
        </main>`,
      )}
    `;
  }

  /**
   * The comparison of accounts (`apx-compare-view`): the accounts to compare, the "Comparison"
   * table, parallel reading and the revision diff. Kept in the page once shown, like the others.
   */
  #renderCompare(): TemplateResult {
    return html`<apx-compare-view class="compare"></apx-compare-view>`;
  }

  /**
   * The source library. Loaded on the first visit (citeproc is large, and a reader opening the
   * article should not wait for it), then kept in the page, hidden, like the article view.
   */
  #renderSources(): TemplateResult {
    if (!this.#sourcesLoaded) {
      return html`<p class="notice">${this.#sourcesError ?? 'Opening the source library…'}</p>`;
    }
    return html`<apx-sources-view class="sources"></apx-sources-view>`;
  }

  #renderArticle(): TemplateResult {
    const error = this.#accounts.error;
    if (error !== undefined) {
      return html`<p class="notice" role="alert">
        The workspace could not be read. Reload the page to try again.
      </p>`;
    }
    if (this.#accounts.value === undefined) {
      return html`<p class="notice">Opening the workspace…</p>`;
    }
    const account = this.#account;
    if (!account) {
      return html`<p class="notice">This workspace holds no account yet.</p>`;
    }
    return html`<apx-article-view
      .account=${account}
      .readOnly=${this.#writable.value === false}
      @apx-save-state=${this.#onSaveState}
    ></apx-article-view>`;
  }

  #show(view: View): void {
    this.view = view;
  }

  /** The header's account picker or a fresh import: the Article view shows that account. */
  readonly #onAccountChosen = (event: CustomEvent<AccountChosenDetail>): void => {
    this.#chosenAccountId = event.detail.accountId;
    this.view = 'article';
    this.requestUpdate();
  };

  /** Writes the open editor's pending change, before a backup import or an account deletion. */
  readonly #onFlushEdits = (event: FlushEditsEvent): void => {
    const view = this.renderRoot.querySelector('apx-article-view');
    if (view) event.pending.push(view.flush());
  };

  /**
   * A backup replaced every row: the views are made afresh (keyed on a generation), so that no
   * editor, undo history or selection from the old workspace writes old rows back.
   */
  readonly #onWorkspaceReplaced = (): void => {
    this.#generation += 1;
    this.#chosenAccountId = undefined;
    // A fresh subscription reads after the import committed: the views must not be made again
    // from the accounts last seen, or the editor would open the old document under the same id.
    if (this.port) this.#accounts.follow(this.port.watchAccounts());
    this.requestUpdate();
  };

  async #loadSources(): Promise<void> {
    try {
      await import('./sources/sources-view.ts');
      this.#sourcesLoaded = true;
    } catch {
      this.#sourcesError = 'The source library could not be loaded. Reload the page to try again.';
    }
    this.requestUpdate();
  }

  readonly #onSaveState = (event: SaveStateEvent): void => {
    this.#saveState = event.state;
    this.requestUpdate();
  };

  #statusText(): string {
    if (this.#accounts.value === undefined) return 'Opening…';
    return saveStateText(this.#saveState);
  }

  #statusKind(): string {
    return this.#accounts.value === undefined ? 'opening' : this.#saveState.kind;
  }
}

customElements.define('apx-app', ApparatusApp);

declare global {
  interface HTMLElementTagNameMap {
    'apx-app': ApparatusApp;
  }
}
