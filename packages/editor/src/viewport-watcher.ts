import type { EditorState, PluginView } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { DocRange } from './text-map.ts';

/**
 * Which part of the document the reader can see, measured from the top-level blocks' boxes:
 * `visible` spans the blocks inside the window's viewport, `around` those within one viewport
 * height above and below it. Positions are the blocks' content starts and ends.
 */
export interface SeenRange {
  readonly visible: DocRange;
  readonly around: DocRange;
}

/** Positions added or removed by one edit past which what is on screen is measured again. */
const REMEASURE_AFTER = 2_000;

/** Blocks checked before a binary search's answer: a float (the infobox) reaches below its successors. */
const FLOAT_LOOKBACK = 8;

function rectOf(blocks: HTMLCollection, i: number): DOMRect {
  return blocks[i]!.getBoundingClientRect();
}

/** The first block whose box reaches below `y` (boxes run down the page in document order). */
function firstBelow(blocks: HTMLCollection, y: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(blocks, mid).bottom > y) hi = mid;
    else lo = mid + 1;
  }
  let first = lo;
  for (let i = Math.max(0, lo - FLOAT_LOOKBACK); i < lo; i += 1) {
    if (rectOf(blocks, i).bottom > y) {
      first = i;
      break;
    }
  }
  return Math.min(first, blocks.length - 1);
}

/** The last block whose box starts above `y`. */
function lastAbove(blocks: HTMLCollection, y: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(blocks, mid).top < y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(lo - 1, 0);
}

/** The document range from block `first`'s content start to block `last`'s content end, or null. */
function rangeOfBlocks(
  view: EditorView,
  blocks: HTMLCollection,
  first: number,
  last: number,
): DocRange | null {
  const a = blocks[Math.min(first, last)];
  const b = blocks[Math.max(first, last)];
  if (a === undefined || b === undefined) return null;
  try {
    return { from: view.posAtDOM(a, 0), to: view.posAtDOM(b, b.childNodes.length) };
  } catch {
    return null; // an element ProseMirror does not own (nothing of ours puts one there)
  }
}

/**
 * What of `view`'s document is in the window's viewport, or null when the editor is not laid
 * out (hidden, not yet attached, or a DOM without layout such as happy-dom) or entirely off
 * screen. About four binary searches over the top-level blocks' boxes: blocks kept out of layout
 * by `content-visibility: auto` report their intrinsic size without being laid out.
 */
export function seenRange(view: EditorView): SeenRange | null {
  const dom = view.dom;
  const win = dom.ownerDocument.defaultView;
  const box = dom.getBoundingClientRect();
  if (win === null || box.height <= 0 || box.width <= 0) return null;
  const height = win.innerHeight;
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, height);
  const blocks = dom.children;
  if (bottom <= top || blocks.length === 0) return null;
  const visible = rangeOfBlocks(view, blocks, firstBelow(blocks, top), lastAbove(blocks, bottom));
  const around = rangeOfBlocks(
    view,
    blocks,
    firstBelow(blocks, top - height),
    lastAbove(blocks, bottom + height),
  );
  return visible === null || around === null ? null : { visible, around };
}

/**
 * A plugin view that measures {@link seenRange} at most once an animation frame after the page
 * or any element around the editor scrolls, the window resizes or the editor's own box changes
 * size (shown after being hidden), and hands it to `onSeen`. Scroll events do not bubble and
 * stay inside their shadow root, so it listens, capturing, on the window and on every shadow
 * root between the editor and the document.
 */
export class ViewportWatcher implements PluginView {
  private frame: number | null = null;
  private readonly targets: EventTarget[] = [];
  private readonly resize: ResizeObserver | null;
  private readonly win: (Window & typeof globalThis) | null;

  constructor(
    private readonly view: EditorView,
    private readonly onSeen: (view: EditorView, seen: SeenRange) => void,
  ) {
    this.win = view.dom.ownerDocument.defaultView;
    if (this.win !== null) {
      this.targets.push(this.win);
      for (
        let root = view.dom.getRootNode();
        root instanceof this.win.ShadowRoot;
        root = root.host.getRootNode()
      )
        this.targets.push(root);
      for (const target of this.targets)
        target.addEventListener('scroll', this.schedule, { capture: true, passive: true });
      this.win.addEventListener('resize', this.schedule, { passive: true });
    }
    this.resize =
      this.win !== null && typeof this.win.ResizeObserver === 'function'
        ? new this.win.ResizeObserver(this.schedule)
        : null;
    this.resize?.observe(view.dom);
    this.schedule();
  }

  /**
   * Measures again after an edit that changed the text's length by more than a screen or so (a
   * long paste, the whole text replaced): what is on screen is then other text. Not per
   * keystroke — typing changes nothing a scroll would not report.
   */
  update(view: EditorView, prev: EditorState): void {
    if (Math.abs(view.state.doc.content.size - prev.doc.content.size) > REMEASURE_AFTER)
      this.schedule();
  }

  /** Asks for a measurement in the next animation frame (one however many events arrive). */
  readonly schedule = (): void => {
    if (this.frame !== null || this.win === null) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = null;
      if (this.view.isDestroyed) return;
      const seen = seenRange(this.view);
      if (seen !== null) this.onSeen(this.view, seen);
    });
  };

  destroy(): void {
    if (this.frame !== null) this.win?.cancelAnimationFrame(this.frame);
    this.frame = null;
    for (const target of this.targets)
      target.removeEventListener('scroll', this.schedule, { capture: true });
    this.win?.removeEventListener('resize', this.schedule);
    this.resize?.disconnect();
  }
}
