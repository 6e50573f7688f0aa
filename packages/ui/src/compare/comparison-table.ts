import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CellClaim, CompareModel, CompareRow } from './compare-model.ts';
import { STATUS_WORDS } from './compare-model.ts';
import { statusWord } from '../claims/labels.ts';

/** What `apx-compare-claim` carries: a claim chosen in the table, and its account. */
export interface CompareClaimDetail {
  readonly claimId: string;
  readonly accountId: string;
}

/** What `apx-subjects-join` carries: the two row labels to make one subject. */
export interface JoinDetail {
  readonly labels: readonly [string, string];
}

/** What `apx-subject-split` carries: the row label to give each account its own row. */
export interface SplitDetail {
  readonly label: string;
}

/**
 * `apx-comparison-table` — the synoptic table: a `<th scope="row">` per subject, a
 * `<th scope="col">` per account (its title), each cell the account's own words with the reader's
 * status word (when reviewed), the normalised value and its citations, and a verdict column that says "Conflict" and why, "Agree",
 * or that only one account speaks. The rows come ready to print from the view's model (sorted and
 * filtered there), so a render is a template per row and nothing more.
 *
 * Two rows can be chosen and joined into one subject; a row where several accounts speak can be
 * split, one row per account.
 *
 * @fires apx-compare-claim - {@link CompareClaimDetail}, when a claim's words are activated
 * @fires apx-subjects-join - {@link JoinDetail}
 * @fires apx-subject-split - {@link SplitDetail}
 */
export class ComparisonTable extends LitElement {
  static override properties = {
    model: { attribute: false },
    rows: { attribute: false },
    _chosen: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      font-family: var(--apx-font-ui);
      font-size: 0.875rem;
    }
    .bar {
      display: flex;
      gap: var(--apx-space-2);
      align-items: center;
      min-height: 2rem;
      margin-bottom: var(--apx-space-2);
      color: var(--apx-ink-soft);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      background: var(--apx-surface);
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--apx-infobox);
      text-align: left;
      border-bottom: 2px solid var(--apx-rule-strong);
      padding: var(--apx-space-2);
      font-weight: 600;
      z-index: 1;
    }
    th,
    td {
      vertical-align: top;
      border-bottom: 1px solid var(--apx-rule);
      padding: var(--apx-space-2);
    }
    tbody th {
      text-align: left;
      font-weight: 600;
      width: 16rem;
    }
    .kind {
      display: block;
      font-weight: 400;
      color: var(--apx-ink-muted);
      font-size: 0.75rem;
    }
    .row-tools {
      display: flex;
      gap: var(--apx-space-2);
      align-items: center;
      margin-top: var(--apx-space-1);
      font-weight: 400;
      font-size: 0.75rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li + li {
      margin-top: var(--apx-space-2);
    }
    button {
      font: inherit;
      cursor: pointer;
    }
    button.words {
      background: none;
      border: none;
      padding: 0;
      text-align: left;
      font-family: var(--apx-font-text);
      font-size: 0.95rem;
      color: var(--apx-ink);
      text-decoration: underline dotted var(--apx-rule-strong);
      text-underline-offset: 0.2em;
    }
    button.words:hover {
      text-decoration-color: var(--apx-accent);
    }
    button.small {
      font-size: 0.75rem;
      padding: 0 var(--apx-space-2);
      border: 1px solid var(--apx-rule-strong);
      border-radius: var(--apx-radius);
      background: var(--apx-surface);
    }
    .value,
    .cites {
      display: block;
      color: var(--apx-ink-muted);
      font-size: 0.75rem;
    }
    .status {
      margin-left: var(--apx-space-2);
      border: 1px solid currentColor;
      border-radius: 2px;
      padding: 0 0.3em;
      font-size: 0.75rem;
      font-variant: small-caps;
      letter-spacing: 0.03em;
      color: var(--apx-ink-muted);
    }
    .status[data-status='disputed'],
    .status[data-status='refuted'] {
      color: var(--apx-error);
    }
    .status[data-status='supported'] {
      color: var(--apx-ok);
    }
    .none {
      color: var(--apx-ink-muted);
    }
    .verdict {
      width: 18rem;
    }
    .verdict strong {
      display: inline-block;
      padding: 0 var(--apx-space-2);
      border-radius: var(--apx-radius);
    }
    tr[data-status='conflict'] .verdict strong {
      background: var(--apx-accent-soft);
      color: var(--apx-error);
    }
    tr[data-status='conflict'] th {
      box-shadow: inset 3px 0 0 var(--apx-error);
    }
    tr[data-status='agree'] .verdict strong {
      color: var(--apx-ok);
    }
    .reason {
      margin: var(--apx-space-1) 0 0;
      color: var(--apx-ink-soft);
      font-size: 0.75rem;
    }
  `;

  /** The model: its columns head the table. */
  declare model: CompareModel | undefined;
  /** The rows to show, sorted and filtered by the view. */
  declare rows: readonly CompareRow[];
  declare _chosen: readonly string[];

  constructor() {
    super();
    this.model = undefined;
    this.rows = [];
    this._chosen = [];
  }

  protected override render(): TemplateResult {
    const model = this.model;
    if (!model) return html``;
    const chosen = this._chosen;
    return html`
      <div class="bar">
        <span
          >${
            chosen.length === 0
              ? 'Choose two rows to join them into one subject.'
              : chosen.length === 1
                ? `“${chosen[0]}” chosen; choose one more to join.`
                : `Join “${chosen[0]}” and “${chosen[1]}”?`
          }</span
        >
        ${
          chosen.length === 2
            ? html`<button type="button" class="small" @click=${this.#join}>
                Join chosen subjects
              </button>`
            : nothing
        }
        ${
          chosen.length > 0
            ? html`<button type="button" class="small" @click=${() => (this._chosen = [])}>
                Clear choice
              </button>`
            : nothing
        }
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">Subject</th>
            ${model.columns.map((c) => html`<th scope="col">${c.title}</th>`)}
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.rows,
            (row) => row.label,
            (row) => this.#row(row, model),
          )}
        </tbody>
      </table>
    `;
  }

  #row(row: CompareRow, model: CompareModel): TemplateResult {
    const chosen = this._chosen.includes(row.label);
    return html`<tr data-status=${row.status}>
      <th scope="row">
        <span class="label">${row.label}</span><span class="kind">${row.kind}</span>
      </th>
      ${row.cells.map((cell, i) => this.#cell(cell, model.columns[i]?.id ?? ''))}
      <td class="verdict">
        <strong>${STATUS_WORDS[row.status]}</strong>
        <p class="reason">${row.reason}</p>
        <span class="row-tools">
          <label
            ><input
              type="checkbox"
              .checked=${chosen}
              aria-label=${`Choose “${row.label}” to join`}
              @change=${(e: Event) => this.#choose(row.label, (e.target as HTMLInputElement).checked)}
            />join</label
          >
          ${
            row.speaking > 1
              ? html`<button
                  type="button"
                  class="small"
                  aria-label=${`Split “${row.label}”`}
                  @click=${() => this.#split(row.label)}
                >
                  Split
                </button>`
              : nothing
          }
        </span>
      </td>
    </tr>`;
  }

  #cell(claims: readonly CellClaim[], accountId: string): TemplateResult {
    if (claims.length === 0) return html`<td><span class="none">—</span></td>`;
    return html`<td>
      <ul>
        ${claims.map(
          (c) =>
            html`<li>
              <button
                type="button"
                class="words"
                data-claim=${c.id}
                @click=${() => this.#pick(c.id, accountId)}
              >
                ${c.text}
              </button>
              ${
                c.status === 'unreviewed'
                  ? nothing
                  : html`<span class="status" data-status=${c.status}
                      >${statusWord(c.status)}</span
                    >`
              }
              <span class="value">${c.value}</span>
              <span class="cites"
                >${c.citations}${c.sources.length > 0 ? `: ${c.sources.join('; ')}` : ''}</span
              >
            </li>`,
        )}
      </ul>
    </td>`;
  }

  #choose(label: string, on: boolean): void {
    const rest = this._chosen.filter((l) => l !== label);
    this._chosen = on ? [...rest, label].slice(-2) : rest;
  }

  #join(): void {
    const [a, b] = this._chosen;
    if (a === undefined || b === undefined) return;
    this._chosen = [];
    const detail: JoinDetail = { labels: [a, b] };
    this.dispatchEvent(
      new CustomEvent('apx-subjects-join', { detail, bubbles: true, composed: true }),
    );
  }

  #split(label: string): void {
    const detail: SplitDetail = { label };
    this.dispatchEvent(
      new CustomEvent('apx-subject-split', { detail, bubbles: true, composed: true }),
    );
  }

  #pick(claimId: string, accountId: string): void {
    const detail: CompareClaimDetail = { claimId, accountId };
    this.dispatchEvent(
      new CustomEvent('apx-compare-claim', { detail, bubbles: true, composed: true }),
    );
  }
}

customElements.define('apx-comparison-table', ComparisonTable);

declare global {
  interface HTMLElementTagNameMap {
    'apx-comparison-table': ComparisonTable;
  }
  interface HTMLElementEventMap {
    'apx-compare-claim': CustomEvent<CompareClaimDetail>;
    'apx-subjects-join': CustomEvent<JoinDetail>;
    'apx-subject-split': CustomEvent<SplitDetail>;
  }
}
