import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextConsumer } from '@lit/context';
import {
  sourceLabel,
  type Account,
  type Source,
  type Subject,
  type WorkspacePort,
} from '@apparatus/core';
import { decodeText } from '@apparatus/formats';
import { workspaceContext } from '../context.ts';
import { failureMessage } from '../autosave.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn } from '../annotate/focus-return.ts';
import { planImport, type ImportField, type ImportLink } from './import-plan.ts';
import { detectTextFormat, TEXT_FORMAT_NAMES } from './text-format.ts';

/** What `apx-account-imported` carries: the new account's id. */
export interface ImportedDetail {
  readonly accountId: string;
}

type Problems = Partial<Record<ImportField | 'file' | 'save', string>>;

/**
 * `apx-import-dialog` — the modal dialog "Import account": a "Title" textbox, a multi-line "Text"
 * textbox or a file (decoded with `decodeText`, which refuses binary, non-UTF-8 and oversized
 * files with a sentence), what the text is (the account of a source, or a revision of another
 * account), and "Import". Claims are detected in the new account and written with it in one
 * transaction. A problem is shown beside the field it concerns and nothing the reader typed is
 * cleared: the dialog stays open until the account is stored.
 *
 * @fires apx-account-imported - {@link ImportedDetail}, after the account was committed
 * @csspart dialog - the `<dialog>` element
 */
export class ImportDialog extends LitElement {
  static override properties = {
    _problems: { state: true },
    _sources: { state: true },
    _accounts: { state: true },
    _format: { state: true },
    _busy: { state: true },
  };

  static override styles = [
    focusAndMotion,
    dialogStyles,
    css`
      dialog {
        width: min(44rem, calc(100vw - 2rem));
      }
      textarea {
        min-height: 12rem;
        resize: vertical;
        font-family: var(--apx-font-mono);
        font-size: 0.8rem;
      }
      .links {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: var(--apx-space-3);
      }
      .saving {
        color: var(--apx-ink-muted);
        margin: 0;
        align-self: center;
      }
    `,
  ];

  declare _problems: Problems;
  declare _sources: readonly Source[];
  declare _accounts: readonly Account[];
  declare _format: string;
  declare _busy: boolean;

  #port: WorkspacePort | undefined;
  readonly #focus = new FocusReturn();

  constructor() {
    super();
    this._problems = {};
    this._sources = [];
    this._accounts = [];
    this._format = '';
    this._busy = false;
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (port) => {
        this.#port = port;
      },
    });
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.#dialog?.open ?? false;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #field<T extends HTMLElement>(id: string): T | null {
    return this.renderRoot.querySelector<T>(`#${id}`);
  }

  /**
   * Opens the dialog with focus in the title; what was typed last time stays (a reader who closed
   * it by mistake loses nothing). The lists of sources and accounts are read afresh.
   */
  async show(returnFocusTo?: HTMLElement | null): Promise<void> {
    this.#focus.remember(returnFocusTo);
    this._problems = {};
    const port = this.#port;
    if (port) {
      try {
        [this._sources, this._accounts] = await Promise.all([
          port.listSources(),
          port.listAccounts(),
        ]);
      } catch {
        // The lists only offer links; an import without them is still possible.
      }
    }
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.#field<HTMLInputElement>('title')?.focus();
  }

  /** Closes the dialog as if cancelled (what was typed stays for next time). */
  close(): void {
    this.#dialog?.close();
  }

  protected override render(): TemplateResult {
    const p = this._problems;
    const described = (id: ImportField | 'file'): string | undefined =>
      p[id] === undefined ? undefined : `${id}-error`;
    return html`<dialog part="dialog" aria-labelledby="import-title" @close=${this.#onClose}>
      <form @submit=${this.#onSubmit} novalidate>
        <h2 id="import-title">Import account</h2>
        <div class="field">
          <label for="title">Title</label>
          <input
            id="title"
            name="title"
            autocomplete="off"
            aria-invalid=${p.title ? 'true' : 'false'}
            aria-describedby=${ifDefined(described('title'))}
          />
          ${p.title ? html`<p id="title-error" class="error">${p.title}</p>` : nothing}
        </div>
        <div class="field">
          <label for="text">Text</label>
          <textarea
            id="text"
            name="text"
            spellcheck="false"
            aria-invalid=${p.text ? 'true' : 'false'}
            aria-describedby=${described('text') ?? 'format'}
            @change=${this.#onTextChange}
          ></textarea>
          ${p.text ? html`<p id="text-error" class="error">${p.text}</p>` : nothing}
          <p id="format" class="hint">
            ${
              this._format === ''
                ? 'The article format: a “= Title =” line, “- Key: Value” infobox lines, “== Section ==” headings, paragraphs. Without a title line the Title above is used.'
                : `Recognised: ${this._format}.`
            }
          </p>
        </div>
        <div class="field">
          <label for="file">Or choose a file</label>
          <input
            id="file"
            type="file"
            accept=".txt,text/plain"
            aria-invalid=${p.file ? 'true' : 'false'}
            aria-describedby=${ifDefined(described('file'))}
            @change=${this.#onFile}
          />
          ${p.file ? html`<p id="file-error" class="error" role="alert">${p.file}</p>` : nothing}
        </div>
        <div class="links">
          <div class="field">
            <label for="source">This text is the account of</label>
            <select id="source" @change=${() => this.#clearOther('revision')}>
              <option value="">— no source —</option>
              ${this._sources.map((s) => html`<option value=${s.id}>${sourceLabel(s)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="revision">Revision of</label>
            <select id="revision" @change=${() => this.#clearOther('source')}>
              <option value="">— not a revision —</option>
              ${this._accounts.map((a) => html`<option value=${a.id}>${a.title}</option>`)}
            </select>
          </div>
        </div>
        ${p.save ? html`<p class="error" role="alert">${p.save}</p>` : nothing}
        <div class="actions">
          ${this._busy ? html`<p class="saving" role="status">Detecting claims…</p>` : nothing}
          <button type="button" @click=${() => this.close()}>Cancel</button>
          <button type="submit" class="primary" ?disabled=${this._busy}>Import</button>
        </div>
      </form>
    </dialog>`;
  }

  #clearOther(which: 'source' | 'revision'): void {
    const other = this.#field<HTMLSelectElement>(which);
    if (other) other.value = '';
  }

  #onTextChange(): void {
    const text = this.#field<HTMLTextAreaElement>('text')?.value ?? '';
    this._format = text.trim() === '' ? '' : TEXT_FORMAT_NAMES[detectTextFormat(text)];
  }

  async #onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), `“${file.name}”`);
    if ('error' in decoded) {
      this._problems = { ...this._problems, file: decoded.error };
      return;
    }
    const { file: _dropped, text: _old, ...rest } = this._problems;
    this._problems = rest;
    const text = this.#field<HTMLTextAreaElement>('text');
    if (text) text.value = decoded.value;
    const title = this.#field<HTMLInputElement>('title');
    if (title && title.value.trim() === '' && detectTextFormat(decoded.value) === 'untitled') {
      title.value = file.name.replace(/\.[^.]+$/, '');
    }
    this.#onTextChange();
  }

  #link(): ImportLink {
    const source = this.#field<HTMLSelectElement>('source')?.value ?? '';
    const revision = this.#field<HTMLSelectElement>('revision')?.value ?? '';
    if (source !== '') return { kind: 'source', sourceId: source };
    if (revision !== '') return { kind: 'revision', accountId: revision };
    return { kind: 'none' };
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const port = this.#port;
    if (this._busy || !port) return;
    const draft = {
      title: this.#field<HTMLInputElement>('title')?.value ?? '',
      text: this.#field<HTMLTextAreaElement>('text')?.value ?? '',
      link: this.#link(),
    };
    this._problems = {};
    this._busy = true;
    try {
      let subjects: Subject[];
      try {
        subjects = await port.listSubjects();
      } catch (reason) {
        this._problems = { save: failureMessage(reason) };
        return;
      }
      // Let "Detecting claims…" paint before the engine runs on the main thread.
      await this.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      const plan = planImport(draft, subjects, new Date().toISOString());
      if ('error' in plan) {
        this._problems = { [plan.error.field]: plan.error.message };
        await this.updateComplete;
        this.#field<HTMLElement>(plan.error.field)?.focus();
        return;
      }
      try {
        await port.putAccountWithClaims(plan.value);
      } catch (reason) {
        this._problems = { save: `The account was not imported. ${failureMessage(reason)}` };
        return;
      }
      this.#reset();
      this.#dialog?.close();
      const detail: ImportedDetail = { accountId: plan.value.account.id };
      this.dispatchEvent(
        new CustomEvent('apx-account-imported', { detail, bubbles: true, composed: true }),
      );
    } finally {
      this._busy = false;
    }
  }

  /** After a successful import the next one starts from empty fields. */
  #reset(): void {
    this.renderRoot.querySelector('form')?.reset();
    this._format = '';
  }

  #onClose(): void {
    this.#focus.restore();
  }
}

customElements.define('apx-import-dialog', ImportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'apx-import-dialog': ImportDialog;
  }
  interface HTMLElementEventMap {
    'apx-account-imported': CustomEvent<ImportedDetail>;
  }
}
