import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  virtualize,
  virtualizerRef,
  type VirtualizerHostElement,
} from '@lit-labs/virtualizer/virtualize.js';
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  citationCountText,
  citationCounts,
  claimsInTextOrder,
  filterClaims,
} from '@apparatus/core';
import type { Citation, Claim, ClaimFilter, Source, Subject } from '@apparatus/core';
import { focusAndMotion } from '../styles/tokens.ts';
import {
  KIND_LABELS,
  sourceOptions,
  statusWord,
  subjectsByLabel,
  type SourceOption,
} from './labels.ts';
import { panelStyles } from './panel-styles.ts';

/** What selecting a claim sends: the host moves the editor there and opens the inspector. */
export interface ClaimSelectDetail {
  readonly id: string;
}

/** The filter `<select>` value for "claims no subject was found for". */
const UNPLACED = '__unplaced__';

/**
 * `apx-claim-list` — the complementary landmark "Claims" beside the text: every claim of the
 * account in reading order, each with its words, status word and citation count; filters by
 * status, kind, subject and source; and a "Detached" group for claims whose text was deleted,
 * shown with their quote so a reader can review (or undo) the deletion.
 *
 * The list is virtualised with `@lit-labs/virtualizer`, so a book's 10,000 claims cost a screenful
 * of elements. It is one tab stop: ArrowUp/ArrowDown, Home and End move through the claims, and
 * Enter (or a click) selects one.
 *
 * (Registered as `apx-claim-list`, not `apx-claims-panel`, only because the shell's first,
 * unfiltered panel holds that tag until this one replaces it.)
 *
 * Properties down, events up: the host passes the claims, citations, subjects and sources it
 * follows from the store, and moves the editor when a claim is selected.
 *
 * @fires apx-claim-select - {@link ClaimSelectDetail}, when the reader selects a claim
 * @csspart panel - the `<aside>`
 * @csspart list - the list of claims in the text
 * @csspart item - each claim's button
 */
export class ClaimList extends LitElement {
  static override properties = {
    claims: { attribute: false },
    citations: { attribute: false },
    subjects: { attribute: false },
    sources: { attribute: false },
    selectedId: { attribute: 'selected-id' },
    filter: { attribute: false },
    unplaced: { attribute: false },
    _active: { state: true },
  };

  static override styles = [focusAndMotion, panelStyles];

  /** Every claim of the account, attached or detached, in any order. */
  declare claims: readonly Claim[];
  /** The citations of those claims (others are ignored). */
  declare citations: readonly Citation[];
  /** The workspace's subjects, for the subject filter. */
  declare subjects: readonly Subject[];
  /** The workspace's sources, for the source filter. */
  declare sources: readonly Source[];
  /** The claim selected in the editor, highlighted here. */
  declare selectedId: string | null;
  /** The filters in force; the reader changes them through the panel's own controls. */
  declare filter: ClaimFilter;
  /**
   * Claims stored as attached whose words this tab's text does not hold (made in another tab and
   * not found again here): listed with the detached ones, as needing review, not in the text.
   */
  declare unplaced: ReadonlySet<string>;
  /** Index (in the visible list) of the item that is the list's tab stop. */
  declare _active: number;

  #visible: Claim[] = [];
  #detached: Claim[] = [];
  #counts = new Map<string, number>();
  /** The filter menus' subjects and sources, sorted by label once per change, not per render. */
  #subjectOptions: readonly Subject[] = [];
  #sourceOptions: readonly SourceOption[] = [];

  constructor() {
    super();
    this.claims = [];
    this.citations = [];
    this.subjects = [];
    this.sources = [];
    this.selectedId = null;
    this.filter = {};
    this.unplaced = new Set();
    this._active = 0;
  }

  /** The claims listed in the text order, after the filters: what the list shows. */
  get visibleClaims(): readonly Claim[] {
    return this.#visible;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('claims') ||
      changed.has('citations') ||
      changed.has('filter') ||
      changed.has('unplaced')
    ) {
      const passing = filterClaims(this.claims, this.filter, this.citations);
      const unplaced = this.unplaced;
      const placed = unplaced.size === 0 ? passing : passing.filter((c) => !unplaced.has(c.id));
      this.#visible = claimsInTextOrder(placed);
      this.#detached = passing.filter((c) => c.detached || unplaced.has(c.id));
    }
    if (changed.has('citations')) this.#counts = citationCounts(this.citations);
    if (changed.has('subjects')) this.#subjectOptions = subjectsByLabel(this.subjects);
    if (changed.has('sources')) this.#sourceOptions = sourceOptions(this.sources);
    if (changed.has('selectedId') && this.selectedId !== null) {
      const index = this.#visible.findIndex((c) => c.id === this.selectedId);
      if (index >= 0) this._active = index;
    }
    if (this._active >= this.#visible.length) this._active = Math.max(0, this.#visible.length - 1);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('filter')) this.#syncFilterControls();
    if (changed.has('selectedId') && this.selectedId !== null) {
      const index = this.#visible.findIndex((c) => c.id === this.selectedId);
      if (index >= 0) this.#scrollTo(index);
    }
  }

  /** Sets the filter selects to the filter in force, when the host set it from outside. */
  #syncFilterControls(): void {
    const f = this.filter;
    const values: Record<string, string> = {
      'Filter by status': f.status ?? '',
      'Filter by kind': f.kind ?? '',
      'Filter by subject':
        f.subjectId === undefined ? '' : f.subjectId === null ? UNPLACED : f.subjectId,
      'Filter by source': f.sourceId ?? '',
    };
    for (const [label, wanted] of Object.entries(values)) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(
        `select[aria-label="${label}"]`,
      );
      if (select && select.value !== wanted) select.value = wanted;
    }
  }

  /**
   * Scrolls item `index` into view through the virtualizer (which may not have it in the DOM).
   * Before the virtualizer's first layout there is nothing to scroll, and its layout would not
   * exist yet to take the request, so nothing is done: the first layout starts at the top anyway.
   */
  #scrollTo(index: number): void {
    const list = this.#list;
    if (!list?.querySelector('li')) return;
    list[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  get #list(): VirtualizerHostElement | null {
    return this.renderRoot.querySelector('ul.claims') as VirtualizerHostElement | null;
  }

  protected override render(): TemplateResult {
    const total = this.claims.length;
    const shown = this.#visible.length + this.#detached.length;
    return html`<aside aria-label="Claims" part="panel">
      <h2>
        <span>Claims</span>
        <span class="count">${shown === total ? `${total}` : `${shown} of ${total}`}</span>
      </h2>
      ${this.#renderFilters()}
      ${
        this.#visible.length === 0
          ? html`<p class="empty">
              ${total === 0 ? emptyText : 'No claim matches these filters.'}
            </p>`
          : nothing
      }
      <ul class="claims" part="list" aria-label="Claims in the text" @keydown=${this.#onKeydown}>
        ${virtualize({
          items: this.#visible,
          // The virtualizer may ask for the key of an index past a list that just shrank.
          keyFunction: (claim: Claim | undefined) => claim?.id,
          // …and render one: its range lags a shrinking list by a frame; such a slot stays empty.
          renderItem: (claim: Claim | undefined, index: number) =>
            claim === undefined ? html`` : this.#renderItem(claim, index),
          scroller: true,
        })}
      </ul>
      ${this.#detached.length === 0 ? nothing : this.#renderDetached()}
    </aside>`;
  }

  #renderFilters(): TemplateResult {
    const f = this.filter;
    const subjects = this.#subjectOptions;
    const sources = this.#sourceOptions;
    const subjectValue =
      f.subjectId === undefined ? '' : f.subjectId === null ? UNPLACED : f.subjectId;
    return html`<div class="filters" role="group" aria-label="Filter claims">
      <label
        >Status
        <select
          aria-label="Filter by status"
          @change=${(e: Event) => this.#setFilter('status', value(e))}
        >
          <option value="" ?selected=${f.status === undefined}>all</option>
          ${CLAIM_STATUSES.map((s) => html`<option value=${s} ?selected=${f.status === s}>${statusWord(s)}</option>`)}
        </select></label
      >
      <label
        >Kind
        <select
          aria-label="Filter by kind"
          @change=${(e: Event) => this.#setFilter('kind', value(e))}
        >
          <option value="" ?selected=${f.kind === undefined}>all</option>
          ${CLAIM_KINDS.map((k) => html`<option value=${k} ?selected=${f.kind === k}>${KIND_LABELS[k]}</option>`)}
        </select></label
      >
      <label
        >Subject
        <select
          aria-label="Filter by subject"
          @change=${(e: Event) => this.#setFilter('subjectId', value(e))}
        >
          <option value="" ?selected=${subjectValue === ''}>all</option>
          <option value=${UNPLACED} ?selected=${subjectValue === UNPLACED}>no subject</option>
          ${subjects.map((s) => html`<option value=${s.id} ?selected=${subjectValue === s.id}>${s.label}</option>`)}
        </select></label
      >
      <label
        >Source
        <select
          aria-label="Filter by source"
          @change=${(e: Event) => this.#setFilter('sourceId', value(e))}
        >
          <option value="" ?selected=${f.sourceId === undefined}>all</option>
          ${sources.map(
            (s) => html`<option value=${s.id} ?selected=${f.sourceId === s.id}>${s.label}</option>`,
          )}
        </select></label
      >
    </div>`;
  }

  #setFilter(key: keyof ClaimFilter, text: string): void {
    const { [key]: _old, ...rest } = this.filter;
    if (text === '') this.filter = rest;
    else if (key === 'subjectId')
      this.filter = { ...rest, subjectId: text === UNPLACED ? null : text };
    else this.filter = { ...rest, [key]: text } as ClaimFilter;
    this._active = 0;
  }

  #renderItem(claim: Claim, index: number): TemplateResult {
    const selected = claim.id === this.selectedId;
    return html`<li>
      <button
        type="button"
        part="item"
        class="item"
        data-id=${claim.id}
        data-index=${index}
        tabindex=${index === this._active ? 0 : -1}
        aria-current=${selected ? 'true' : 'false'}
        @click=${() => this.#select(claim.id, index)}
      >
        <span class="text">${claim.quote.exact}</span>
        <span class="meta">
          <span class="status" data-status=${claim.status}>${statusWord(claim.status)}</span>
          <span>${KIND_LABELS[claim.kind]}</span>
          <span>${citationCountText(this.#counts.get(claim.id) ?? 0)}</span>
        </span>
      </button>
    </li>`;
  }

  #renderDetached(): TemplateResult {
    return html`<section class="detached" aria-labelledby="detached-title">
      <h3 id="detached-title">Detached</h3>
      <p class="hint">
        Their words were deleted from the text, or (marked “needs review”) not found in it. Undo
        restores deleted words; review the rest.
      </p>
      <ul>
        ${this.#detached.map(
          (claim) =>
            html`<li>
              <button
                type="button"
                part="item"
                class="item"
                data-id=${claim.id}
                aria-current=${claim.id === this.selectedId ? 'true' : 'false'}
                @click=${() => this.#select(claim.id, -1)}
              >
                <span class="text quote"
                  ><span class="context">…${claim.quote.prefix}</span
                  ><mark>${claim.quote.exact}</mark
                  ><span class="context">${claim.quote.suffix}…</span></span
                >
                <span class="meta">
                  <span class="status" data-status=${claim.status}
                    >${statusWord(claim.status)}</span
                  >
                  ${this.unplaced.has(claim.id) ? html`<span class="review">needs review</span>` : nothing}
                  <span>${KIND_LABELS[claim.kind]}</span>
                  <span>${citationCountText(this.#counts.get(claim.id) ?? 0)}</span>
                </span>
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #select(id: string, index: number): void {
    if (index >= 0) this._active = index;
    const detail: ClaimSelectDetail = { id };
    this.dispatchEvent(
      new CustomEvent('apx-claim-select', { detail, bubbles: true, composed: true }),
    );
  }

  #onKeydown(event: KeyboardEvent): void {
    const last = this.#visible.length - 1;
    if (last < 0) return;
    let next: number;
    if (event.key === 'ArrowDown') next = Math.min(last, this._active + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, this._active - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'PageDown') next = Math.min(last, this._active + 10);
    else if (event.key === 'PageUp') next = Math.max(0, this._active - 10);
    else return;
    event.preventDefault();
    this._active = next;
    void this.#focusItem(next);
  }

  /** Scrolls item `index` into view and focuses it once the virtualizer has rendered it. */
  async #focusItem(index: number): Promise<void> {
    this.#scrollTo(index);
    for (let frame = 0; frame < 10; frame += 1) {
      await this.updateComplete;
      const item = this.renderRoot.querySelector<HTMLButtonElement>(
        `ul.claims button[data-index="${index}"]`,
      );
      if (item) {
        item.focus();
        return;
      }
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    }
  }
}

function value(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}

const emptyText =
  'No claims yet. Dates and figures found in the text are listed here; select words and use the claim tools to add your own.';

customElements.define('apx-claim-list', ClaimList);

declare global {
  interface HTMLElementTagNameMap {
    'apx-claim-list': ClaimList;
  }
  interface HTMLElementEventMap {
    'apx-claim-select': CustomEvent<ClaimSelectDetail>;
  }
}
