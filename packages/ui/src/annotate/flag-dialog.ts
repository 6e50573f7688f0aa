import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkReason } from '@apparatus/core';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn, type FocusTarget } from './focus-return.ts';

/** What "Flag" sends: the reason, trimmed and never blank. */
export interface FlagDetail {
  readonly reason: string;
}

/**
 * `apx-flag-dialog` — the modal dialog "Flag as disputed": a "Reason" textbox and a "Flag"
 * button. {@link FlagDialog.show} opens it with focus in the reason; Enter submits, Escape or
 * "Cancel" closes it, and either way focus goes back to where it came from (the editor). A blank
 * reason is refused inline, with the message read out through `aria-describedby`.
 *
 * The dialog only gathers the reason; the host applies `flagClaim` and writes the claim.
 *
 * @fires apx-flag - {@link FlagDetail}, when the reader submits a reason
 * @fires apx-dialog-cancel - when the dialog closes without flagging
 * @csspart dialog - the `<dialog>` element
 */
export class FlagDialog extends LitElement {
  static override properties = {
    claimText: { attribute: 'claim-text' },
    _error: { state: true },
  };

  static override styles = [focusAndMotion, dialogStyles];

  /** The claim's words, shown so the reader knows what they are disputing. */
  declare claimText: string;
  declare _error: string;

  readonly #focus = new FocusReturn();
  #submitted = false;

  constructor() {
    super();
    this.claimText = '';
    this._error = '';
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.#dialog?.open ?? false;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #reason(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#reason');
  }

  /**
   * Opens the dialog modally with an empty reason. Focus returns to `returnFocusTo` on close (the
   * editor, typically), or to whatever had focus when it opened.
   */
  async show(returnFocusTo?: FocusTarget | null): Promise<void> {
    this.#focus.remember(returnFocusTo);
    this._error = '';
    this.#submitted = false;
    await this.updateComplete;
    const dialog = this.#dialog;
    const reason = this.#reason;
    if (!dialog || !reason || dialog.open) return;
    reason.value = '';
    dialog.showModal();
    reason.focus();
  }

  /** Closes the dialog as if cancelled. */
  close(): void {
    this.#dialog?.close();
  }

  protected override render(): TemplateResult {
    const invalid = this._error !== '';
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose}>
      <form @submit=${this.#onSubmit} novalidate>
        <h2 id="title">Flag as disputed</h2>
        ${this.claimText === '' ? nothing : html`<p class="claim">“${this.claimText}”</p>`}
        <div class="field">
          <label for="reason">Reason</label>
          <input
            id="reason"
            name="reason"
            autocomplete="off"
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(invalid ? 'reason-error' : undefined)}
          />
          ${invalid ? html`<p id="reason-error" class="error">${this._error}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.close()}>Cancel</button>
          <button type="submit" class="primary">Flag</button>
        </div>
      </form>
    </dialog>`;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const checked = checkReason(this.#reason?.value ?? '', 'disputed');
    if (!('value' in checked)) {
      this._error = checked.error;
      this.#reason?.focus();
      return;
    }
    this.#submitted = true;
    const detail: FlagDetail = { reason: checked.value };
    this.dispatchEvent(new CustomEvent('apx-flag', { detail, bubbles: true, composed: true }));
    this.#dialog?.close();
  }

  #onClose(): void {
    if (!this.#submitted) {
      this.dispatchEvent(new CustomEvent('apx-dialog-cancel', { bubbles: true, composed: true }));
    }
    this.#focus.restore();
  }
}

customElements.define('apx-flag-dialog', FlagDialog);

declare global {
  interface HTMLElementTagNameMap {
    'apx-flag-dialog': FlagDialog;
  }
  interface HTMLElementEventMap {
    'apx-flag': CustomEvent<FlagDetail>;
  }
}
