/**
 * Where focus goes back to when a dialog closes. A dialog opened from the editor must hand focus
 * back to the editor (ARCHITECTURE.md: "focus returned where it came from"), not to `<body>`,
 * which is where a browser leaves it when the focused element sat inside another shadow root.
 */

/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Something focus can go back to: an element, or an editor whose `focus()` also puts its own
 * selection back (a contenteditable focused natively puts the caret at its start instead).
 */
export interface FocusTarget {
  focus(): void;
  readonly isConnected: boolean;
}

/**
 * Remembers an element on `remember()` and focuses it again on `restore()`, if it is still on
 * the page. Each dialog element owns one.
 */
export class FocusReturn {
  #target: FocusTarget | null = null;

  /** Remembers `target`, or whatever has focus now. */
  remember(target?: FocusTarget | null): void {
    this.#target = target ?? deepActiveElement();
  }

  /** Focuses the remembered element again (once), when it is still connected. */
  restore(): void {
    const target = this.#target;
    this.#target = null;
    if (target?.isConnected) target.focus();
  }
}
