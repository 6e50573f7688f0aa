import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  CLAIM_KINDS,
  filterRows,
  sortRows,
  type Account,
  type Citation,
  type Claim,
  type ClaimKind,
  type RowFilter,
  type RowOrder,
  type RowStatus,
  type Source,
  type Subject,
  type SubjectOverrides,
  type SynopticRow,
  type WorkspacePort,
} from '@apparatus/core';
import { workspaceContext } from '../context.ts';
import { failureMessage } from '../autosave.ts';
import { WatchController } from '../watch-controller.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import {
  buildCompareModel,
  counterpartIndex,
  type CompareModel,
  type CompareRow,
} from './compare-model.ts';
import type { CompareClaimDetail, JoinDetail, SplitDetail } from './comparison-table.ts';
import type { ParallelReading } from './parallel-reading.ts';
import './comparison-table.ts';
import './parallel-reading.ts';
import './revision-diff-view.ts';

const SHOW_OPTIONS = {
  all: 'All rows',
  conflict: 'Conflicts',
  agree: 'Agreements',
  single: 'One account only',
  uncompared: 'Not comparable',
} as const;
type Show = keyof typeof SHOW_OPTIONS;

const ORDER_LABELS: Readonly<Record<RowOrder, string>> = {
  text: 'As the text tells it',
  'conflicts-first': 'Conflicts first',
  kind: 'By kind',
  label: 'By subject',
};

/**
 * `apx-compare-view` — the "Compare accounts" view: choose the accounts (by default the two most
 * recent), read the region "Comparison" (the synoptic table, sortable and filterable by conflict,
 * kind and side; two subjects can be joined or one split, and the choice is stored), read two
 * accounts in parallel with each claim's counterparts lit, and — when one chosen account revises
 * another — the word-level revision diff.
 *
 * The model is rebuilt only when what it is made of changes (accounts, claims, subjects,
 * citations, sources, the reader's joins and splits); sorting and filtering work on it as it is.
 */
export class CompareView extends LitElement {
  static override properties = {
    _chosen: { state: true },
    _show: { state: true },
    _kind: { state: true },
    _side: { state: true },
    _order: { state: true },
    _claims: { state: true },
    _error: { state: true },
  };

  static override styles = [
    focusAndMotion,
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
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: var(--apx-space-4);
        align-items: end;
        margin-bottom: var(--apx-space-3);
        font-size: 0.8rem;
      }
      .controls label {
        display: flex;
        flex-direction: column;
        gap: var(--apx-space-1);
        font-weight: 600;
        color: var(--apx-ink-soft);
      }
      select,
      input,
      button {
        font: inherit;
        font-weight: 400;
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
  declare _show: Show;
  declare _kind: ClaimKind | '';
  declare _side: string;
  declare _order: RowOrder;
  declare _claims: ReadonlyMap<string, readonly Claim[]>;
  declare _error: string;

  #port: WorkspacePort | undefined;
  readonly #accounts = new WatchController<Account[]>(this);
  readonly #subjects = new WatchController<Subject[]>(this);
  readonly #citations = new WatchController<Citation[]>(this);
  readonly #sources = new WatchController<Source[]>(this);
  readonly #overrides = new WatchController<SubjectOverrides>(this);
  #model:
    | { key: readonly unknown[]; model: CompareModel; byRow: Map<SynopticRow, CompareRow> }
    | undefined;
  #claimsRead: readonly unknown[] = [];

  constructor() {
    super();
    this._chosen = null;
    this._show = 'all';
    this._kind = '';
    this._side = '';
    this._order = 'text';
    this._claims = new Map();
    this._error = '';
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (port) => {
        this.#port = port;
        this.#accounts.follow(port.watchAccounts());
        this.#subjects.follow(port.watchSubjects());
        this.#citations.follow(port.watchCitations());
        this.#sources.follow(port.watchSources());
        this.#overrides.follow(port.watchSubjectOverrides());
      },
    });
  }

  /** The accounts compared, in the workspace's order (oldest first: the first is the reference). */
  get #chosenAccounts(): Account[] {
    const accounts = this.#accounts.value ?? [];
    if (this._chosen === null) return accounts.slice(-2);
    const chosen = new Set(this._chosen);
    return accounts.filter((a) => chosen.has(a.id));
  }

  protected override willUpdate(): void {
    // Claims are read again when the chosen accounts change or one of them was saved.
    const accounts = this.#chosenAccounts;
    const key = accounts.map((a) => `${a.id}@${a.updatedAt}`);
    if (key.join() !== this.#claimsRead.join()) {
      this.#claimsRead = key;
      void this.#readClaims(accounts);
    }
  }

  async #readClaims(accounts: readonly Account[]): Promise<void> {
    const port = this.#port;
    if (!port) return;
    const key = this.#claimsRead;
    try {
      const lists = await Promise.all(accounts.map((a) => port.claimsOf(a.id)));
      if (key !== this.#claimsRead) return;
      this._claims = new Map(accounts.map((a, i) => [a.id, lists[i]!]));
    } catch (reason) {
      this._error = failureMessage(reason);
    }
  }

  /** The model, rebuilt only when an input changed (compared by identity). */
  #currentModel(): { model: CompareModel; byRow: Map<SynopticRow, CompareRow> } | undefined {
    const accounts = this.#chosenAccounts.filter((a) => this._claims.has(a.id));
    const subjects = this.#subjects.value;
    if (accounts.length < 2 || subjects === undefined) return undefined;
    const citations = this.#citations.value ?? [];
    const sources = this.#sources.value ?? [];
    const overrides = this.#overrides.value ?? {};
    const key = [...accounts, this._claims, subjects, citations, sources, overrides];
    const old = this.#model;
    if (old && old.key.length === key.length && old.key.every((k, i) => k === key[i])) return old;
    const model = buildCompareModel({
      accounts,
      claims: this._claims,
      subjects,
      citations,
      sources,
      overrides,
    });
    const byRow = new Map(model.synopsis.rows.map((row, i) => [row, model.rows[i]!]));
    this.#model = { key, model, byRow };
    return this.#model;
  }

  protected override render(): TemplateResult {
    const accounts = this.#accounts.value;
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
      ${this._error === '' ? nothing : html`<p class="error" role="alert">${this._error}</p>`}
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
    const current = this.#currentModel();
    if (!current) return html`<p>Reading the accounts’ claims…</p>`;
    const { model, byRow } = current;
    const filter: RowFilter = {
      ...(this._show === 'all' ? {} : { status: [this._show satisfies RowStatus] }),
      ...(this._kind === '' ? {} : { kind: this._kind }),
      ...(this._side.trim() === '' ? {} : { side: this._side.trim() }),
    };
    const rows = sortRows(filterRows(model.synopsis.rows, filter), this._order).map((row) =>
      byRow.get(row)!,
    );
    const conflicts = model.rows.filter((r) => r.status === 'conflict').length;
    const agreements = model.rows.filter((r) => r.status === 'agree').length;
    const kinds = CLAIM_KINDS.filter((k) => model.rows.some((r) => r.kind === k));
    const overrides = this.#overrides.value ?? {};
    const overrideCount = (overrides.join?.length ?? 0) + (overrides.split?.length ?? 0);
    const [left, right] = chosen;
    const revision = this.#revisionPair(chosen);
    return html`
      <section aria-label="Comparison">
        <h2>Comparison</h2>
        ${model.problems.map((p) => html`<p class="error">${p}</p>`)}
        <p class="summary" role="status">
          ${model.rows.length} subjects: ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'},
          ${agreements} in agreement.
          ${rows.length === model.rows.length ? '' : `Showing ${rows.length}.`}
        </p>
        <div class="controls">
          <label
            >Show
            <select
              @change=${(e: Event) => (this._show = (e.target as HTMLSelectElement).value as Show)}
            >
              ${Object.entries(SHOW_OPTIONS).map(
                ([value, label]) =>
                  html`<option value=${value} ?selected=${this._show === value}>${label}</option>`,
              )}
            </select></label
          >
          <label
            >Kind
            <select
              @change=${(e: Event) =>
                (this._kind = (e.target as HTMLSelectElement).value as ClaimKind | '')}
            >
              <option value="">All kinds</option>
              ${kinds.map(
                (k) => html`<option value=${k} ?selected=${this._kind === k}>${k}</option>`,
              )}
            </select></label
          >
          <label
            >Side
            <input
              type="search"
              placeholder="e.g. Basmachi"
              .value=${this._side}
              @input=${(e: Event) => (this._side = (e.target as HTMLInputElement).value)}
          /></label>
          <label
            >Order
            <select
              @change=${(e: Event) => (this._order = (e.target as HTMLSelectElement).value as RowOrder)}
            >
              ${Object.entries(ORDER_LABELS).map(
                ([value, label]) =>
                  html`<option value=${value} ?selected=${this._order === value}>${label}</option>`,
              )}
            </select></label
          >
          ${
            overrideCount === 0
              ? nothing
              : html`<button type="button" @click=${() => this.#saveOverrides({})}>
                  Undo ${overrideCount}
                  ${overrideCount === 1 ? 'join or split' : 'joins and splits'}
                </button>`
          }
        </div>
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
                .counterparts=${counterpartIndex(model.synopsis)}
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

  /** The first chosen pair where one account revises the other, as the diff wants them. */
  #revisionPair(chosen: readonly Account[]) {
    const newer = chosen.find(
      (a) => a.revisionOf !== null && chosen.some((b) => b.id === a.revisionOf),
    );
    const older = newer && chosen.find((a) => a.id === newer.revisionOf);
    if (!newer || !older) return undefined;
    const side = (a: Account) => ({
      id: a.id,
      title: a.title,
      text: a.text,
      claims: (this._claims.get(a.id) ?? [])
        .filter((c) => !c.detached)
        .map((c) => ({
          id: c.id,
          kind: c.kind,
          text: c.quote.exact,
          start: c.position.start,
          end: c.position.end,
        })),
    });
    return { older: side(older), newer: side(newer) };
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
    const old = this.#overrides.value ?? {};
    void this.#saveOverrides({ ...old, join: [...(old.join ?? []), event.detail.labels] });
  };

  readonly #onSplit = (event: CustomEvent<SplitDetail>): void => {
    const old = this.#overrides.value ?? {};
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
