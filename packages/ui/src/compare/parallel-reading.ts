import { LitElement, css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { Account } from '@apparatus/core';
import './reading-pane.ts';
import type { PaneClaimDetail, PaneLight, ReadingPane } from './reading-pane.ts';

/** The claim the reader is on: in which pane, and whether it was chosen or only hovered. */
interface Active {
  readonly pane: 0 | 1;
  readonly claimId: string;
}

/**
 * `apx-parallel-reading` — two accounts side by side, read-only, for reading them against each
 * other. Selecting or hovering a claim in one pane lights its counterparts in the other (the
 * claims of the same cross-account subject, from the view's {@link counterparts}), scrolls them
 * into view, numbers the pair with matching markers and draws a line between the two spans.
 * A hover lights for as long as the pointer stays; a selection stays until another is made.
 */
export class ParallelReading extends LitElement {
  static override properties = {
    accounts: { attribute: false },
    counterparts: { attribute: false },
    _line: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      position: relative;
      font-family: var(--apx-font-ui);
    }
    .panes {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: var(--apx-space-8);
    }
    h3 {
      margin: 0 0 var(--apx-space-2);
      font-size: 0.9rem;
      color: var(--apx-ink-soft);
    }
    svg {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      pointer-events: none;
      overflow: visible;
    }
    line {
      stroke: var(--apx-accent);
      stroke-width: 2;
      stroke-dasharray: 4 3;
    }
    circle {
      fill: var(--apx-accent);
    }
  `;

  /** The two accounts, left and right. */
  declare accounts: readonly [Account, Account] | undefined;
  /** The counterparts of each claim (same cross-account subject, other accounts), by claim id. */
  declare counterparts: ReadonlyMap<string, readonly string[]>;
  declare _line: { x1: number; y1: number; x2: number; y2: number } | null;

  #selected: Active | null = null;
  #hovered: Active | null = null;
  #shownIds = '';

  constructor() {
    super();
    this.accounts = undefined;
    this.counterparts = new Map();
    this._line = null;
  }

  /** The claim lit now: the hovered one, else the selected one. */
  get active(): { readonly pane: 0 | 1; readonly claimId: string } | null {
    return this.#hovered ?? this.#selected;
  }

  /** Selects a claim (from the table, say): lights it and its counterparts, scrolls both panes. */
  async selectClaim(claimId: string): Promise<void> {
    await this.updateComplete;
    const panes = this.#panes();
    const pane = this.#paneOfClaim(claimId);
    if (pane === null) return;
    this.#selected = { pane, claimId };
    this.#hovered = null;
    panes[pane]?.reveal(claimId);
    this.#light(true);
  }

  protected override render(): TemplateResult {
    const accounts = this.accounts;
    if (!accounts) return html``;
    const line = this._line;
    return html`<div class="panes" @apx-pane-scroll=${this.#drawLine}>
        ${accounts.map(
          (account, i) =>
            html`<section aria-label=${`Parallel reading: ${account.title}`}>
              <h3>${account.title}</h3>
              <apx-reading-pane
                data-pane=${i}
                .account=${account}
                @apx-pane-claim=${(e: CustomEvent<PaneClaimDetail>) =>
                  this.#onPaneClaim(i as 0 | 1, e.detail)}
              ></apx-reading-pane>
            </section>`,
        )}
      </div>
      ${
        line === null
          ? nothing
          : svg`<svg aria-hidden="true"><line x1=${line.x1} y1=${line.y1} x2=${line.x2} y2=${line.y2}></line><circle cx=${line.x1} cy=${line.y1} r="3"></circle><circle cx=${line.x2} cy=${line.y2} r="3"></circle></svg>`
      }`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new array of the same two accounts (the view re-rendered) keeps the reader's selection.
    const ids = this.accounts?.map((a) => a.id).join() ?? '';
    if (changed.has('accounts') && ids !== this.#shownIds) {
      this.#shownIds = ids;
      this.#selected = null;
      this.#hovered = null;
      this.#light(false);
    }
  }

  #panes(): ReadingPane[] {
    return [...this.renderRoot.querySelectorAll('apx-reading-pane')];
  }

  #paneOfClaim(claimId: string): 0 | 1 | null {
    const panes = this.#panes();
    for (const [i, pane] of panes.entries())
      if (pane.spansOf(claimId).length > 0) return i as 0 | 1;
    return null;
  }

  #onPaneClaim(pane: 0 | 1, detail: PaneClaimDetail): void {
    if (detail.how === 'select') {
      this.#selected = detail.claimId === null ? null : { pane, claimId: detail.claimId };
      this.#hovered = null;
    } else {
      this.#hovered = detail.claimId === null ? null : { pane, claimId: detail.claimId };
    }
    this.#light(true, detail.how === 'hover');
  }

  /** Lights the active claim and its counterparts, numbering the pair alike in both panes. */
  #light(reveal: boolean, onlyIfHidden = false): void {
    const panes = this.#panes();
    const active = this.active;
    const lights: Map<string, { light: PaneLight; n: number }>[] = [new Map(), new Map()];
    if (active !== null) {
      lights[active.pane]!.set(active.claimId, { light: 'selected', n: 1 });
      const other = (1 - active.pane) as 0 | 1;
      const otherPane = panes[other];
      const counterparts = (this.counterparts.get(active.claimId) ?? []).filter(
        (id) => otherPane !== undefined && otherPane.spansOf(id).length > 0,
      );
      for (const id of counterparts) lights[other]!.set(id, { light: 'counterpart', n: 1 });
      if (reveal) panes[active.pane]?.reveal(active.claimId, true);
      if (reveal && counterparts[0] !== undefined) otherPane?.reveal(counterparts[0], onlyIfHidden);
    }
    panes.forEach((pane, i) => {
      pane.lights = lights[i]!;
    });
    void Promise.all(panes.map((p) => p.updateComplete)).then(() =>
      requestAnimationFrame(() => this.#drawLine()),
    );
  }

  /** The line between the active claim and its first counterpart, in this element's coordinates. */
  #drawLine(): void {
    const panes = this.#panes();
    const active = this.active;
    if (active === null) {
      this._line = null;
      return;
    }
    panes.forEach((p) => p.redraw());
    const from = panes[active.pane]?.spansOf(active.claimId)[0];
    const otherPane = panes[1 - active.pane];
    const counterpart = [...(otherPane?.lights.keys() ?? [])][0];
    const to = counterpart === undefined ? undefined : otherPane?.spansOf(counterpart)[0];
    if (!from || !to) {
      this._line = null;
      return;
    }
    // A span scrolled out of its pane gets no line (it would cross the page to nowhere).
    const inside = (span: HTMLElement, pane: Element | undefined): boolean => {
      const box = pane?.getBoundingClientRect();
      const at = span.getBoundingClientRect();
      return box !== undefined && at.bottom > box.top && at.top < box.bottom;
    };
    if (!inside(from, panes[active.pane]) || !inside(to, otherPane)) {
      this._line = null;
      return;
    }
    const origin = this.getBoundingClientRect();
    const [left, right] =
      active.pane === 0
        ? [from.getBoundingClientRect(), to.getBoundingClientRect()]
        : [to.getBoundingClientRect(), from.getBoundingClientRect()];
    this._line = {
      x1: left.right - origin.left,
      y1: left.top + left.height / 2 - origin.top,
      x2: right.left - origin.left,
      y2: right.top + right.height / 2 - origin.top,
    };
  }
}

customElements.define('apx-parallel-reading', ParallelReading);

declare global {
  interface HTMLElementTagNameMap {
    'apx-parallel-reading': ParallelReading;
  }
}
