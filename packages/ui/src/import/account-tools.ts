import { LitElement, css, html, type TemplateResult } from 'lit';
import type { Account } from '@apparatus/core';
import { focusAndMotion } from '../styles/tokens.ts';
import './import-dialog.ts';
import type { ImportDialog, ImportedDetail } from './import-dialog.ts';
import '../workspace/accounts-dialog.ts';
import type { AccountsDialog } from '../workspace/accounts-dialog.ts';
import { ACCOUNT_KIND_WORDS } from '../workspace/words.ts';

/** What `apx-account-chosen` carries: the account the Article view should show. */
export interface AccountChosenDetail {
  readonly accountId: string;
}

/**
 * `apx-account-tools` — the header's account controls: the "Account" picker (which account the
 * Article view shows, when the workspace holds several, each with its kind: article, revision,
 * source text), the "Import account" button with its dialog, and "Manage accounts", whose
 * "Accounts" dialog renames and deletes accounts. A freshly imported account is chosen at once,
 * so the reader sees what came in.
 *
 * @fires apx-account-chosen - {@link AccountChosenDetail}, when the reader picks or imports an account
 */
export class AccountTools extends LitElement {
  static override properties = {
    accounts: { attribute: false },
    current: { attribute: false },
  };

  static override styles = [
    focusAndMotion,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: var(--apx-space-3);
        font-family: var(--apx-font-ui);
        font-size: 0.875rem;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: var(--apx-space-2);
        color: var(--apx-ink-soft);
      }
      select {
        font: inherit;
        max-width: 12rem;
        padding: 0.25rem;
        border: 1px solid var(--apx-rule-strong);
        border-radius: var(--apx-radius);
        background: var(--apx-surface);
      }
      button.import {
        font: inherit;
        padding: 0.35rem 0.75rem;
        border: 1px solid var(--apx-accent);
        border-radius: var(--apx-radius);
        background: var(--apx-surface);
        color: var(--apx-accent);
        white-space: nowrap;
        cursor: pointer;
      }
      button.manage {
        font: inherit;
        padding: 0.35rem 0.75rem;
        border: 1px solid var(--apx-rule-strong);
        border-radius: var(--apx-radius);
        background: var(--apx-surface);
        color: var(--apx-ink);
        white-space: nowrap;
        cursor: pointer;
      }
      button.manage:hover {
        background: var(--apx-infobox);
      }
      /* The dialogs are modal layers, not items of the bar: keep them out of its gaps. */
      apx-import-dialog,
      apx-accounts-dialog {
        position: absolute;
      }
      button.import:hover {
        background: var(--apx-accent-soft);
      }
    `,
  ];

  /** The workspace's accounts. */
  declare accounts: readonly Account[];
  /** The id of the account the Article view shows. */
  declare current: string | undefined;

  constructor() {
    super();
    this.accounts = [];
    this.current = undefined;
  }

  protected override render(): TemplateResult {
    return html`
      ${
        this.accounts.length > 1
          ? html`<label
              >Account
              <select @change=${this.#onPick}>
                ${this.accounts.map(
                  (a) =>
                    html`<option value=${a.id} ?selected=${a.id === this.current}>
                      ${a.title} (${ACCOUNT_KIND_WORDS[a.kind]})
                    </option>`,
                )}
              </select></label
            >`
          : ''
      }
      <button type="button" class="import" @click=${this.#open}>Import account</button>
      <button type="button" class="manage" @click=${this.#manage}>Manage accounts</button>
      <apx-import-dialog @apx-account-imported=${this.#onImported}></apx-import-dialog>
      <apx-accounts-dialog></apx-accounts-dialog>
    `;
  }

  #open(event: Event): void {
    void this.renderRoot
      .querySelector<ImportDialog>('apx-import-dialog')
      ?.show(event.currentTarget as HTMLElement);
  }

  #manage(event: Event): void {
    void this.renderRoot
      .querySelector<AccountsDialog>('apx-accounts-dialog')
      ?.show(event.currentTarget as HTMLElement);
  }

  #onPick(event: Event): void {
    this.#choose((event.target as HTMLSelectElement).value);
  }

  #onImported(event: CustomEvent<ImportedDetail>): void {
    this.#choose(event.detail.accountId);
  }

  #choose(accountId: string): void {
    const detail: AccountChosenDetail = { accountId };
    this.dispatchEvent(
      new CustomEvent('apx-account-chosen', { detail, bubbles: true, composed: true }),
    );
  }
}

customElements.define('apx-account-tools', AccountTools);

declare global {
  interface HTMLElementTagNameMap {
    'apx-account-tools': AccountTools;
  }
  interface HTMLElementEventMap {
    'apx-account-chosen': CustomEvent<AccountChosenDetail>;
  }
}
