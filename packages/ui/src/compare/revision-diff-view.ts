import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  diffRevision,
  type RevisionChange,
  type RevisionDiff,
  type RevisionSide,
} from '@apparatus/core';
import type { CompareClaimDetail } from './comparison-table.ts';

/** One changed figure or date as the list shows it: the old and new words and their claims. */
interface ValueEntry {
  readonly before: string;
  readonly after: string;
  readonly claimsBefore: readonly string[];
  readonly claimsAfter: readonly string[];
}

/**
 * The changed figures and dates, one entry per changed claim: the core keeps a change inside one
 * word whole ("1,500" → "2,000"), but a value of several words changed in more than one of them
 * ("February 1922" → "March 1923") is several changes, which a reader would take for several
 * edits; neighbouring value changes that touch a claim in common are one entry, its words read
 * whole from both texts. Entries in the order of the older text.
 */
function valueEntries(
  changes: readonly RevisionChange[],
  olderText: string,
  newerText: string,
): ValueEntry[] {
  const sorted = [...changes].sort(
    (x, y) => x.before.start - y.before.start || x.after.start - y.after.start,
  );
  const groups: RevisionChange[][] = [];
  for (const change of sorted) {
    const last = groups[groups.length - 1];
    const shares = (group: readonly RevisionChange[]) =>
      group.some(
        (g) =>
          g.claimsBefore.some((id) => change.claimsBefore.includes(id)) ||
          g.claimsAfter.some((id) => change.claimsAfter.includes(id)),
      );
    if (last && shares(last)) last.push(change);
    else groups.push([change]);
  }
  return groups.map((group) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const unique = (ids: readonly string[]) => [...new Set(ids)];
    return {
      before:
        group.length === 1
          ? first.before.text
          : olderText.slice(first.before.start, last.before.end),
      after:
        group.length === 1 ? first.after.text : newerText.slice(first.after.start, last.after.end),
      claimsBefore: unique(group.flatMap((c) => c.claimsBefore)),
      claimsAfter: unique(group.flatMap((c) => c.claimsAfter)),
    };
  });
}

/**
 * `apx-revision-diff` — what changed between an account and its revision, word by word
 * (`diffRevision`, jsdiff underneath): the whole text with removals struck and additions
 * underlined, and first a list of the changes that touch a figure or a date, each with buttons to
 * the claims it touches on both sides. The diff is computed once per pair of texts.
 *
 * @fires apx-compare-claim - when a change's claim is chosen (the view shows it in parallel reading)
 */
export class RevisionDiffView extends LitElement {
  static override properties = {
    older: { attribute: false },
    newer: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
      font-family: var(--apx-font-ui);
      font-size: 0.875rem;
    }
    ol {
      padding-left: 1.25rem;
    }
    li {
      margin-bottom: var(--apx-space-2);
    }
    del {
      background: #f6dcd7;
      color: #7a1d12;
    }
    ins {
      background: #dcefdc;
      color: #1d4d24;
      text-decoration: underline;
    }
    .text {
      font-family: var(--apx-font-text);
      font-size: 1rem;
      line-height: 1.6;
      white-space: pre-wrap;
      max-height: 40vh;
      overflow: auto;
      border: 1px solid var(--apx-rule);
      background: var(--apx-surface);
      padding: var(--apx-space-3);
    }
    button {
      font: inherit;
      font-size: 0.75rem;
      cursor: pointer;
      margin-left: var(--apx-space-1);
    }
  `;

  /** The older account: its title, text and claims. */
  declare older: (RevisionSide & { readonly title: string; readonly id: string }) | undefined;
  /** The revision. */
  declare newer: (RevisionSide & { readonly title: string; readonly id: string }) | undefined;

  #diff: { readonly diff: RevisionDiff; readonly values: readonly ValueEntry[] } | undefined;

  constructor() {
    super();
    this.older = undefined;
    this.newer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('older') || changed.has('newer')) && this.older && this.newer) {
      const diff = diffRevision(this.older, this.newer);
      this.#diff = {
        diff,
        values: valueEntries(diff.valueChanges, this.older.text, this.newer.text),
      };
    }
  }

  protected override render(): TemplateResult {
    const older = this.older;
    const newer = this.newer;
    if (!this.#diff || !older || !newer) return html``;
    const { diff, values } = this.#diff;
    // A value changed in several words counts once, as the list shows it.
    const count = diff.changes.length - diff.valueChanges.length + values.length;
    return html`
      <p>
        “${newer.title}” revises “${older.title}”: ${count} ${count === 1 ? 'change' : 'changes'},
        ${values.length} of figures or dates.
      </p>
      ${
        values.length === 0
          ? nothing
          : html`<ol aria-label="Changed figures and dates">
              ${values.map(
                (change) =>
                  html`<li>
                    ${change.before.trim() === '' ? nothing : html`<del>${change.before}</del>`}
                    ${change.before.trim() !== '' && change.after.trim() !== '' ? '→' : ''}
                    ${change.after.trim() === '' ? nothing : html`<ins>${change.after}</ins>`}
                    ${change.claimsBefore.map((id) =>
                      this.#claimButton(id, older.id, `claim in “${older.title}”`),
                    )}
                    ${change.claimsAfter.map((id) =>
                      this.#claimButton(id, newer.id, `claim in “${newer.title}”`),
                    )}
                  </li>`,
              )}
            </ol>`
      }
      <div class="text" aria-label="Word-level differences">
        ${diff.parts.map((part) =>
          part.type === 'same'
            ? part.text
            : part.type === 'removed'
              ? html`<del>${part.text}</del>`
              : html`<ins>${part.text}</ins>`,
        )}
      </div>
    `;
  }

  #claimButton(claimId: string, accountId: string, label: string): TemplateResult {
    return html`<button
      type="button"
      @click=${() => {
        const detail: CompareClaimDetail = { claimId, accountId };
        this.dispatchEvent(
          new CustomEvent('apx-compare-claim', { detail, bubbles: true, composed: true }),
        );
      }}
    >
      ${label}
    </button>`;
  }
}

customElements.define('apx-revision-diff', RevisionDiffView);

declare global {
  interface HTMLElementTagNameMap {
    'apx-revision-diff': RevisionDiffView;
  }
}
