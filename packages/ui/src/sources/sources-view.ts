import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import '@lit-labs/virtualizer';
import {
  chainOf,
  chainSteps,
  deletionImpact,
  findDuplicateSources,
  indexSources,
  mergeSourceGroup,
  missingFields,
  sourceLabel,
  type Citation,
  type DuplicateGroup,
  type Source,
  type WorkspacePort,
} from '@apparatus/core';
import { REFERENCE_STYLES, type ReferenceStyle } from '@apparatus/formats';
import { workspaceContext } from '../context.ts';
import { WatchController } from '../watch-controller.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import { renderSourceRow, type SourceRow, type SourceRowActions } from './source-row.ts';
import './source-dialog.ts';
import './delete-source-dialog.ts';
import type { SourceDialog, SourceSaveDetail } from './source-dialog.ts';
import type { DeleteSourceDialog, SourceDeleteDetail } from './delete-source-dialog.ts';
import { sourcesViewStyles } from './sources-view-styles.ts';
import { ReferenceCache } from './reference-cache.ts';
import { messageOf } from '../workspace/words.ts';

/** From this many sources on, the list is virtualised (only rows on screen are in the DOM). */
export const VIRTUALIZE_FROM = 200;

const STYLE_NAMES: Readonly<Record<ReferenceStyle, string>> = {
  'chicago-author-date': 'Chicago (author-date)',
  apa: 'APA',
};

/** What the list needs from the workspace, recomputed only when sources or citations change. */
interface Derived {
  readonly sources: readonly Source[];
  readonly byId: ReadonlyMap<string, Source>;
  /** Sorted by label, as a reader looks a source up. */
  readonly ordered: readonly Source[];
  readonly claimsBySource: ReadonlyMap<string, number>;
  readonly duplicates: readonly DuplicateGroup[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function derive(sources: readonly Source[], citations: readonly Citation[]): Derived {
  const labelled = sources.map((source) => ({ source, label: sourceLabel(source) }));
  labelled.sort((a, b) => collator.compare(a.label, b.label));
  const claimSets = new Map<string, Set<string>>();
  for (const citation of citations) {
    const set = claimSets.get(citation.sourceId) ?? new Set<string>();
    set.add(citation.claimId);
    claimSets.set(citation.sourceId, set);
  }
  return {
    sources,
    byId: indexSources(sources),
    ordered: labelled.map((entry) => entry.source),
    claimsBySource: new Map([...claimSets].map(([id, set]) => [id, set.size])),
    duplicates: findDuplicateSources(sources),
  };
}

/**
 * `apx-sources-view` — the region "Sources" (ARCHITECTURE.md): the source library with source
 * criticism. Each source shows its reference formatted by citeproc (Chicago author-date, or APA),
 * the fields it lacks ("no title known"), its category, its chain of transmission as a chain
 * ("Mazarof's report → known via Cemal Kutay → this article") and how many claims cite it.
 * "Add source" and each "Edit" open {@link SourceDialog}; duplicates are offered for merging;
 * a source is deleted at once only when nothing depends on it, otherwise after
 * {@link DeleteSourceDialog} says what happens to its citations. Long libraries are virtualised,
 * so 10,000 sources keep only the rows on screen in the DOM.
 *
 * It reads and writes through the {@link WorkspacePort} from `workspaceContext`.
 *
 * @fires apx-reference-style-change - `{ style }`, when the reader picks another reference style
 * @csspart list - the list of sources
 */
export class SourcesView extends LitElement {
  static override properties = {
    referenceStyle: { attribute: 'reference-style' },
    readerLabel: { attribute: 'reader-label' },
    _status: { state: true },
    _error: { state: true },
  };

  static override styles = [focusAndMotion, sourcesViewStyles];

  /** The citeproc style references are formatted in; Chicago author-date by default. */
  declare referenceStyle: ReferenceStyle;
  /** What the end of every chain is called: "this article" unless the shell says otherwise. */
  declare readerLabel: string;
  declare _status: string;
  declare _error: string;

  readonly #sources = new WatchController<Source[]>(this);
  readonly #citations = new WatchController<Citation[]>(this);
  #port: WorkspacePort | undefined;
  #derived: Derived | undefined;
  #derivedFrom: [readonly Source[] | undefined, readonly Citation[] | undefined] = [
    undefined,
    undefined,
  ];
  readonly #references = new ReferenceCache(this);
  readonly #actions: SourceRowActions = {
    edit: (source, button) => void this.#dialog?.show(source, button),
    remove: (source, button) => this.#remove(source, button),
  };

  constructor() {
    super();
    this.referenceStyle = 'chicago-author-date';
    this.readerLabel = 'this article';
    this._status = '';
    this._error = '';
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (port) => {
        this.#port = port;
        this.#sources.follow(port.watchSources());
        this.#citations.follow(port.watchCitations());
      },
    });
  }

  get #dialog(): SourceDialog | null {
    return this.renderRoot.querySelector('apx-source-dialog');
  }

  get #confirm(): DeleteSourceDialog | null {
    return this.renderRoot.querySelector('apx-delete-source-dialog');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('referenceStyle') &&
      !(REFERENCE_STYLES as readonly string[]).includes(this.referenceStyle)
    ) {
      this.referenceStyle = 'chicago-author-date';
    }
  }

  /** Sources and citations as the list needs them; recomputed only when either stream moved. */
  #data(): Derived | undefined {
    const sources = this.#sources.value;
    const citations = this.#citations.value;
    if (sources === undefined) return undefined;
    if (
      this.#derived === undefined ||
      this.#derivedFrom[0] !== sources ||
      this.#derivedFrom[1] !== citations
    ) {
      this.#derived = derive(sources, citations ?? []);
      this.#derivedFrom = [sources, citations];
    }
    return this.#derived;
  }

  #row(source: Source, data: Derived): SourceRow {
    const label = sourceLabel(source);
    const deferred = data.ordered.length >= VIRTUALIZE_FROM;
    return {
      source,
      label,
      // Until citeproc's turn comes (long lists only), the row shows the source's name plainly.
      reference: this.#references.get(source, this.referenceStyle, deferred) ?? {
        text: label,
        runs: [{ text: label, italic: false }],
      },
      missing: missingFields(source.csl),
      chain: chainSteps(chainOf(source.id, data.byId), { reader: this.readerLabel }),
      claims: data.claimsBySource.get(source.id) ?? 0,
    };
  }

  protected override render(): TemplateResult {
    const data = this.#data();
    const count = data?.sources.length;
    return html`<section aria-labelledby="sources-title">
      <header>
        <h2 id="sources-title">Sources</h2>
        ${count === undefined ? nothing : html`<span class="count">${count === 1 ? '1 source' : `${count} sources`}</span>`}
        <span class="style-picker">
          <label for="reference-style">Reference style</label>
          <select id="reference-style" @change=${this.#onStyle}>
            ${REFERENCE_STYLES.map(
              (style) =>
                html`<option value=${style} ?selected=${style === this.referenceStyle}>
                  ${STYLE_NAMES[style]}
                </option>`,
            )}
          </select>
        </span>
        <button
          type="button"
          id="add"
          class="primary"
          @click=${(e: Event) => void this.#dialog?.show(undefined, e.currentTarget as HTMLElement)}
        >
          Add source
        </button>
      </header>
      <p class="status" role="status">${this._status}</p>
      ${this._error === '' ? nothing : html`<p class="error" role="alert">${this._error}</p>`}
      ${data === undefined ? html`<p class="empty">Reading the sources…</p>` : this.#renderBody(data)}
      <apx-source-dialog
        .sources=${data?.sources ?? []}
        @apx-source-save=${this.#onSave}
      ></apx-source-dialog>
      <apx-delete-source-dialog
        @apx-source-delete=${this.#onConfirmDelete}
      ></apx-delete-source-dialog>
    </section>`;
  }

  #renderBody(data: Derived): TemplateResult {
    if (data.sources.length === 0) {
      return html`<p class="empty">
        No sources yet. “Add source” records a book, report or witness, and how it reached this
        article.
      </p>`;
    }
    return html`${data.duplicates.length === 0 ? nothing : this.#renderDuplicates(data.duplicates)}
    ${
      data.ordered.length >= VIRTUALIZE_FROM
        ? html`<lit-virtualizer
            part="list"
            role="list"
            aria-label="Source library"
            scroller
            .items=${data.ordered}
            .keyFunction=${(source: Source) => source.id}
            .renderItem=${(source: Source) => renderSourceRow(this.#row(source, data), this.#actions)}
          ></lit-virtualizer>`
        : html`<div part="list" role="list" aria-label="Source library" class="plain-list">
            ${data.ordered.map((source) => renderSourceRow(this.#row(source, data), this.#actions))}
          </div>`
    }`;
  }

  #renderDuplicates(groups: readonly DuplicateGroup[]): TemplateResult {
    return html`<div class="duplicates" role="group" aria-label="Possible duplicates">
      ${groups.map((group) => {
        const [keep] = group.sources;
        if (keep === undefined) return nothing;
        const names = group.sources.map((s) => `“${sourceLabel(s)}”`).join(', ');
        return html`<p>
          ${names} look like one source (${group.reasons.join(', ')}).
          <button type="button" @click=${() => void this.#merge(group)}>
            Merge into “${sourceLabel(keep)}”
          </button>
        </p>`;
      })}
    </div>`;
  }

  #onStyle(event: Event): void {
    const style = (event.target as HTMLSelectElement).value as ReferenceStyle;
    this.referenceStyle = style;
    this.dispatchEvent(
      new CustomEvent('apx-reference-style-change', {
        detail: { style },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Runs one user action against the port and says how it went. */
  async #run(action: (port: WorkspacePort) => Promise<void>, done: string): Promise<boolean> {
    const port = this.#port;
    if (port === undefined) return false;
    this._error = '';
    try {
      await action(port);
      this._status = done;
      return true;
    } catch (error) {
      this._status = '';
      this._error = messageOf(error, 'The change could not be saved.');
      return false;
    }
  }

  #onSave(event: CustomEvent<SourceSaveDetail>): void {
    const { source, added } = event.detail;
    const label = sourceLabel(source);
    void this.#run(
      (port) => port.putSource(source),
      added ? `Added “${label}”.` : `Saved “${label}”.`,
    );
  }

  #remove(source: Source, button: HTMLElement): void {
    const data = this.#data();
    if (data === undefined) return;
    const impact = deletionImpact(source.id, this.#citations.value ?? [], data.sources);
    if (!impact.safe) {
      void this.#confirm?.show(source, impact, button);
      return;
    }
    void this.#delete(source);
  }

  #onConfirmDelete(event: CustomEvent<SourceDeleteDetail>): void {
    void this.#delete(event.detail.source);
  }

  /**
   * Deletes a source. The port does it in one transaction: the source's citations go with it and
   * the sources known via it lose that link, so no `via` points at nothing even if the write
   * fails half-way.
   */
  async #delete(source: Source): Promise<void> {
    const now = new Date().toISOString();
    const ok = await this.#run(
      (port) => port.deleteSource(source.id, now),
      `Deleted “${sourceLabel(source)}”.`,
    );
    if (ok) this.renderRoot.querySelector<HTMLButtonElement>('#add')?.focus();
  }

  /**
   * Merges every duplicate of a group into the oldest record — fields filled in, citations and
   * `via` links re-pointed, the duplicates deleted — written by the port in one transaction, so
   * a failure never leaves a citation pointing at a deleted record.
   */
  async #merge(group: DuplicateGroup): Promise<void> {
    const [first, ...rest] = group.sources;
    if (first === undefined) return;
    await this.#run(
      (port) =>
        port.mergeSources(
          mergeSourceGroup(first, rest, this.#citations.value ?? [], {
            sources: this.#sources.value ?? [],
          }),
        ),
      `Merged ${group.sources.length} records into “${sourceLabel(first)}”.`,
    );
    this.renderRoot.querySelector<HTMLButtonElement>('#add')?.focus();
  }
}

customElements.define('apx-sources-view', SourcesView);

declare global {
  interface HTMLElementTagNameMap {
    'apx-sources-view': SourcesView;
  }
}
