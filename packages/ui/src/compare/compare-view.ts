import { LitElement, css, html, noChange, nothing, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  CLAIM_KINDS,
  filterRows,
  sortRows,
  type Account,
  type SubjectOverrides,
  type WorkspacePort,
} from '@apparatus/core';
import { workspaceContext } from '../context.ts';
import { failureMessage } from '../autosave.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import { CompareData, type CurrentModel } from './compare-data.ts';
import type { CompareRow } from './compare-model.ts';
import {
  ALL_ROWS,
  rowControlStyles,
  rowControls,
  rowFilterOf,
  type RowChoice,
} from './row-controls.ts';
import type { CompareClaimDetail, JoinDetail, SplitDetail } from './comparison-table.ts';
import type { ParallelReading } from './parallel-reading.ts';
import './comparison-table.ts';
import './parallel-reading.ts';
import './revision-diff-view.ts';

/**
 * `apx-compare-view` — the "Compare accounts" view: choose the accounts (by default the two most
 * recent), read the region "Comparison" (the synoptic table, sortable and filterable by conflict,
 * kind and side; two subjects can be joined or one split, and the choice is stored), read two
 * accounts in parallel with each claim's counterparts lit, and — when one chosen account revises
 * another — the word-level revision diff.
 *
 * Everything is followed live through the port ({@link CompareData}): a claim's status set in
 * the Article view or in another tab shows at once. The model is rebuilt only when what it is
 * made of changes; sorting and filtering work on it as it is.
 */
export class CompareView extends LitElement {
  static override properties = {
    _chosen: { state: true },
    _rows: { state: true },
    _error: { state: true },
  };

  static override styles = [
    focusAndMotion,
    rowControlStyles,
    css`
      :host {
        display: block;
        font-family: var(--apx-font-ui);
        color: var(--apx-ink);
      }
      h1 {
        font-family: var(--apx-font-text);
        font-weight: 600;
        font-size: 1.8rem;
        margin: 0 0 var(--apx-space-4);
      }
      h2 {
        font-family: var(--apx-font-text);
        font-size: 1.25rem;
        margin: var(--apx-space-8) 0 var(--apx-space-3);
      }
      fieldset {
        border: 1px solid var(--apx-rule);
        border-radius: var(--apx-radius);
        padding: var(--apx-space-2) var(--apx-space-3);
        margin: 0 0 var(--apx-space-4);
        display: flex;
        flex-wrap: wrap;
        gap: var(--apx-space-2) var(--apx-space-4);
        font-size: 0.875rem;
      }
      legend {
        font-weight: 600;
        font-size: 0.8rem;
        color: var(--apx-ink-soft);
      }
      select,
      input,
      button {
        font: inherit;
      }
      .summary {
        color: var(--apx-ink-soft);
        font-size: 0.875rem;
      }
      .error {
        color: var(--apx-error);
      }
    `,
  ];

  declare _chosen: readonly string[] | null;
  declare _rows: RowChoice;
  declare _error: string;

  #port: WorkspacePort | undefined;
  readonly #data = new CompareData(this);
  #rowsCache:
    | {
        readonly current: CurrentModel;
        readonly choice: RowChoice;
        readonly rows: readonly CompareRow[];
      }
    | undefined;

  constructor() {
    super();
    this._chosen = null;
    this._rows = ALL_ROWS;
    this._error = '';
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (port) => {
        this.#port = port;
        this.#data.connect(port);
      },
    });
  }

  /** The accounts compared, in the workspace's order (oldest first: the first is the reference). */
  get #chosenAccounts(): readonly Account[] {
    const accounts = this.#data.accounts ?? [];
    if (this._chosen === null) return accounts.slice(-2);
    const chosen = new Set(this._chosen);
    return accounts.filter((a) => chosen.has(a.id));
  }

  protected override willUpdate(): void {
    this.#data.followClaims(this.#chosenAccounts.map((a) => a.id));
  }

  /**
   * Whether the view is on screen. The shell keeps a visited view on the page, hidden; while it
   * is, the claims still arrive but the comparison is not rebuilt (an autosave every half second
   * of typing in the Article view would rebuild it each time): it is once, when shown again.
   */
  #shown = true;
  readonly #visibility = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    const shown = box === undefined || box.width > 0 || box.height > 0;
    if (shown === this.#shown) return;
    this.#shown = shown;
    if (shown) this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#visibility.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#visibility.disconnect();
  }

  protected override render(): TemplateResult | typeof noChange {
    if (!this.#shown && this.hasUpdated) return noChange;
    const accounts = this.#data.accounts;
    if (accounts === undefined) return html`<p>Opening the workspace…</p>`;
    const chosen = this.#chosenAccounts;
    return html`
      <h1>Compare accounts</h1>
      <fieldset>
        <legend>Accounts to compare</legend>
        ${accounts.map(
          (a) =>
            html`<label
              ><input
                type="checkbox"
                .checked=${chosen.includes(a)}
                @change=${(e: Event) => this.#choose(a.id, (e.target as HTMLInputElement).checked)}
              />
              ${a.title}${a.kind === 'revision' ? ' (revision)' : ''}</label
            >`,
        )}
      </fieldset>
      ${[this._error, this.#data.error].map((error) =>
        error === '' ? nothing : html`<p class="error" role="alert">${error}</p>`,
      )}
      ${
        accounts.length < 2
          ? html`<p>
              Only one account is in the workspace. Use “Import account” to add another account of
              the same events (a revision, a source’s own text), then compare them here.
            </p>`
          : chosen.length < 2
            ? html`<p>Choose at least two accounts.</p>`
            : this.#renderComparison(chosen)
      }
    `;
  }

  #renderComparison(chosen: readonly Account[]): TemplateResult {
    const current = this.#data.model(chosen);
    if (!current) return html`<p>Reading the accounts’ claims…</p>`;
    const { model, counterparts, revision } = current;
    const rows = this.#shownRows(current);
    const conflicts = model.rows.filter((r) => r.status === 'conflict').length;
    const agreements = model.rows.filter((r) => r.status === 'agree').length;
    const overrides = this.#data.overrides;
    const [left, right] = chosen;
    return html`
      <section aria-label="Comparison">
        <h2>Comparison</h2>
        ${model.problems.map((p) => html`<p class="error">${p}</p>`)}
        <p class="summary" role="status">
          ${model.rows.length} subjects: ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'},
          ${agreements} in agreement.
          ${rows.length === model.rows.length ? '' : `Showing ${rows.length}.`}
        </p>
        ${rowControls(this._rows, {
          kinds: CLAIM_KINDS.filter((k) => model.rows.some((r) => r.kind === k)),
          overrideCount: (overrides.join?.length ?? 0) + (overrides.split?.length ?? 0),
          onChange: (choice) => (this._rows = choice),
          onUndoOverrides: () => void this.#saveOverrides({}),
        })}
        <apx-comparison-table
          .model=${model}
          .rows=${rows}
          @apx-compare-claim=${this.#onPick}
          @apx-subjects-join=${this.#onJoin}
          @apx-subject-split=${this.#onSplit}
        ></apx-comparison-table>
      </section>
      ${
        left && right
          ? html`<section aria-labelledby="parallel-title">
              <h2 id="parallel-title">Parallel reading</h2>
              <p class="summary">
                Select or point at a claim in one text: its counterparts in the other light up.
              </p>
              <apx-parallel-reading
                .accounts=${[left, right] as const}
                .counterparts=${counterparts}
              ></apx-parallel-reading>
            </section>`
          : nothing
      }
      ${
        revision
          ? html`<section aria-labelledby="revision-title">
              <h2 id="revision-title">Revision</h2>
              <apx-revision-diff
                .older=${revision.older}
                .newer=${revision.newer}
                @apx-compare-claim=${this.#onPick}
              ></apx-revision-diff>
            </section>`
          : nothing
      }
    `;
  }

  /**
   * The rows the reader asked for, filtered and sorted by the core, ready to print: once per model
   * and choice, so a render for anything else hands the table the same rows (and it renders none).
   */
  #shownRows(current: CurrentModel): readonly CompareRow[] {
    const old = this.#rowsCache;
    if (old?.current === current && old.choice === this._rows) return old.rows;
    const { model, byRow } = current;
    const rows = sortRows(
      filterRows(model.synopsis.rows, rowFilterOf(this._rows)),
      this._rows.order,
    ).map((row) => byRow.get(row)!);
    this.#rowsCache = { current, choice: this._rows, rows };
    return rows;
  }

  #choose(id: string, on: boolean): void {
    const current = this.#chosenAccounts.map((a) => a.id);
    this._chosen = on ? [...current, id] : current.filter((c) => c !== id);
  }

  readonly #onPick = (event: CustomEvent<CompareClaimDetail>): void => {
    // The page brings the panes into the window first (at once: the panes measure their text,
    // which is laid out only near the window), then the panes bring the claims into view.
    const parallel = this.renderRoot.querySelector<ParallelReading>('apx-parallel-reading');
    parallel?.scrollIntoView({ block: 'start' });
    void parallel?.selectClaim(event.detail.claimId);
  };

  readonly #onJoin = (event: CustomEvent<JoinDetail>): void => {
    const old = this.#data.overrides;
    void this.#saveOverrides({ ...old, join: [...(old.join ?? []), event.detail.labels] });
  };

  readonly #onSplit = (event: CustomEvent<SplitDetail>): void => {
    const old = this.#data.overrides;
    void this.#saveOverrides({ ...old, split: [...(old.split ?? []), event.detail.label] });
  };

  async #saveOverrides(overrides: SubjectOverrides): Promise<void> {
    try {
      this._error = '';
      await this.#port?.putSubjectOverrides(overrides);
    } catch (reason) {
      this._error = `The change to the subjects was not stored. ${failureMessage(reason)}`;
    }
  }
}

customElements.define('apx-compare-view', CompareView);

declare global {
  interface HTMLElementTagNameMap {
    'apx-compare-view': CompareView;
  }
}
