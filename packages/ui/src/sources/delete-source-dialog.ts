import { LitElement, html, type TemplateResult } from 'lit';
import { describeDeletion, sourceLabel, type DeletionImpact, type Source } from '@apparatus/core';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn } from '../annotate/focus-return.ts';

/** What "Delete source" confirms: the source, and what its deletion takes with it. */
export interface SourceDeleteDetail {
  readonly source: Source;
  readonly impact: DeletionImpact;
}

/**
 * `apx-delete-source-dialog` — asks before deleting a source that something depends on, saying
 * exactly what will happen: how many citations (on how many claims) are deleted with it, and
 * which sources stop being "known via" it. Focus starts on "Cancel" (the safe choice); Escape
 * cancels; focus returns to the control that opened it.
 *
 * @fires apx-source-delete - {@link SourceDeleteDetail}, when the reader confirms
 * @fires apx-dialog-cancel - when the dialog closes without deleting
 * @csspart dialog - the `<dialog>` element
 */
export class DeleteSourceDialog extends LitElement {
  static override properties = {
    _source: { state: true },
    _impact: { state: true },
  };

  static override styles = [focusAndMotion, dialogStyles];

  declare _source: Source | undefined;
  declare _impact: DeletionImpact | undefined;

  readonly #focus = new FocusReturn();
  #confirmed = false;

  constructor() {
    super();
    this._source = undefined;
    this._impact = undefined;
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  /** Opens the dialog for `source`, whose deletion would have `impact`. */
  async show(
    source: Source,
    impact: DeletionImpact,
    returnFocusTo?: HTMLElement | null,
  ): Promise<void> {
    this.#focus.remember(returnFocusTo);
    this._source = source;
    this._impact = impact;
    this.#confirmed = false;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('#cancel')?.focus();
  }

  /** Closes the dialog as if cancelled. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  protected override render(): TemplateResult {
    const label = this._source === undefined ? '' : sourceLabel(this._source);
    const consequence =
      this._impact === undefined ? '' : describeDeletion(this._impact, sourceLabel);
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="consequence"
      @close=${this.#onClose}
    >
      <h2 id="title">Delete “${label}”?</h2>
      <p id="consequence">${consequence}</p>
      <div class="actions">
        <button type="button" id="cancel" @click=${() => this.close()}>Cancel</button>
        <button type="button" class="primary" @click=${this.#confirm}>Delete source</button>
      </div>
    </dialog>`;
  }

  #confirm(): void {
    const source = this._source;
    const impact = this._impact;
    if (source === undefined || impact === undefined) return;
    this.#confirmed = true;
    const detail: SourceDeleteDetail = { source, impact };
    this.dispatchEvent(
      new CustomEvent('apx-source-delete', { detail, bubbles: true, composed: true }),
    );
    this.close();
  }

  #onClose(): void {
    if (!this.#confirmed)
      this.dispatchEvent(new CustomEvent('apx-dialog-cancel', { bubbles: true, composed: true }));
    this.#focus.restore();
  }
}

customElements.define('apx-delete-source-dialog', DeleteSourceDialog);

declare global {
  interface HTMLElementTagNameMap {
    'apx-delete-source-dialog': DeleteSourceDialog;
  }
  interface HTMLElementEventMap {
    'apx-source-delete': CustomEvent<SourceDeleteDetail>;
  }
}
