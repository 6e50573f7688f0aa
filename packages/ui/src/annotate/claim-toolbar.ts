import { LitElement, css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { focusAndMotion } from '../styles/tokens.ts';
import { toolButtonStyles } from '../styles/controls.ts';

/** The three things the toolbar asks the host to do. */
export const TOOLBAR_ACTIONS = ['flag', 'support', 'cite'] as const;
export type ToolbarAction = (typeof TOOLBAR_ACTIONS)[number];

/** The buttons' names: ARCHITECTURE.md's contract, which screen readers and tests rely on. */
export const TOOLBAR_LABELS: Readonly<Record<ToolbarAction, string>> = {
  flag: 'Flag as disputed',
  support: 'Mark as supported',
  cite: 'Attach citation',
};

/** The events the buttons fire, one per action. */
export const TOOLBAR_EVENTS = {
  flag: 'apx-flag-request',
  support: 'apx-support-request',
  cite: 'apx-cite-request',
} as const satisfies Record<ToolbarAction, string>;

/**
 * What a toolbar request carries: the claim at the cursor, or `null` when the host should first
 * make a claim from the selection.
 */
export interface ClaimRequestDetail {
  readonly claimId: string | null;
}

/**
 * `apx-claim-toolbar` — the toolbar "Claim tools" above the text. Its buttons act on the claim at
 * the cursor or, when there is none, on a claim made from the selection; the element decides
 * nothing itself and only asks the host, which holds the editor and the store.
 *
 * With neither a claim nor a selection the buttons are `aria-disabled` (not `disabled`), so they
 * stay reachable and a screen reader hears why through `aria-describedby`. The toolbar is one tab
 * stop; arrow keys, Home and End move between its buttons (the ARIA toolbar pattern).
 *
 * @fires apx-flag-request - {@link ClaimRequestDetail}: open "Flag as disputed" for this claim
 * @fires apx-support-request - {@link ClaimRequestDetail}: mark this claim supported
 * @fires apx-cite-request - {@link ClaimRequestDetail}: open "Attach citation" for this claim
 * @csspart toolbar - the toolbar box
 * @csspart button - each button
 */
export class ClaimToolbar extends LitElement {
  static override properties = {
    claimId: { attribute: 'claim-id' },
    hasSelection: { type: Boolean, attribute: 'has-selection' },
    readOnly: { type: Boolean, attribute: 'read-only' },
    _focused: { state: true },
  };

  static override styles = [
    focusAndMotion,
    toolButtonStyles,
    css`
      :host {
        display: block;
        font-family: var(--apx-font-ui);
        font-size: 0.875rem;
      }
      [role='toolbar'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--apx-space-2);
      }
      button:hover:not([aria-disabled='true']) {
        border-color: var(--apx-ink-soft);
        background: var(--apx-paper);
      }
      button[aria-disabled='true'] {
        color: var(--apx-ink-muted);
        background: var(--apx-paper);
        cursor: not-allowed;
      }
      .hint {
        color: var(--apx-ink-muted);
        font-size: 0.8rem;
      }
    `,
  ];

  /** The claim at the cursor, or null. */
  declare claimId: string | null;
  /** Whether the editor has a non-empty selection a claim could be made from. */
  declare hasSelection: boolean;
  /** True when the workspace cannot be written (another tab upgraded it). */
  declare readOnly: boolean;
  /** Index of the button that is the toolbar's tab stop. */
  declare _focused: number;

  constructor() {
    super();
    this.claimId = null;
    this.hasSelection = false;
    this.readOnly = false;
    this._focused = 0;
  }

  /** Why the buttons cannot act now, or '' when they can. */
  get unavailableReason(): string {
    if (this.readOnly) return 'This workspace is read-only in this tab; reload to annotate.';
    if (this.claimId === null && !this.hasSelection) {
      return 'Put the cursor in a claim or select words to annotate.';
    }
    return '';
  }

  protected override render(): TemplateResult {
    const reason = this.unavailableReason;
    return html`<div
      role="toolbar"
      aria-label="Claim tools"
      part="toolbar"
      @keydown=${this.#onKeydown}
    >
      ${TOOLBAR_ACTIONS.map(
        (action, index) =>
          html`<button
            type="button"
            part="button"
            data-action=${action}
            tabindex=${index === this._focused ? 0 : -1}
            aria-disabled=${reason === '' ? 'false' : 'true'}
            aria-describedby=${ifDefined(reason === '' ? undefined : 'why')}
            @click=${() => this.#request(action)}
            @focus=${() => (this._focused = index)}
          >
            ${TOOLBAR_LABELS[action]}
          </button>`,
      )}
      <span id="why" class="hint" ?hidden=${reason === ''}>${reason}</span>
    </div>`;
  }

  #request(action: ToolbarAction): void {
    if (this.unavailableReason !== '') return;
    const detail: ClaimRequestDetail = { claimId: this.claimId };
    this.dispatchEvent(
      new CustomEvent(TOOLBAR_EVENTS[action], { detail, bubbles: true, composed: true }),
    );
  }

  #onKeydown(event: KeyboardEvent): void {
    const count = TOOLBAR_ACTIONS.length;
    let next: number;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (this._focused + 1) % count;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
      next = (this._focused - 1 + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    this._focused = next;
    this.renderRoot.querySelectorAll('button')[next]?.focus();
  }
}

customElements.define('apx-claim-toolbar', ClaimToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'apx-claim-toolbar': ClaimToolbar;
  }
  interface HTMLElementEventMap {
    'apx-flag-request': CustomEvent<ClaimRequestDetail>;
    'apx-support-request': CustomEvent<ClaimRequestDetail>;
    'apx-cite-request': CustomEvent<ClaimRequestDetail>;
  }
}
