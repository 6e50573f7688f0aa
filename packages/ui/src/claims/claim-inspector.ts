import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  clearClaimStatus,
  refuteClaim,
  setClaimSubject,
  setClaimValue,
  subjectForLabel,
} from '@apparatus/core';
import type { Citation, Claim, Conflict, Source, Subject } from '@apparatus/core';
import { ReferenceCache } from '../sources/reference-cache.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import { renderCitations } from './citation-items.ts';
import type { ClaimSelectDetail } from './claim-list.ts';
import { inspectorStyles } from './inspector-styles.ts';
import { KIND_LABELS, statusWord, subjectsByLabel } from './labels.ts';
import { valueReading } from './value-text.ts';

/**
 * What a change in the inspector sends: the claim as it should now be stored, and a subject to
 * store first when the reader created one. The host writes them (one transaction each action).
 */
export interface ClaimChangeDetail {
  readonly claim: Claim;
  readonly newSubject?: Subject;
}

/** What "Remove claim" sends; the host removes the mark and the row (and may ask first). */
export interface ClaimRemoveDetail {
  readonly id: string;
}

/** The subject `<select>` value that asks for a new subject. */
const NEW_SUBJECT = '__new__';

/**
 * `apx-claim-inspector` — shown beside the text when a claim is selected: its quoted words with
 * their context, kind, the normalised value (an editable field, re-read through the values layer
 * as the reader types, with the reading or the error shown inline), subject (pick or create),
 * status with reason and date, "Refute claim" and "Remove claim", its citations (formatted
 * reference, locator, stance, the source's own words, the value as the source gives it) and the
 * conflicts it takes part in, whose other claims are buttons that select them.
 *
 * It writes nothing: every change is an event with the claim as it should be stored.
 *
 * @fires apx-claim-change - {@link ClaimChangeDetail}: value, subject or status changed
 * @fires apx-claim-remove - {@link ClaimRemoveDetail}: the reader asked to remove the claim
 * @fires apx-claim-select - {@link ClaimSelectDetail}: go to another claim of a conflict
 * @csspart inspector - the region
 */
export class ClaimInspector extends LitElement {
  static override properties = {
    claim: { attribute: false },
    claims: { attribute: false },
    subjects: { attribute: false },
    citations: { attribute: false },
    sources: { attribute: false },
    conflicts: { attribute: false },
    year: { type: Number },
    _valueText: { state: true },
    _preview: { state: true },
    _subjectChoice: { state: true },
    _subjectError: { state: true },
    _refuting: { state: true },
    _refuteError: { state: true },
  };

  static override styles = [focusAndMotion, inspectorStyles];

  /** The selected claim, or null (the inspector then says how to select one). */
  declare claim: Claim | null;
  /** The account's claims, to name the other claims of a conflict. */
  declare claims: readonly Claim[];
  declare subjects: readonly Subject[];
  /** Citations; those of other claims are ignored. */
  declare citations: readonly Citation[];
  declare sources: readonly Source[];
  /** Conflicts of the account; those without this claim are ignored. */
  declare conflicts: readonly Conflict[];
  /** The article's year, so a typed "14 February" gets one. */
  declare year: number | undefined;
  declare _valueText: string;
  declare _preview: Claim | null;
  declare _subjectChoice: string;
  declare _subjectError: string;
  declare _refuting: boolean;
  declare _refuteError: string;

  /** Formatted references, once per source version: citeproc is not run on every render. */
  readonly #references = new ReferenceCache(this);
  /**
   * Derived from the inputs when they change, not on every render: the inspector re-renders on
   * each keystroke in the value field, and an account may hold 10,000 claims.
   */
  #sortedSubjects: readonly Subject[] = [];
  #claimById = new Map<string, Claim>();

  constructor() {
    super();
    this.claim = null;
    this.claims = [];
    this.subjects = [];
    this.citations = [];
    this.sources = [];
    this.conflicts = [];
    this.year = undefined;
    this._valueText = '';
    this._preview = null;
    this._subjectChoice = '';
    this._subjectError = '';
    this._refuting = false;
    this._refuteError = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('claim') as Claim | null | undefined;
    if (changed.has('claim') && previous?.id !== this.claim?.id) {
      this._valueText = this.claim?.quote.exact ?? '';
      this._preview = null;
      this._refuting = false;
      this._refuteError = '';
      this._subjectError = '';
    }
    if (changed.has('claim')) this._subjectChoice = this.claim?.subjectId ?? '';
    if (changed.has('subjects')) this.#sortedSubjects = subjectsByLabel(this.subjects);
    if (changed.has('claims')) this.#claimById = new Map(this.claims.map((c) => [c.id, c]));
  }

  protected override updated(): void {
    // A select follows its options' `selected` attributes only until the reader touches it;
    // after that (or in DOMs that apply them late) its value is set outright.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#subject');
    if (select && select.value !== this._subjectChoice) select.value = this._subjectChoice;
  }

  protected override render(): TemplateResult {
    const claim = this.claim;
    if (claim === null) {
      return html`<section part="inspector" aria-label="Claim">
        <p class="empty">Select a claim in the text or in the Claims list to see it here.</p>
      </section>`;
    }
    return html`<section part="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Claim</h2>
      <blockquote class="quote">
        <span class="context">…${claim.quote.prefix}</span><mark>${claim.quote.exact}</mark
        ><span class="context">${claim.quote.suffix}…</span>
      </blockquote>
      <dl class="facts">
        <dt>Kind</dt>
        <dd>${KIND_LABELS[claim.kind]}</dd>
        ${
          claim.field === undefined
            ? nothing
            : html`<dt>Infobox field</dt>
                <dd>${claim.field}</dd>`
        }
        <dt>Found by</dt>
        <dd>${claim.origin === 'detected' ? 'the tool' : 'a reader'}</dd>
        ${
          claim.detached
            ? html`<dt>Place</dt>
                <dd>detached: its words were deleted</dd>`
            : nothing
        }
      </dl>
      ${this.#renderValue(claim)} ${this.#renderSubject(claim)} ${this.#renderStatus(claim)}
      ${renderCitations(claim, this.citations, this.sources, this.#references)}
      ${this.#renderConflicts(claim)}
    </section>`;
  }

  #renderValue(claim: Claim): TemplateResult {
    const shown = this._preview ?? claim;
    const error = shown.value === null ? (shown.valueError ?? 'No value could be read.') : '';
    return html`<div class="field">
      <label for="value">Value</label>
      <input
        id="value"
        autocomplete="off"
        .value=${this._valueText}
        aria-invalid=${error === '' ? 'false' : 'true'}
        aria-describedby="value-reading"
        @input=${this.#onValueInput}
        @change=${this.#onValueChange}
      />
      ${
        error === ''
          ? html`<p id="value-reading" class="reading">
              Reads as ${shown.value ? valueReading(shown.value) : ''}
            </p>`
          : html`<p id="value-reading" class="error">${error}</p>`
      }
    </div>`;
  }

  #renderSubject(claim: Claim): TemplateResult {
    const subjects = this.#sortedSubjects;
    const invalid = this._subjectError !== '';
    return html`<div class="field">
      <label for="subject">Subject</label>
      <select id="subject" @change=${this.#onSubjectChange}>
        <option value="" ?selected=${this._subjectChoice === ''}>no subject</option>
        ${subjects.map((s) => html`<option value=${s.id} ?selected=${this._subjectChoice === s.id}>${s.label}</option>`)}
        <option value=${NEW_SUBJECT} ?selected=${this._subjectChoice === NEW_SUBJECT}>
          New subject…
        </option>
      </select>
      ${
        this._subjectChoice === NEW_SUBJECT
          ? html`<div class="inline">
              <label for="new-subject">New subject</label>
              <input
                id="new-subject"
                autocomplete="off"
                placeholder="casualties · Basmachi"
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${ifDefined(invalid ? 'subject-error' : undefined)}
                @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.#createSubject(claim)}
              />
              <button type="button" @click=${() => this.#createSubject(claim)}>
                Create subject
              </button>
            </div>`
          : nothing
      }
      ${invalid ? html`<p id="subject-error" class="error">${this._subjectError}</p>` : nothing}
    </div>`;
  }

  #renderStatus(claim: Claim): TemplateResult {
    const when = claim.statusChangedAt === null ? '' : claim.statusChangedAt.slice(0, 10);
    return html`<div class="status-block">
      <p>
        <span class="status" data-status=${claim.status}>${statusWord(claim.status)}</span>
        ${when === '' ? nothing : html`<span class="when">since <time datetime=${claim.statusChangedAt ?? ''}>${when}</time></span>`}
      </p>
      ${claim.statusReason === '' ? nothing : html`<p class="reason">${claim.statusReason}</p>`}
      ${this._refuting ? this.#renderRefute(claim) : nothing}
      <div class="actions">
        ${
          claim.status === 'refuted' || this._refuting
            ? nothing
            : html`<button type="button" @click=${this.#startRefute}>Refute claim</button>`
        }
        ${
          claim.status === 'unreviewed'
            ? nothing
            : html`<button
                type="button"
                @click=${() => this.#change({ claim: clearClaimStatus(claim, now()) })}
              >
                Mark as unreviewed
              </button>`
        }
        <button type="button" class="danger" @click=${() => this.#remove(claim)}>
          Remove claim
        </button>
      </div>
    </div>`;
  }

  #renderRefute(claim: Claim): TemplateResult {
    const invalid = this._refuteError !== '';
    return html`<form
      class="inline"
      @submit=${(e: SubmitEvent) => this.#refute(e, claim)}
      novalidate
    >
      <label for="refute-reason">Why it is refuted</label>
      <input
        id="refute-reason"
        autocomplete="off"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(invalid ? 'refute-error' : undefined)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#cancelRefute()}
      />
      <button type="submit">Refute</button>
      <button type="button" @click=${this.#cancelRefute}>Cancel</button>
      ${invalid ? html`<p id="refute-error" class="error">${this._refuteError}</p>` : nothing}
    </form>`;
  }

  #renderConflicts(claim: Claim): TemplateResult | typeof nothing {
    const mine = this.conflicts.filter((c) => c.claims.includes(claim.id));
    if (mine.length === 0) return nothing;
    const byId = this.#claimById;
    return html`<section class="conflicts" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">Conflicts</h3>
      <ul>
        ${mine.map(
          (conflict) =>
            html`<li>
              <p>${conflict.reason}</p>
              ${conflict.claims
                .filter((id) => id !== claim.id)
                .map((id) => {
                  const other = byId.get(id);
                  return html`<button type="button" class="link" @click=${() => this.#select(id)}>
                    Go to “${other?.quote.exact ?? 'another claim'}”
                  </button>`;
                })}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #onValueInput(event: Event): void {
    const claim = this.claim;
    if (!claim) return;
    this._valueText = (event.target as HTMLInputElement).value;
    this._preview = setClaimValue(claim, this._valueText, now(), this.#context());
  }

  #onValueChange(): void {
    const preview = this._preview;
    // An unreadable value is shown, not stored: the claim keeps its last good reading.
    if (preview === null || preview.value === null) return;
    this._preview = null;
    this.#change({ claim: preview });
  }

  #context(): { year: number } | undefined {
    return this.year === undefined ? undefined : { year: this.year };
  }

  #onSubjectChange(event: Event): void {
    const claim = this.claim;
    if (!claim) return;
    const choice = (event.target as HTMLSelectElement).value;
    this._subjectChoice = choice;
    this._subjectError = '';
    if (choice === NEW_SUBJECT) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#new-subject')?.focus(),
      );
      return;
    }
    this.#change({ claim: setClaimSubject(claim, choice === '' ? null : choice, now()) });
  }

  #createSubject(claim: Claim): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#new-subject');
    const found = subjectForLabel(input?.value ?? '', this.subjects, now());
    if (!('value' in found)) {
      this._subjectError = found.error;
      return;
    }
    const { subject, created } = found.value;
    const placed = setClaimSubject(claim, subject.id, now());
    this._subjectChoice = subject.id;
    this.#change(created ? { claim: placed, newSubject: subject } : { claim: placed });
  }

  async #startRefute(): Promise<void> {
    this._refuting = true;
    this._refuteError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#refute-reason')?.focus();
  }

  #cancelRefute(): void {
    this._refuting = false;
    this._refuteError = '';
  }

  #refute(event: SubmitEvent, claim: Claim): void {
    event.preventDefault();
    const reason = this.renderRoot.querySelector<HTMLInputElement>('#refute-reason')?.value ?? '';
    const result = refuteClaim(claim, reason, now());
    if (!('value' in result)) {
      this._refuteError = result.error;
      return;
    }
    this._refuting = false;
    this.#change({ claim: result.value });
  }

  #change(detail: ClaimChangeDetail): void {
    this.dispatchEvent(
      new CustomEvent('apx-claim-change', { detail, bubbles: true, composed: true }),
    );
  }

  #remove(claim: Claim): void {
    const detail: ClaimRemoveDetail = { id: claim.id };
    this.dispatchEvent(
      new CustomEvent('apx-claim-remove', { detail, bubbles: true, composed: true }),
    );
  }

  #select(id: string): void {
    const detail: ClaimSelectDetail = { id };
    this.dispatchEvent(
      new CustomEvent('apx-claim-select', { detail, bubbles: true, composed: true }),
    );
  }
}

function now(): string {
  return new Date().toISOString();
}

customElements.define('apx-claim-inspector', ClaimInspector);

declare global {
  interface HTMLElementTagNameMap {
    'apx-claim-inspector': ClaimInspector;
  }
  interface HTMLElementEventMap {
    'apx-claim-change': CustomEvent<ClaimChangeDetail>;
    'apx-claim-remove': CustomEvent<ClaimRemoveDetail>;
  }
}
