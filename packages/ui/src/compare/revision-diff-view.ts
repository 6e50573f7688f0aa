import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { diffRevision, type RevisionDiff, type RevisionSide } from '@apparatus/core';
import type { CompareClaimDetail } from './comparison-table.ts';

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

  #diff: RevisionDiff | undefined;

  constructor() {
    super();
    this.older = undefined;
    this.newer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('older') || changed.has('newer')) && this.older && this.newer) {
      this.#diff = diffRevision(this.older, this.newer);
    }
  }

  protected override render(): TemplateResult {
    const diff = this.#diff;
    const older = this.older;
    const newer = this.newer;
    if (!diff || !older || !newer) return html``;
    return html`
      <p>
        “${newer.title}” revises “${older.title}”: ${diff.changes.length}
        ${diff.changes.length === 1 ? 'change' : 'changes'}, ${diff.valueChanges.length} of figures
        or dates.
      </p>
      ${
        diff.valueChanges.length === 0
          ? nothing
          : html`<ol aria-label="Changed figures and dates">
              ${diff.valueChanges.map(
                (change) =>
                  html`<li>
                    ${
                      change.before.text.trim() === ''
                        ? nothing
                        : html`<del>${change.before.text}</del>`
                    }
                    ${change.before.text.trim() !== '' && change.after.text.trim() !== '' ? '→' : ''}
                    ${change.after.text.trim() === '' ? nothing : html`<ins>${change.after.text}</ins>`}
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
