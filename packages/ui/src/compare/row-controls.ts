import { css, html, nothing, type TemplateResult } from 'lit';
import type { ClaimKind, RowFilter, RowOrder, RowStatus } from '@apparatus/core';

/** Which rows the table shows: all, or those of one verdict. */
export const SHOW_OPTIONS = {
  all: 'All rows',
  conflict: 'Conflicts',
  agree: 'Agreements',
  single: 'One account only',
  uncompared: 'Not comparable',
} as const satisfies Record<'all' | RowStatus, string>;

/** A choice of the "Show" control. */
export type Show = keyof typeof SHOW_OPTIONS;

/** The words of the "Order" control for each order the core can sort by. */
export const ORDER_LABELS: Readonly<Record<RowOrder, string>> = {
  text: 'As the text tells it',
  'conflicts-first': 'Conflicts first',
  kind: 'By kind',
  label: 'By subject',
};

/** What the reader chose to see of the table. */
export interface RowChoice {
  readonly show: Show;
  readonly kind: ClaimKind | '';
  readonly side: string;
  readonly order: RowOrder;
}

/** The choice a reader starts with: every row, in the order the text tells it. */
export const ALL_ROWS: RowChoice = { show: 'all', kind: '', side: '', order: 'text' };

/** The core's row filter for a choice (an empty side or "All" filters nothing). */
export function rowFilterOf(choice: RowChoice): RowFilter {
  const side = choice.side.trim();
  return {
    ...(choice.show === 'all' ? {} : { status: [choice.show] }),
    ...(choice.kind === '' ? {} : { kind: choice.kind }),
    ...(side === '' ? {} : { side }),
  };
}

/** What the controls need besides the choice. */
export interface RowControlsOptions {
  /** The kinds present in the rows (the "Kind" control offers only these). */
  readonly kinds: readonly ClaimKind[];
  /** How many joins and splits the reader stored (0 hides the undo button). */
  readonly overrideCount: number;
  /** Called with the new choice on every change. */
  readonly onChange: (choice: RowChoice) => void;
  /** Called when the reader undoes every join and split. */
  readonly onUndoOverrides: () => void;
}

/**
 * The controls above the comparison table — "Show", "Kind", "Side", "Order" and the undo of the
 * reader's joins and splits — as a template for the view to place (each a labelled native
 * control, so assistive technology names them without help).
 */
export function rowControls(choice: RowChoice, options: RowControlsOptions): TemplateResult {
  const change = (patch: Partial<RowChoice>) => options.onChange({ ...choice, ...patch });
  const value = (e: Event) => (e.target as HTMLSelectElement | HTMLInputElement).value;
  const count = options.overrideCount;
  return html`<div class="controls">
    <label
      >Show
      <select @change=${(e: Event) => change({ show: value(e) as Show })}>
        ${Object.entries(SHOW_OPTIONS).map(
          ([v, label]) => html`<option value=${v} ?selected=${choice.show === v}>${label}</option>`,
        )}
      </select></label
    >
    <label
      >Kind
      <select @change=${(e: Event) => change({ kind: value(e) as ClaimKind | '' })}>
        <option value="">All kinds</option>
        ${options.kinds.map(
          (k) => html`<option value=${k} ?selected=${choice.kind === k}>${k}</option>`,
        )}
      </select></label
    >
    <label
      >Side
      <input
        type="search"
        placeholder="e.g. Basmachi"
        .value=${choice.side}
        @input=${(e: Event) => change({ side: value(e) })}
    /></label>
    <label
      >Order
      <select @change=${(e: Event) => change({ order: value(e) as RowOrder })}>
        ${Object.entries(ORDER_LABELS).map(
          ([v, label]) =>
            html`<option value=${v} ?selected=${choice.order === v}>${label}</option>`,
        )}
      </select></label
    >
    ${
      count === 0
        ? nothing
        : html`<button type="button" @click=${options.onUndoOverrides}>
            Undo ${count} ${count === 1 ? 'join or split' : 'joins and splits'}
          </button>`
    }
  </div>`;
}

/** The controls' layout: a wrapping row of labelled controls, labels above. */
export const rowControlStyles = css`
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
  .controls select,
  .controls input,
  .controls button {
    font: inherit;
    font-weight: 400;
  }
`;
