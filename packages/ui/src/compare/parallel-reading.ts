import { LitElement, css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { Account } from '@apparatus/core';
import './reading-pane.ts';
import type { PaneClaimDetail, PaneLight, ReadingPane } from './reading-pane.ts';
import { linkLine, type Line } from './pane-geometry.ts';

/** The claim the reader is on: in which pane, and whether it was chosen or only hovered. */
interface Active {
  readonly pane: 0 | 1;
  readonly claimId: string;
}

/**
 * `apx-parallel-reading` — two accounts side by side, read-only, for reading them against each
 * other. Selecting or hovering a claim in one pane lights its counterparts in the other (the
 * claims of the same cross-account subject, from the view's {@link counterparts}), scrolls them
 * into view (the pane scrolls, not the page), numbers the pair with matching markers and draws a
 * line between the two spans — only while both can be seen; the line follows every scroll of a
 * pane or the page and every resize, redrawn at most once a frame.
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
  declare _line: Line | null;

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

  /**
   * Selects a claim (from the table, say): lights it and its counterparts and scrolls both panes
   * to them. Resolves once both have settled and the line is drawn.
   */
  async selectClaim(claimId: string): Promise<void> {
    await this.updateComplete;
    const pane = this.#paneOfClaim(claimId);
    if (pane === null) return;
    this.#selected = { pane, claimId };
    this.#hovered = null;
    await this.#light(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's own scroll moves the panes in the window: what is visible changes with it.
    window.addEventListener('scroll', this.#scheduleLine, { passive: true });
    window.addEventListener('resize', this.#scheduleLine, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.#scheduleLine);
    window.removeEventListener('resize', this.#scheduleLine);
    if (this.#frame !== 0) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  protected override render(): TemplateResult {
    const accounts = this.accounts;
    if (!accounts) return html``;
    const line = this._line;
    return html`<div class="panes" @apx-pane-layout=${this.#scheduleLine}>
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
      void this.#light(false);
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
    void this.#light(true, detail.how === 'hover');
  }

  /**
   * Lights the active claim and its counterparts, numbering the pair alike in both panes; with
   * `reveal`, scrolls the active claim into its pane if it is not wholly there and its first
   * counterpart to the middle of the other (for a hover, only if it is not in sight already).
   */
  async #light(reveal: boolean, onlyIfHidden = false): Promise<void> {
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
    }
    panes.forEach((pane, i) => {
      pane.lights = lights[i]!;
    });
    await Promise.all(panes.map((p) => p.updateComplete));
    const first = [...lights[1 - (active?.pane ?? 0)]!.keys()][0];
    if (reveal && active !== null) {
      await Promise.all([
        panes[active.pane]?.reveal(active.claimId, true),
        first === undefined ? undefined : panes[1 - active.pane]?.reveal(first, onlyIfHidden),
      ]);
    }
    this.#drawLine();
  }

  #frame = 0;

  /** Redraws the line at the next frame, once however many scrolls and resizes came before. */
  readonly #scheduleLine = (): void => {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#drawLine();
    });
  };

  /**
   * The line between the active claim and its first counterpart, in this element's coordinates,
   * and the panes' markers placed again (they follow the text's layout).
   */
  #drawLine(): void {
    const panes = this.#panes();
    const active = this.active;
    if (active === null) {
      this._line = null;
      return;
    }
    panes.forEach((p) => p.redraw());
    const [leftPane, rightPane] = panes;
    if (!leftPane || !rightPane) return;
    const counterpart = [...(panes[1 - active.pane]?.lights.keys() ?? [])][0];
    const [leftId, rightId] =
      active.pane === 0 ? [active.claimId, counterpart] : [counterpart, active.claimId];
    const line =
      leftId === undefined || rightId === undefined
        ? null
        : linkLine(
            leftPane.lineBoxesOf(leftId),
            rightPane.lineBoxesOf(rightId),
            leftPane.visibleBox(),
            rightPane.visibleBox(),
            this.getBoundingClientRect(),
          );
    const old = this._line;
    const same =
      line !== null &&
      old !== null &&
      line.x1 === old.x1 &&
      line.y1 === old.y1 &&
      line.x2 === old.x2 &&
      line.y2 === old.y2;
    if (!same) this._line = line;
  }
}

customElements.define('apx-parallel-reading', ParallelReading);

declare global {
  interface HTMLElementTagNameMap {
    'apx-parallel-reading': ParallelReading;
  }
}
