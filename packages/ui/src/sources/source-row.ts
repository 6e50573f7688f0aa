import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  MISSING_FIELD_TEXT,
  type ChainStep,
  type ReferenceField,
  type Source,
} from '@apparatus/core';
import type { FormattedReference } from '@apparatus/formats';
import { safeUrl } from '../safe-url.ts';

/** Everything one row of the Sources list shows, computed only for rows on screen. */
export interface SourceRow {
  readonly source: Source;
  readonly label: string;
  readonly reference: FormattedReference;
  readonly missing: readonly ReferenceField[];
  readonly chain: readonly ChainStep[];
  /** How many distinct claims cite the source. */
  readonly claims: number;
}

/** What a row's buttons ask of the list. */
export interface SourceRowActions {
  edit(source: Source, button: HTMLElement): void;
  remove(source: Source, button: HTMLElement): void;
}

const CATEGORY_TEXT = {
  primary: 'Primary source',
  secondary: 'Secondary source',
  tertiary: 'Tertiary source',
} as const;

function citedText(claims: number): string {
  if (claims === 0) return 'Not cited';
  return claims === 1 ? 'Cited by 1 claim' : `Cited by ${claims} claims`;
}

/**
 * One source as a list item: its formatted reference (italics as `<i>`, never HTML from
 * citeproc), the fields it lacks ("no title known"), its category and composition, its chain of
 * transmission as a chain, how many claims cite it, its link (through {@link safeUrl}) and the
 * Edit / Delete buttons, named for the source so a screen reader hears which.
 */
export function renderSourceRow(row: SourceRow, actions: SourceRowActions): TemplateResult {
  const { source, label } = row;
  const reference = row.reference.runs.map((run) =>
    run.italic ? html`<i>${run.text}</i>` : run.text,
  );
  const href = safeUrl(typeof source.csl.URL === 'string' ? source.csl.URL : undefined);
  return html`<div role="listitem" class="source" data-source-id=${source.id}>
    <p class="reference">${reference}</p>
    ${
      row.missing.length === 0
        ? nothing
        : html`<p class="missing">
            ${row.missing.map((field) => MISSING_FIELD_TEXT[field]).join(' · ')}
          </p>`
    }
    <p class="chain">${row.chain.map((step) => step.text).join(' → ')}</p>
    <p class="meta">
      <span class="category"
        >${source.category === null ? 'Category not set' : CATEGORY_TEXT[source.category]}</span
      >
      ${source.composed === '' ? nothing : html`<span>composed ${source.composed}</span>`}
      <span class="cited">${citedText(row.claims)}</span>
      ${
        href === undefined
          ? nothing
          : html`<a href=${ifDefined(href)} target="_blank" rel="noopener noreferrer"
              >Open link<span class="visually-hidden"> to ${label}</span></a
            >`
      }
    </p>
    ${source.reliability === '' ? nothing : html`<p class="note">${source.reliability}</p>`}
    <div class="row-actions">
      <button
        type="button"
        aria-label="Edit ${label}"
        @click=${(e: Event) => actions.edit(source, e.currentTarget as HTMLElement)}
      >
        Edit
      </button>
      <button
        type="button"
        aria-label="Delete ${label}"
        @click=${(e: Event) => actions.remove(source, e.currentTarget as HTMLElement)}
      >
        Delete
      </button>
    </div>
  </div>`;
}
