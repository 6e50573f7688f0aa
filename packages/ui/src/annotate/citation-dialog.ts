import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STANCES, newCitation, newInlineSource } from '@apparatus/core';
import type { Citation, CitationField, Source } from '@apparatus/core';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn, type FocusTarget } from './focus-return.ts';
import { sourceOptions, type SourceOption } from '../claims/labels.ts';

/** The `<option>` value that asks for a new source inside the dialog. */
export const NEW_SOURCE = '__new__';

/**
 * What "Attach" sends: the citation, and the source to store first when the reader made one in
 * the dialog (the host writes both; `putSource` then `putCitation`).
 */
export interface AttachCitationDetail {
  readonly citation: Citation;
  readonly newSource?: Source;
}

/**
 * `apx-citation-dialog` — the modal dialog "Attach citation": a "Source" combobox (a native
 * `<select>` of the workspace's sources, plus "New source…" which shows "Author" and "Title"
 * fields), "Locator", "Quote", a "Stance" combobox, "Value in the source", and "Attach".
 * Everything is validated by core's `newCitation`/`newInlineSource`, whose messages appear beside
 * the field they concern. Enter submits, Escape cancels, focus returns where it came from.
 *
 * @fires apx-citation-attach - {@link AttachCitationDetail}, when the reader attaches
 * @fires apx-dialog-cancel - when the dialog closes without attaching
 * @csspart dialog - the `<dialog>` element
 */
export class CitationDialog extends LitElement {
  static override properties = {
    sources: { attribute: false },
    claimId: { attribute: 'claim-id' },
    claimText: { attribute: 'claim-text' },
    _choice: { state: true },
    _errors: { state: true },
  };

  static override styles = [focusAndMotion, dialogStyles];

  /** The workspace's sources, offered in "Source". */
  declare sources: readonly Source[];
  /** The claim the citation is for; the host sets it before {@link show}. */
  declare claimId: string;
  /** The claim's words, shown as a reminder. */
  declare claimText: string;
  declare _choice: string;
  declare _errors: Partial<Record<CitationField, string>>;

  readonly #focus = new FocusReturn();
  #submitted = false;
  /** The sources by label, derived when they change. */
  #options: readonly SourceOption[] = [];

  constructor() {
    super();
    this.sources = [];
    this.claimId = '';
    this.claimText = '';
    this._choice = '';
    this._errors = {};
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  /**
   * Opens the dialog modally with empty fields (the first source chosen when there is only
   * one, "New source…" when there is none) and focus on "Source".
   */
  async show(returnFocusTo?: FocusTarget | null): Promise<void> {
    this.#focus.remember(returnFocusTo);
    this.#submitted = false;
    this._errors = {};
    this._choice =
      this.sources.length === 0
        ? NEW_SOURCE
        : this.sources.length === 1
          ? (this.sources[0]?.id ?? '')
          : '';
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    this.renderRoot.querySelector('form')?.reset();
    this.#select('source').value = this._choice;
    this.#select('stance').value = 'supports';
    await this.updateComplete;
    dialog.showModal();
    this.#select('source').focus();
  }

  /** Closes the dialog as if cancelled. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #select(id: string): HTMLSelectElement {
    return this.renderRoot.querySelector(`#${id}`) as HTMLSelectElement;
  }

  #text(id: string): string {
    return (this.renderRoot.querySelector(`#${id}`) as HTMLInputElement | null)?.value ?? '';
  }

  /** Attributes that tie a field to its error message. */
  #invalid(field: CitationField): { invalid: 'true' | 'false'; describedBy: string | undefined } {
    const error = this._errors[field];
    return { invalid: error ? 'true' : 'false', describedBy: error ? `${field}-error` : undefined };
  }

  #error(field: CitationField): TemplateResult | typeof nothing {
    const error = this._errors[field];
    return error ? html`<p id="${field}-error" class="error">${error}</p>` : nothing;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sources')) this.#options = sourceOptions(this.sources);
  }

  protected override render(): TemplateResult {
    const source = this.#invalid('source');
    const author = this.#invalid('author');
    const stance = this.#invalid('stance');
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose}>
      <form @submit=${this.#onSubmit} novalidate>
        <h2 id="title">Attach citation</h2>
        ${this.claimText === '' ? nothing : html`<p class="claim">“${this.claimText}”</p>`}
        <div class="field">
          <label for="source">Source</label>
          <select
            id="source"
            aria-invalid=${source.invalid}
            aria-describedby=${ifDefined(source.describedBy)}
            @change=${(e: Event) => (this._choice = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${this._choice === ''}>Choose a source…</option>
            ${this.#options.map(
              (s) =>
                html`<option value=${s.id} ?selected=${this._choice === s.id}>${s.label}</option>`,
            )}
            <option value=${NEW_SOURCE} ?selected=${this._choice === NEW_SOURCE}>
              New source…
            </option>
          </select>
          ${this.#error('source')}
        </div>
        ${
          this._choice === NEW_SOURCE
            ? html`<fieldset>
                <legend>New source</legend>
                <p class="hint" id="new-hint">
                  An author or a title is enough; complete the record under Sources.
                </p>
                <div class="field">
                  <label for="author">Author</label>
                  <input
                    id="author"
                    autocomplete="off"
                    placeholder="Kutay, Cemal"
                    aria-invalid=${author.invalid}
                    aria-describedby=${author.describedBy ?? 'new-hint'}
                  />
                  ${this.#error('author')}
                </div>
                <div class="field">
                  <label for="source-title">Title</label>
                  <input id="source-title" autocomplete="off" aria-describedby="new-hint" />
                </div>
              </fieldset>`
            : nothing
        }
        <div class="field">
          <label for="locator">Locator</label>
          <input id="locator" autocomplete="off" placeholder="p. 212, ch. 3, fol. 12r" />
        </div>
        <div class="field">
          <label for="quote">Quote</label>
          <input id="quote" autocomplete="off" />
        </div>
        <div class="field">
          <label for="stance">Stance</label>
          <select
            id="stance"
            aria-invalid=${stance.invalid}
            aria-describedby=${ifDefined(stance.describedBy)}
          >
            ${STANCES.map((s) => html`<option value=${s}>${s}</option>`)}
          </select>
          ${this.#error('stance')}
        </div>
        <div class="field">
          <label for="value">Value in the source</label>
          <input id="value" autocomplete="off" placeholder="7,000" />
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.close()}>Cancel</button>
          <button type="submit" class="primary">Attach</button>
        </div>
      </form>
    </dialog>`;
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const now = new Date().toISOString();
    let newSource: Source | undefined;
    let sourceId = this.#select('source').value;
    if (sourceId === NEW_SOURCE) {
      const made = newInlineSource({
        author: this.#text('author'),
        title: this.#text('source-title'),
        now,
      });
      if (!('value' in made)) return this.#fail(made.field, made.error);
      newSource = made.value;
      sourceId = made.value.id;
    }
    const checked = newCitation({
      claimId: this.claimId,
      sourceId,
      locator: this.#text('locator'),
      quote: this.#text('quote'),
      stance: this.#select('stance').value,
      value: this.#text('value'),
      now,
    });
    if (!('value' in checked)) return this.#fail(checked.field, checked.error);
    this.#submitted = true;
    const detail: AttachCitationDetail = newSource
      ? { citation: checked.value, newSource }
      : { citation: checked.value };
    this.dispatchEvent(
      new CustomEvent('apx-citation-attach', { detail, bubbles: true, composed: true }),
    );
    this.close();
  }

  async #fail(field: CitationField, error: string): Promise<void> {
    this._errors = { [field]: error };
    await this.updateComplete;
    const id = field === 'title' ? 'source-title' : field;
    (this.renderRoot.querySelector(`#${id}`) as HTMLElement | null)?.focus();
  }

  #onClose(): void {
    if (!this.#submitted) {
      this.dispatchEvent(new CustomEvent('apx-dialog-cancel', { bubbles: true, composed: true }));
    }
    this.#focus.restore();
  }
}

customElements.define('apx-citation-dialog', CitationDialog);

declare global {
  interface HTMLElementTagNameMap {
    'apx-citation-dialog': CitationDialog;
  }
  interface HTMLElementEventMap {
    'apx-citation-attach': CustomEvent<AttachCitationDetail>;
  }
}
