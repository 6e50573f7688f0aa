import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sourceLabel, type Account, type Source, type WorkspacePort } from '@apparatus/core';
import { workspaceContext } from '../context.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn } from '../annotate/focus-return.ts';
import { WatchController } from '../watch-controller.ts';
import { flushEdits } from './services.ts';
import { accountKindLine, deletionConsequence, messageOf } from './words.ts';

/** What a failed rename or delete says when the failure carries no sentence of its own. */
const NOT_SAVED = 'That could not be saved. Try again, or reload the page.';

/** What the dialog is doing with one account: renaming it, or asking before deleting it. */
type Pending =
  | {
      readonly kind: 'rename';
      readonly id: string;
      readonly draft: string;
      readonly error?: string;
    }
  | {
      readonly kind: 'delete';
      readonly id: string;
      /** The consequence sentence once the claims and citations are counted. */
      readonly consequence?: string;
      readonly error?: string;
    };

/**
 * `apx-accounts-dialog` — the `dialog` "Accounts", opened from the header's account tools: every
 * account with which kind it is (article, revision of which, source text of which source), a
 * "Rename" that edits the title in place ("Title", "Save title"), and a "Delete" that first says
 * how many claims and citations go with the account ("Delete account" confirms). Reads and writes
 * through the port; a write the store refuses is said beside the account, and nothing is lost.
 *
 * @fires apx-flush-edits - before a deletion, so no late autosave writes to a deleted account
 * @csspart dialog - the `<dialog>` element
 */
export class AccountsDialog extends LitElement {
  static override properties = {
    _pending: { state: true },
  };

  static override styles = [
    focusAndMotion,
    dialogStyles,
    css`
      dialog {
        width: min(40rem, calc(100vw - 2rem));
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        max-height: 60vh;
        overflow: auto;
      }
      li {
        padding: var(--apx-space-3) 0;
        border-bottom: 1px solid var(--apx-rule);
      }
      .row {
        display: flex;
        align-items: baseline;
        gap: var(--apx-space-2);
      }
      .name {
        flex: 1;
        font-family: var(--apx-font-text);
        font-size: 1rem;
      }
      .kind {
        display: block;
        font-family: var(--apx-font-ui);
        font-size: 0.8rem;
        color: var(--apx-ink-muted);
      }
      .confirm,
      form {
        margin-top: var(--apx-space-2);
      }
      form .field {
        margin-bottom: 0;
      }
      .actions {
        margin-top: var(--apx-space-2);
      }
      button.danger {
        background: var(--apx-error);
        border-color: var(--apx-error);
        color: #ffffff;
      }
    `,
  ];

  declare _pending: Pending | null;

  #port: WorkspacePort | undefined;
  readonly #accounts = new WatchController<Account[]>(this);
  readonly #sources = new WatchController<Source[]>(this);
  readonly #focus = new FocusReturn();

  constructor() {
    super();
    this._pending = null;
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (port) => {
        this.#port = port;
        this.#accounts.follow(port?.watchAccounts());
        this.#sources.follow(port?.watchSources());
      },
    });
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  /** Opens the list of accounts. */
  async show(returnFocusTo?: HTMLElement | null): Promise<void> {
    this.#focus.remember(returnFocusTo);
    this._pending = null;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('#close')?.focus();
  }

  /** Closes the dialog. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  protected override render(): TemplateResult {
    const accounts = this.#accounts.value ?? [];
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${() => this.#focus.restore()}
      @cancel=${this.#onEscape}
    >
      <h2 id="title">Accounts</h2>
      ${
        accounts.length === 0
          ? html`<p>This workspace holds no account yet.</p>`
          : html`<ul aria-labelledby="title">
              ${accounts.map((account) => this.#renderAccount(account, accounts))}
            </ul>`
      }
      <div class="actions">
        <button type="button" id="close" @click=${() => this.close()}>Close</button>
      </div>
    </dialog>`;
  }

  #renderAccount(account: Account, accounts: readonly Account[]): TemplateResult {
    const pending = this._pending?.id === account.id ? this._pending : null;
    const kind = accountKindLine(account, accounts, (id) => this.#sourceLabel(id));
    return html`<li data-account=${account.id}>
      <div class="row">
        <span class="name"
          ><span class="title">${account.title}</span><span class="kind">${kind}</span></span
        >
        <button
          type="button"
          aria-label="Rename ${account.title}"
          aria-expanded=${pending?.kind === 'rename' ? 'true' : 'false'}
          @click=${() => void this.#startRename(account)}
        >
          Rename
        </button>
        <button
          type="button"
          aria-label="Delete ${account.title}"
          aria-expanded=${pending?.kind === 'delete' ? 'true' : 'false'}
          @click=${() => void this.#startDelete(account, accounts)}
        >
          Delete
        </button>
      </div>
      ${pending?.kind === 'rename' ? this.#renderRename(pending) : nothing}
      ${pending?.kind === 'delete' ? this.#renderDelete(account, pending) : nothing}
    </li>`;
  }

  #renderRename(pending: Extract<Pending, { kind: 'rename' }>): TemplateResult {
    return html`<form @submit=${(event: SubmitEvent) => void this.#onRename(event)}>
      <div class="field">
        <label for="rename-title">Title</label>
        <input
          id="rename-title"
          .value=${pending.draft}
          aria-invalid=${pending.error ? 'true' : 'false'}
          aria-describedby="rename-error"
          @input=${(event: Event) =>
            (this._pending = { ...pending, draft: (event.target as HTMLInputElement).value })}
        />
        <p id="rename-error" class="error">${pending.error ?? ''}</p>
      </div>
      <div class="actions">
        <button type="button" @click=${() => this.#cancelPending()}>Cancel</button>
        <button type="submit" class="primary">Save title</button>
      </div>
    </form>`;
  }

  #renderDelete(account: Account, pending: Extract<Pending, { kind: 'delete' }>): TemplateResult {
    return html`<div class="confirm" role="group" aria-labelledby="delete-question">
      <p id="delete-question"><strong>Delete “${account.title}”?</strong></p>
      <p id="delete-consequence">${pending.consequence ?? 'Counting its claims and citations…'}</p>
      ${pending.error ? html`<p class="error" role="alert">${pending.error}</p>` : nothing}
      <div class="actions">
        <button type="button" id="delete-cancel" @click=${() => this.#cancelPending()}>
          Cancel
        </button>
        <button
          type="button"
          class="danger"
          aria-describedby="delete-consequence"
          ?disabled=${pending.consequence === undefined}
          @click=${() => void this.#delete(account)}
        >
          Delete account
        </button>
      </div>
    </div>`;
  }

  #sourceLabel(id: string): string | undefined {
    const source = this.#sources.value?.find((s) => s.id === id);
    return source ? sourceLabel(source) : undefined;
  }

  async #startRename(account: Account): Promise<void> {
    this._pending = { kind: 'rename', id: account.id, draft: account.title };
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#rename-title');
    input?.focus();
    input?.select();
  }

  async #startDelete(account: Account, accounts: readonly Account[]): Promise<void> {
    const port = this.#port;
    if (!port) return;
    this._pending = { kind: 'delete', id: account.id };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#delete-cancel')?.focus();
    try {
      const claims = await port.claimsOf(account.id);
      const citations = await port.citationsOf(claims.map((claim) => claim.id));
      const revisions = accounts.filter((a) => a.revisionOf === account.id).length;
      if (this._pending?.id !== account.id || this._pending.kind !== 'delete') return;
      this._pending = {
        kind: 'delete',
        id: account.id,
        consequence: deletionConsequence(claims.length, citations.length, revisions),
      };
    } catch (reason) {
      this._pending = { kind: 'delete', id: account.id, error: messageOf(reason, NOT_SAVED) };
    }
  }

  async #onRename(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const pending = this._pending;
    const port = this.#port;
    if (pending?.kind !== 'rename' || !port) return;
    const title = pending.draft.trim();
    if (title === '') {
      this._pending = { ...pending, error: 'Give the account a title.' };
      return;
    }
    try {
      await port.renameAccount(pending.id, title);
      this.#cancelPending();
    } catch (reason) {
      this._pending = { ...pending, error: messageOf(reason, NOT_SAVED) };
    }
  }

  async #delete(account: Account): Promise<void> {
    const port = this.#port;
    const pending = this._pending;
    if (!port || pending?.kind !== 'delete') return;
    try {
      await flushEdits(this);
      await port.deleteAccount(account.id);
      this._pending = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('#close')?.focus();
    } catch (reason) {
      this._pending = { ...pending, error: messageOf(reason, NOT_SAVED) };
    }
  }

  #cancelPending(): void {
    const id = this._pending?.id;
    this._pending = null;
    void this.updateComplete.then(() => {
      const rows = this.renderRoot.querySelectorAll<HTMLLIElement>('li[data-account]');
      const row = [...rows].find((li) => li.dataset['account'] === id);
      row?.querySelector('button')?.focus();
    });
  }

  /** Escape first leaves a rename or a delete question, then the dialog. */
  #onEscape(event: Event): void {
    if (this._pending) {
      event.preventDefault();
      this.#cancelPending();
    }
  }
}

customElements.define('apx-accounts-dialog', AccountsDialog);

declare global {
  interface HTMLElementTagNameMap {
    'apx-accounts-dialog': AccountsDialog;
  }
}
