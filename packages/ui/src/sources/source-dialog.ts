import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { SOURCE_CATEGORIES, sourceLabel, type Source } from '@apparatus/core';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn } from '../annotate/focus-return.ts';
import {
  EMPTY_SOURCE_FORM,
  chooseVia,
  formValuesOf,
  sourceFromForm,
  viaSuggestions,
  type SourceFormErrors,
  type SourceFormValues,
} from './source-form.ts';

/** What "Save source" sends: the record to write (new, or the edited one with the same id). */
export interface SourceSaveDetail {
  readonly source: Source;
  /** True when the dialog was opened with "Add source". */
  readonly added: boolean;
}

/** The textboxes of the dialog: form field, accessible name, and an optional hint. */
const TEXT_FIELDS: readonly { key: keyof SourceFormValues; label: string; hint?: string }[] = [
  { key: 'author', label: 'Author', hint: 'Family, Given — several separated by “;”' },
  { key: 'title', label: 'Title' },
  { key: 'year', label: 'Year' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'url', label: 'URL' },
];

const CRITICISM_FIELDS: readonly { key: keyof SourceFormValues; label: string; hint?: string }[] = [
  { key: 'composed', label: 'Composed', hint: 'When it was written, e.g. “February 1922”' },
  { key: 'perspective', label: 'Perspective' },
  { key: 'reliability', label: 'Reliability note' },
];

/**
 * `apx-source-dialog` — the modal dialog "Add source" / "Edit source": textboxes "Author",
 * "Title", "Year", "Publisher", "URL", the combobox "Category", the textbox "Known via" (with the
 * names of matching sources offered as buttons beneath it) and the source-criticism notes, and the button
 * "Save source" (ARCHITECTURE.md). Year and URL are checked inline, "Known via" must name an
 * existing source. Focus goes into the first field; Escape or Cancel closes; focus returns to the
 * control that opened it.
 *
 * The dialog only builds the record; the host writes it.
 *
 * @fires apx-source-save - {@link SourceSaveDetail}, when the form is valid and saved
 * @fires apx-dialog-cancel - when the dialog closes without saving
 * @csspart dialog - the `<dialog>` element
 */
export class SourceDialog extends LitElement {
  static override properties = {
    sources: { attribute: false },
    _editing: { state: true },
    _values: { state: true },
    _errors: { state: true },
  };

  static override styles = [
    focusAndMotion,
    dialogStyles,
    css`
      .columns {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 var(--apx-space-3);
      }
      .wide {
        grid-column: 1 / -1;
      }
      .suggestions {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--apx-space-1);
      }
      .suggestions button {
        font-size: 0.8rem;
        padding: 0 var(--apx-space-2);
      }
      fieldset .field:last-child {
        margin-bottom: 0;
      }
    `,
  ];

  /** Every source, for the "Known via" choices and to check the name typed there. */
  declare sources: readonly Source[];
  declare _editing: Source | undefined;
  declare _values: SourceFormValues;
  declare _errors: SourceFormErrors;

  readonly #focus = new FocusReturn();
  #saved = false;
  #labelsFor: readonly Source[] | undefined;
  #labels: string[] = [];

  constructor() {
    super();
    this.sources = [];
    this._editing = undefined;
    this._values = EMPTY_SOURCE_FORM;
    this._errors = {};
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.#dialog?.open ?? false;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /**
   * Opens the dialog: empty for a new source, or filled from `source` to edit it. Focus returns to
   * `returnFocusTo` on close, or to whatever had focus when it opened.
   */
  async show(source?: Source, returnFocusTo?: HTMLElement | null): Promise<void> {
    this.#focus.remember(returnFocusTo);
    this._editing = source;
    this._values = source === undefined ? EMPTY_SOURCE_FORM : formValuesOf(source, this.sources);
    this._errors = {};
    this.#saved = false;
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('#author')?.focus();
  }

  /** Closes the dialog as if cancelled. */
  close(): void {
    this.#dialog?.close();
  }

  protected override render(): TemplateResult {
    const heading = this._editing === undefined ? 'Add source' : 'Edit source';
    const others = this.sources.filter((s) => s.id !== this._editing?.id);
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onClose}>
      <form @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onInput} novalidate>
        <h2 id="dialog-title">${heading}</h2>
        ${this._errors.form === undefined ? nothing : html`<p class="error" role="alert">${this._errors.form}</p>`}
        <div class="columns">
          ${TEXT_FIELDS.map((field) => this.#textField(field.key, field.label, field.hint, field.key === 'title' || field.key === 'author' || field.key === 'url'))}
          <div class="field">
            <label for="category">Category</label>
            <select id="category" name="category" .value=${live(this._values.category)}>
              <option value="" ?selected=${this._values.category === ''}>not set</option>
              ${SOURCE_CATEGORIES.map(
                (category) =>
                  html`<option value=${category} ?selected=${this._values.category === category}>
                    ${category}
                  </option>`,
              )}
            </select>
          </div>
          ${this.#textField(
            'knownVia',
            'Known via',
            'The source through which this one is known; type a few letters of its name',
            false,
            this.#renderSuggestions(others),
          )}
        </div>
        <fieldset>
          <legend>Source criticism</legend>
          ${CRITICISM_FIELDS.map((field) => this.#textField(field.key, field.label, field.hint, false))}
        </fieldset>
        <div class="actions">
          <button type="button" @click=${() => this.close()}>Cancel</button>
          <button type="submit" class="primary">Save source</button>
        </div>
      </form>
    </dialog>`;
  }

  #textField(
    key: keyof SourceFormValues,
    label: string,
    hint: string | undefined,
    wide: boolean,
    after: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const error = (this._errors as Partial<Record<string, string>>)[key];
    const describedBy = [
      error === undefined ? '' : `${key}-error`,
      hint === undefined ? '' : `${key}-hint`,
    ]
      .filter((id) => id !== '')
      .join(' ');
    return html`<div class="field ${wide ? 'wide' : ''}">
      <label for=${key}>${label}</label>
      <input
        id=${key}
        name=${key}
        autocomplete="off"
        inputmode=${ifDefined(key === 'year' ? 'numeric' : key === 'url' ? 'url' : undefined)}
        .value=${live(this._values[key])}
        aria-invalid=${error === undefined ? 'false' : 'true'}
        aria-describedby=${ifDefined(describedBy === '' ? undefined : describedBy)}
      />
      ${hint === undefined ? nothing : html`<p id="${key}-hint" class="hint">${hint}</p>`}
      ${error === undefined ? nothing : html`<p id="${key}-error" class="error">${error}</p>`}
      ${after}
    </div>`;
  }

  /** Buttons naming the sources that match what is typed in "Known via". */
  #renderSuggestions(others: readonly Source[]): TemplateResult | typeof nothing {
    if (this.#labelsFor !== others) {
      this.#labelsFor = others;
      this.#labels = others.map(sourceLabel);
    }
    const matches = viaSuggestions(this._values.knownVia, this.#labels);
    if (matches.length === 0) return nothing;
    return html`<ul class="suggestions" aria-label="Matching sources">
      ${matches.map(
        (label) =>
          html`<li>
            <button type="button" @click=${() => this.#chooseVia(label)}>${label}</button>
          </li>`,
      )}
    </ul>`;
  }

  #chooseVia(label: string): void {
    this._values = { ...this._values, knownVia: chooseVia(this._values.knownVia, label) };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#knownVia')?.focus(),
    );
  }

  #onInput(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const key = target.name as keyof SourceFormValues;
    if (!(key in this._values)) return;
    this._values = { ...this._values, [key]: target.value };
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const result = sourceFromForm(this.#readForm(), this.sources, this._editing);
    if ('errors' in result) {
      this._errors = result.errors;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    this.#saved = true;
    const detail: SourceSaveDetail = { source: result.source, added: this._editing === undefined };
    this.dispatchEvent(
      new CustomEvent('apx-source-save', { detail, bubbles: true, composed: true }),
    );
    this.#dialog?.close();
  }

  /** The form as it stands in the DOM (the state may lag a keystroke behind an IME). */
  #readForm(): SourceFormValues {
    const read = (key: keyof SourceFormValues): string =>
      this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${key}"]`)
        ?.value ?? this._values[key];
    const keys = Object.keys(EMPTY_SOURCE_FORM) as (keyof SourceFormValues)[];
    return Object.fromEntries(keys.map((key) => [key, read(key)])) as unknown as SourceFormValues;
  }

  #onClose(): void {
    if (!this.#saved)
      this.dispatchEvent(new CustomEvent('apx-dialog-cancel', { bubbles: true, composed: true }));
    this.#focus.restore();
  }
}

customElements.define('apx-source-dialog', SourceDialog);

declare global {
  interface HTMLElementTagNameMap {
    'apx-source-dialog': SourceDialog;
  }
  interface HTMLElementEventMap {
    'apx-source-save': CustomEvent<SourceSaveDetail>;
  }
}
