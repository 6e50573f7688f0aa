/**
 * The geometry of parallel reading, as pure functions over rectangles (no DOM), so that what
 * "visible" means and where the linking line runs can be tested without a browser. Rectangles
 * are in one coordinate space (the window's, as `getBoundingClientRect` gives them).
 */

/** A rectangle, as `DOMRect` has it (a `DOMRect` is one). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A line from (x1, y1) to (x2, y2). */
export interface Line {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The overlap of two rectangles, or null when they do not overlap. */
export function intersect(a: Box, b: Box): Box | null {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return box.left < box.right && box.top < box.bottom ? box : null;
}

/** Whether `inner` lies wholly inside `outer` (edges may touch). */
export function fullyInside(inner: Box, outer: Box): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

/**
 * How far to scroll a pane (`box`, its scroll box) so that `span` sits in its middle: positive
 * scrolls down. Zero when the span is already within a tenth of the pane's height of the middle,
 * so a claim that is already in place does not make the text jump.
 */
export function centringOffset(span: Box, box: Box): number {
  const offset = (span.top + span.bottom) / 2 - (box.top + box.bottom) / 2;
  return Math.abs(offset) <= (box.bottom - box.top) / 10 ? 0 : offset;
}

/**
 * The line joining a claim in the left pane to its counterpart in the right one: from the end of
 * the left span (its last line box, where a wrapped claim ends) to the start of the right span
 * (its first line box), at mid-height, relative to `origin`. Null unless both ends are visible —
 * each end's line box must lie inside what can be seen of its pane (`leftView`, `rightView`: the
 * pane's scroll box clipped by the window), since a line to a span scrolled away would cross the
 * page to nowhere.
 */
export function linkLine(
  left: readonly Box[],
  right: readonly Box[],
  leftView: Box | null,
  rightView: Box | null,
  origin: { readonly left: number; readonly top: number },
): Line | null {
  const from = left[left.length - 1];
  const to = right[0];
  if (!from || !to || !leftView || !rightView) return null;
  if (!fullyInside(from, leftView) || !fullyInside(to, rightView)) return null;
  return {
    x1: from.right - origin.left,
    y1: (from.top + from.bottom) / 2 - origin.top,
    x2: to.left - origin.left,
    y2: (to.top + to.bottom) / 2 - origin.top,
  };
}
