import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { isOk } from '@apparatus/core';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn } from '../annotate/focus-return.ts';
import {
  flushEdits,
  WorkspaceReplacedEvent,
  type BackupContents,
  type BackupCounts,
  type WorkspaceServices,
} from './services.ts';
import { countsText, importConsequence } from './words.ts';

/** Where an import stands; each step renders its own words and buttons. */
type ImportStep =
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'refused'; readonly name: string; readonly error: string }
  | {
      readonly kind: 'confirm';
      readonly name: string;
      readonly file: Blob;
      readonly contents: BackupContents;
    }
  | { readonly kind: 'importing'; readonly name: string }
  | { readonly kind: 'failed'; readonly name: string; readonly error: string }
  | { readonly kind: 'done'; readonly counts: BackupCounts };

/**
 * `apx-import-backup-dialog` — the `dialog` "Import backup". Given a file, it first reads what
 * the backup holds and says plainly what importing it will do ("This replaces everything in this
 * workspace with the backup's 1 account, 97 claims…; your current work will be lost unless you
 * export it first"), and imports only when the reader confirms with "Replace workspace". A file
 * that is not a usable backup shows the store's own sentence, and the workspace is as it was.
 * Focus starts on "Cancel" (the safe choice) and goes back where it came from.
 *
 * Before the import the open editor's pending save is written ({@link flushEdits}), so no late
 * autosave can put the old document over the imported one.
 *
 * @fires apx-flush-edits - before the import (see `FlushEditsEvent`)
 * @fires apx-workspace-replaced - {@link WorkspaceReplacedEvent}, after a successful import
 * @fires apx-export-backup - when the reader asks to export the current workspace first
 * @csspart dialog - the `<dialog>` element
 */
export class ImportBackupDialog extends LitElement {
  static override properties = {
    services: { attribute: false },
    _step: { state: true },
  };

  static override styles = [
    focusAndMotion,
    dialogStyles,
    css`
      .file {
        font-family: var(--apx-font-mono);
        font-size: 0.8rem;
        color: var(--apx-ink-soft);
        overflow-wrap: anywhere;
      }
      p.error {
        font-size: 0.9rem;
      }
      .actions .left {
        margin-right: auto;
      }
    `,
  ];

  /** What reads and imports backups (from the app). */
  declare services: WorkspaceServices | undefined;
  declare _step: ImportStep | undefined;

  readonly #focus = new FocusReturn();

  constructor() {
    super();
    this.services = undefined;
    this._step = undefined;
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  /** Opens the dialog for `file`: reads what it holds, then asks before importing it. */
  async show(file: File, returnFocusTo?: HTMLElement | null): Promise<void> {
    this.#focus.remember(returnFocusTo);
    this._step = { kind: 'reading', name: file.name };
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    const services = this.services;
    if (!services) {
      this._step = { kind: 'refused', name: file.name, error: 'Backups are not available here.' };
      return;
    }
    const preview = await services.previewBackup(file);
    this._step = isOk(preview)
      ? { kind: 'confirm', name: file.name, file, contents: preview.value }
      : { kind: 'refused', name: file.name, error: preview.error };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#cancel, #close')?.focus();
  }

  /** Closes the dialog (an import already started still finishes). */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  protected override render(): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="message"
      @close=${this.#onClose}
      @cancel=${this.#onCancel}
    >
      <h2 id="title">Import backup</h2>
      ${this.#renderStep()}
    </dialog>`;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const step = this._step;
    if (!step) return nothing;
    const file = step.kind === 'done' ? nothing : html`<p class="file">File: ${step.name}</p>`;
    switch (step.kind) {
      case 'reading':
        return html`${file}
          <p id="message">Reading the backup…</p>`;
      case 'refused':
      case 'failed':
        return html`${file}
          <p id="message" class="error" role="alert">${step.error}</p>
          <div class="actions">
            <button type="button" id="close" @click=${() => this.close()}>Close</button>
          </div>`;
      case 'confirm':
        return html`${file}
          <p id="message">${importConsequence(step.contents)}</p>
          <div class="actions">
            <button type="button" class="left" @click=${this.#exportFirst}>
              Export backup first
            </button>
            <button type="button" id="cancel" @click=${() => this.close()}>Cancel</button>
            <button type="button" class="primary" @click=${() => void this.#import(step)}>
              Replace workspace
            </button>
          </div>`;
      case 'importing':
        return html`${file}
          <p id="message">Importing the backup… Your workspace is unchanged until it is done.</p>`;
      case 'done':
        return html`<p id="message">
            The backup is imported. This workspace now holds ${countsText(step.counts)}.
          </p>
          <div class="actions">
            <button type="button" id="close" class="primary" @click=${() => this.close()}>
              Close
            </button>
          </div>`;
    }
  }

  async #import(step: Extract<ImportStep, { kind: 'confirm' }>): Promise<void> {
    const services = this.services;
    if (!services) return;
    this._step = { kind: 'importing', name: step.name };
    await flushEdits(this);
    const result = await services.importBackup(step.file);
    if (isOk(result)) {
      this._step = { kind: 'done', counts: result.value };
      this.dispatchEvent(new WorkspaceReplacedEvent(result.value));
    } else {
      this._step = { kind: 'failed', name: step.name, error: result.error };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#close')?.focus();
  }

  #exportFirst(): void {
    this.dispatchEvent(new CustomEvent('apx-export-backup', { bubbles: true, composed: true }));
  }

  /** Escape does not abandon an import half-way: the dialog stays until it is done. */
  #onCancel(event: Event): void {
    if (this._step?.kind === 'importing') event.preventDefault();
  }

  #onClose(): void {
    this.#focus.restore();
  }
}

customElements.define('apx-import-backup-dialog', ImportBackupDialog);

declare global {
  interface HTMLElementTagNameMap {
    'apx-import-backup-dialog': ImportBackupDialog;
  }
  interface HTMLElementEventMap {
    'apx-export-backup': Event;
  }
}
