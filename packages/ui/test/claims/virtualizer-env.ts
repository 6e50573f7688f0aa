import { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';

/**
 * happy-dom computes no layout, so two things a browser gives `@lit-labs/virtualizer` are filled
 * in here, for these tests only:
 * - `Element.assignedSlot` is `undefined` in happy-dom where a browser gives `null` for an element
 *   in no slot, and the virtualizer walks ancestors until it meets `null` (no test uses slots);
 * - every box is 0×0, so the virtualizer would see no viewport and render nothing. A virtualizer's
 *   host element (a scroller) reports a 320×480 box and its items 320×48, like a panel beside the
 *   text; every other element fills the window, as the page around the panel would. The tests then count how many items the virtualizer put in the DOM for that viewport.
 */
if (document.createElement('div').assignedSlot === undefined) {
  Object.defineProperty(Element.prototype, 'assignedSlot', { configurable: true, get: () => null });
}

const VIEWPORT = { width: 320, height: 480 };
const ITEM_HEIGHT = 48;
const original = Element.prototype.getBoundingClientRect;

function box(top: number, width: number, height: number): DOMRect {
  return {
    x: 0,
    y: top,
    top,
    left: 0,
    width,
    height,
    right: width,
    bottom: top + height,
    toJSON: () => ({}),
  } as DOMRect;
}

Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element): DOMRect {
  if (virtualizerRef in this) return box(0, VIEWPORT.width, VIEWPORT.height);
  if (this.parentElement && virtualizerRef in this.parentElement)
    return box(0, VIEWPORT.width, ITEM_HEIGHT);
  const rect = original.call(this);
  // Everything else fills the window, as the page around the panel would.
  return rect.height === 0 && rect.width === 0
    ? box(0, window.innerWidth, window.innerHeight)
    : rect;
};

/**
 * Waits until the virtualizer inside `host` has rendered what it is going to: its layout is
 * loaded and scheduled over a few tasks and animation frames. This waits for the DOM to stop
 * changing (it asserts nothing about time).
 */
export async function settle(
  host: HTMLElement & { updateComplete: Promise<unknown> },
): Promise<void> {
  let last = -1;
  for (let round = 0; round < 50; round += 1) {
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const count = host.shadowRoot?.querySelectorAll('*').length ?? 0;
    if (count === last && round > 2) return;
    last = count;
  }
}
