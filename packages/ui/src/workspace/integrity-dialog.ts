import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { IntegrityProblem, IntegrityProblemKind } from '@apparatus/core';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn } from '../annotate/focus-return.ts';
import type { WorkspaceServices } from './services.ts';
import { countOf, messageOf } from './words.ts';

/** What each kind of problem means, as the heading of its group. */
export const PROBLEM_HEADINGS: Readonly<Record<IntegrityProblemKind, string>> = {
  'orphan-claim': 'Claims whose account no longer exists',
  'orphan-citation': 'Citations of a claim or source that no longer exists',
  'missing-subject': 'Claims about a subject that no longer exists',
  'missing-via': 'Sources known via a source that no longer exists',
  'position-outside-text': 'Claims anchored outside their text',
  'quote-mismatch': 'Claims anchored over other words than their own',
};

/** Where a check stands. */
type CheckStep =
  | { readonly kind: 'checking' }
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'done'; readonly problems: readonly IntegrityProblem[] };

/**
 * `apx-integrity-dialog` — the `dialog` "Check integrity": runs the store's integrity check and
 * lists what it found in plain words, grouped by what kind of damage it is (a claim whose account
 * is gone, a citation of a deleted source, a claim anchored off its text), or says "No problems
 * found". It only reads; nothing is repaired behind the reader's back.
 *
 * @csspart dialog - the `<dialog>` element
 */
export class IntegrityDialog extends LitElement {
  static override properties = {
    services: { attribute: false },
    _step: { state: true },
  };

  static override styles = [
    focusAndMotion,
    dialogStyles,
    css`
      h3 {
        font-size: 0.9rem;
        margin: var(--apx-space-3) 0 var(--apx-space-1);
      }
      ul {
        margin: 0;
        padding-left: 1.2rem;
        max-height: 50vh;
        overflow: auto;
      }
      li {
        margin-bottom: var(--apx-space-1);
      }
      .sound {
        color: var(--apx-ok);
        font-weight: 600;
      }
    `,
  ];

  /** What checks the workspace (from the app). */
  declare services: WorkspaceServices | undefined;
  declare _step: CheckStep | undefined;

  readonly #focus = new FocusReturn();
  #run = 0;

  constructor() {
    super();
    this.services = undefined;
    this._step = undefined;
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  /** Opens the dialog and runs the check. */
  async show(returnFocusTo?: HTMLElement | null): Promise<void> {
    this.#focus.remember(returnFocusTo);
    const run = ++this.#run;
    this._step = { kind: 'checking' };
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('#close')?.focus();
    let step: CheckStep;
    try {
      const problems = (await this.services?.checkIntegrity()) ?? [];
      step = { kind: 'done', problems };
    } catch (reason) {
      step = { kind: 'failed', error: unreadable(reason) };
    }
    if (run === this.#run) this._step = step;
  }

  /** Closes the dialog. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  protected override render(): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="summary"
      @close=${() => this.#focus.restore()}
    >
      <h2 id="title">Check integrity</h2>
      ${this.#renderStep()}
      <div class="actions">
        <button type="button" id="close" @click=${() => this.close()}>Close</button>
      </div>
    </dialog>`;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const step = this._step;
    if (!step) return nothing;
    if (step.kind === 'checking') return html`<p id="summary">Checking the workspace…</p>`;
    if (step.kind === 'failed')
      return html`<p id="summary" class="error" role="alert">${step.error}</p>`;
    if (step.problems.length === 0) {
      return html`<p id="summary" class="sound">No problems found.</p>
        <p class="hint">
          Every claim, citation and source points at rows that exist, and every claim is anchored
          over its own words.
        </p>`;
    }
    const groups = groupByKind(step.problems);
    return html`<p id="summary">
        ${countOf(step.problems.length, 'problem')} found. Nothing has been changed; these rows are
        kept as they are so that no annotation is lost.
      </p>
      ${groups.map(
        ([kind, problems]) =>
          html`<section aria-labelledby="kind-${kind}">
            <h3 id="kind-${kind}">${PROBLEM_HEADINGS[kind]} (${problems.length})</h3>
            <ul>
              ${problems.map((problem) => html`<li>${problem.message}</li>`)}
            </ul>
          </section>`,
      )}`;
  }
}

/** Problems grouped by kind, in the order {@link PROBLEM_HEADINGS} lists the kinds. */
export function groupByKind(
  problems: readonly IntegrityProblem[],
): [IntegrityProblemKind, IntegrityProblem[]][] {
  const kinds = Object.keys(PROBLEM_HEADINGS) as IntegrityProblemKind[];
  return kinds.flatMap((kind) => {
    const ofKind = problems.filter((problem) => problem.kind === kind);
    return ofKind.length > 0 ? [[kind, ofKind] as [IntegrityProblemKind, IntegrityProblem[]]] : [];
  });
}

function unreadable(reason: unknown): string {
  const message = messageOf(reason, '');
  return message === ''
    ? 'The workspace could not be read. Reload the page and try again.'
    : `The workspace could not be read: ${message}`;
}

customElements.define('apx-integrity-dialog', IntegrityDialog);

declare global {
  interface HTMLElementTagNameMap {
    'apx-integrity-dialog': IntegrityDialog;
  }
}
