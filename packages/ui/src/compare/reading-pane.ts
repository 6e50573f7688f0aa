import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Account, WorkspacePort } from '@apparatus/core';
import { workspaceContext } from '../context.ts';
import { EditorController } from '../editor-controller.ts';
import { articleStyles } from '../styles/article.ts';
import { focusAndMotion } from '../styles/tokens.ts';
import { centringOffset, fullyInside, intersect, type Box } from './pane-geometry.ts';

/** What `apx-pane-claim` carries: the claim the reader is on in a pane (null: none), and how. */
export interface PaneClaimDetail {
  readonly claimId: string | null;
  readonly how: 'select' | 'hover';
}

/** How a claim is lit in a pane: the one the reader chose, or a counterpart of it. */
export type PaneLight = 'selected' | 'counterpart';

/**
 * `apx-reading-pane` — one account, read-only, in the article's typography, for parallel
 * reading. The ProseMirror editor is hosted by the shared {@link EditorController} (the UI imports
 * no ProseMirror). Claims the parallel view lights are drawn by a stylesheet keyed by claim id —
 * nothing is written into the editor's DOM — and marked by numbered markers beside them
 * (`.marker[data-claim][data-light]`), the same number in both panes for one pair.
 *
 * @fires apx-pane-claim - {@link PaneClaimDetail}, when the reader selects or hovers a claim
 * @fires apx-pane-layout - when the text moved in the pane: scrolled, or laid out anew (blocks
 *   with `content-visibility: auto` take their real height only once they near the view)
 * @csspart scroller - the scrolling box
 */
export class ReadingPane extends LitElement {
  static override properties = {
    account: { attribute: false },
    lights: { attribute: false },
  };

  static override styles = [
    focusAndMotion,
    articleStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .scroller {
        /* Both panes and the heading above them fit one window, so a linked pair can be seen. */
        height: var(--apx-pane-height, min(70vh, 40rem));
        overflow: auto;
        border: 1px solid var(--apx-rule);
        border-radius: var(--apx-radius);
        background: var(--apx-surface);
        padding: 0 var(--apx-space-4);
      }
      .content {
        position: relative;
      }
      .ProseMirror {
        font-size: 1rem;
        --apx-infobox-width: 15rem;
      }
      .ProseMirror .apx-title {
        display: block;
        font-size: 1.2rem;
        font-weight: 600;
        margin: var(--apx-space-3) 0;
      }
      .marker {
        position: absolute;
        transform: translate(-50%, -70%);
        min-width: 1.1rem;
        height: 1.1rem;
        border-radius: 0.55rem;
        font: 600 0.7rem/1.1rem var(--apx-font-ui);
        text-align: center;
        color: #fff;
        background: var(--apx-focus);
        pointer-events: none;
      }
      .marker[data-light='counterpart'] {
        background: var(--apx-accent);
      }
    `,
  ];

  /** The account shown. */
  declare account: Account | undefined;
  /** The claims to light, by id, with the marker number each gets. */
  declare lights: ReadonlyMap<string, { readonly light: PaneLight; readonly n: number }>;

  #port: WorkspacePort | undefined;
  readonly #editor = new EditorController(this, {
    place: () => this.renderRoot.querySelector<HTMLElement>('.text'),
    claimsOf: (id) => this.#port?.claimsOf(id) ?? Promise.resolve([]),
    onDocChange: () => undefined,
  });
  #hovered: string | null = null;

  constructor() {
    super();
    this.account = undefined;
    this.lights = new Map();
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (port) => {
        this.#port = port;
      },
    });
  }

  /** The claim spans of `id` in this pane (a claim cut by other marks has several). */
  spansOf(id: string): HTMLElement[] {
    return [
      ...this.renderRoot.querySelectorAll<HTMLElement>(`.text [data-claim="${CSS.escape(id)}"]`),
    ];
  }

  /**
   * What can be seen of the pane's text now: its scroll box, clipped by the window (a pane half
   * below the fold shows only its upper half). Null when none of it is on screen.
   */
  visibleBox(): Box | null {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!scroller) return null;
    const box = scroller.getBoundingClientRect();
    // The scroll box without its border and scrollbars: what the text is seen through.
    const inner = {
      left: box.left + scroller.clientLeft,
      top: box.top + scroller.clientTop,
      right: box.left + scroller.clientLeft + scroller.clientWidth,
      bottom: box.top + scroller.clientTop + scroller.clientHeight,
    };
    const view = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    return intersect(inner, view);
  }

  /** The line boxes of claim `id`'s first span (several when it wraps), empty ones left out. */
  lineBoxesOf(id: string): Box[] {
    const span = this.spansOf(id)[0];
    if (!span) return [];
    return [...span.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  }

  #revealing = 0;

  /**
   * Scrolls the pane — only the pane, never the page — so that claim `id` is in its middle
   * (with `onlyIfHidden`, only when it is not already wholly in the pane). Blocks far from the
   * view are laid out at an estimated height (`content-visibility: auto`) and take their real
   * one only after the next frame, so the span is measured again after each scroll and the
   * scroll corrected until it holds still. A newer reveal cancels an older one still settling.
   * Resolves when the claim is in place (or cannot come closer: the end of the text).
   */
  async reveal(id: string, onlyIfHidden = false): Promise<void> {
    const generation = ++this.#revealing;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!scroller) return;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const span = this.spansOf(id)[0];
      if (!span || generation !== this.#revealing) return;
      const box = scroller.getBoundingClientRect();
      const at = span.getBoundingClientRect();
      if (attempt === 0 && onlyIfHidden && fullyInside(at, box)) return;
      const offset = centringOffset(at, box);
      const before = scroller.scrollTop;
      if (offset !== 0) scroller.scrollTop = before + offset;
      if (scroller.scrollTop === before && attempt > 0) return;
      if (offset === 0) return;
      await nextFrame();
      await nextFrame();
    }
  }

  /** Selects claim `id` in the pane's editor (the reader's caret goes there). */
  select(id: string): boolean {
    return this.#editor.editor?.selectClaim(id) ?? false;
  }

  /** The text the editor was last given, and whether to mount again after this update. */
  #shownText: string | undefined;
  #remount = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('account')) return;
    const account = this.account;
    // The editor controller re-mounts only for another account (an editor keeps its state
    // through its own saves); this pane only reads, so a text changed elsewhere — the Article
    // view, another tab — is shown anew: unmounted in this update, mounted in the next.
    const changedText =
      account !== undefined &&
      this.#editor.accountId === account.id &&
      this.#shownText !== undefined &&
      account.text !== this.#shownText;
    this.#shownText = account?.text;
    this.#remount = changedText;
    this.#editor.show(changedText ? undefined : account, true);
  }

  protected override render(): TemplateResult {
    // tabindex: the read-only text scrolls by keyboard too (axe: scrollable-region-focusable).
    return html`<div
      class="scroller"
      part="scroller"
      tabindex="0"
      @click=${this.#onClick}
      @keyup=${this.#onClick}
      @mouseover=${this.#onHover}
      @mouseleave=${this.#onLeave}
      @scroll=${this.#onScroll}
    >
      <div class="content">
        <style class="lights"></style>
        <div class="text"></div>
        <div class="overlay" aria-hidden="true"></div>
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#remount) {
      this.#remount = false;
      // Mounted again by the next update, once this one (which unmounted it) is done.
      void this.updateComplete.then(() => {
        this.#editor.show(this.account, true);
        this.requestUpdate();
      });
    }
    if (changed.has('lights')) this.#drawLights();
  }

  /**
   * Draws the lights again (markers follow the text's layout). The editor mounts after its
   * claims are read; until then the lights wait a frame at a time.
   */
  redraw(): void {
    this.#drawLights();
  }

  #waiting = 0;

  /** Lights claims with a stylesheet keyed by id and places their numbered markers. */
  #drawLights(): void {
    if (this.#editor.editor === undefined && this.lights.size > 0 && this.#waiting < 120) {
      this.#waiting += 1;
      requestAnimationFrame(() => this.#drawLights());
      return;
    }
    this.#waiting = 0;
    const style = this.renderRoot.querySelector<HTMLStyleElement>('style.lights');
    const overlay = this.renderRoot.querySelector<HTMLElement>('.overlay');
    const content = this.renderRoot.querySelector<HTMLElement>('.content');
    if (!style || !overlay || !content) return;
    const rules: string[] = [];
    const markers: HTMLElement[] = [];
    const origin = content.getBoundingClientRect();
    for (const [id, { light, n }] of this.lights) {
      const selector = `.text [data-claim="${CSS.escape(id)}"]`;
      rules.push(
        light === 'selected'
          ? `${selector} { background: #dbe7fb; box-shadow: 0 0 0 2px var(--apx-focus); }`
          : `${selector} { background: var(--apx-accent-soft); box-shadow: 0 0 0 2px var(--apx-accent); }`,
      );
      const span = this.spansOf(id)[0];
      if (!span) continue;
      const at = span.getBoundingClientRect();
      const marker = document.createElement('span');
      marker.className = 'marker';
      marker.dataset['claim'] = id;
      marker.dataset['light'] = light;
      marker.textContent = String(n);
      marker.style.left = `${at.left - origin.left}px`;
      marker.style.top = `${at.top - origin.top}px`;
      markers.push(marker);
    }
    style.textContent = rules.join('\n');
    overlay.replaceChildren(...markers);
  }

  #claimOfEvent(event: Event): string | null {
    for (const target of event.composedPath()) {
      if (target instanceof HTMLElement && target.dataset['claim'] !== undefined) {
        if (target.closest('.text')) return target.dataset['claim'];
      }
    }
    return null;
  }

  #onClick(event: Event): void {
    const id = this.#editor.editor?.claimAt() ?? this.#claimOfEvent(event);
    this.#emit({ claimId: id, how: 'select' });
  }

  #onHover(event: MouseEvent): void {
    const id = this.#claimOfEvent(event);
    if (id === this.#hovered) return;
    this.#hovered = id;
    if (id !== null) this.#emit({ claimId: id, how: 'hover' });
  }

  #onLeave(): void {
    if (this.#hovered === null) return;
    this.#hovered = null;
    this.#emit({ claimId: null, how: 'hover' });
  }

  #onScroll(): void {
    this.#moved();
  }

  #moved(): void {
    this.dispatchEvent(new Event('apx-pane-layout', { bubbles: true, composed: true }));
  }

  /** The text's height changes as blocks near the view take their real size: lines follow. */
  readonly #resizes = new ResizeObserver(() => this.#moved());

  override connectedCallback(): void {
    super.connectedCallback();
    const content = this.renderRoot.querySelector('.content');
    if (content) this.#resizes.observe(content);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizes.disconnect();
  }

  protected override firstUpdated(): void {
    const content = this.renderRoot.querySelector('.content');
    if (content) this.#resizes.observe(content);
  }

  #emit(detail: PaneClaimDetail): void {
    this.dispatchEvent(
      new CustomEvent('apx-pane-claim', { detail, bubbles: true, composed: true }),
    );
  }
}

/** Resolves at the next animation frame (after the browser's next rendering update began). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

customElements.define('apx-reading-pane', ReadingPane);

declare global {
  interface HTMLElementTagNameMap {
    'apx-reading-pane': ReadingPane;
  }
  interface HTMLElementEventMap {
    'apx-pane-claim': CustomEvent<PaneClaimDetail>;
  }
}
