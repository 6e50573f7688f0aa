/** Puts an element on the page and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  Object.assign(element, props);
  document.body.append(element);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** Resolves after an element's pending render. */
export async function rendered(element: Element): Promise<void> {
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** The control labelled `name` inside a shadow root (by `<label for>` or `aria-label`). */
export function byLabel<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim() === name) {
      const id = label.getAttribute('for');
      const control = id
        ? root.querySelector(`#${id}`)
        : label.querySelector('input,select,textarea');
      if (control) return control as T;
    }
  }
  const labelled = root.querySelector(`[aria-label="${name}"]`);
  if (labelled) return labelled as T;
  throw new Error(`no control labelled "${name}"`);
}

/** The button whose text is `name`. */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  for (const b of root.querySelectorAll('button')) if (b.textContent?.trim() === name) return b;
  throw new Error(`no button "${name}"`);
}

/** Collects the events of `type` an element fires. */
export function listen<T>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

/** The dialog's accessible name, read through `aria-labelledby` or `aria-label`. */
export function dialogName(dialog: HTMLDialogElement): string {
  const ids = dialog.getAttribute('aria-labelledby');
  if (ids) {
    const root = dialog.getRootNode() as ParentNode & {
      getElementById?: (id: string) => HTMLElement | null;
    };
    return ids
      .split(' ')
      .map((id) => (root as ShadowRoot).querySelector(`#${id}`)?.textContent?.trim() ?? '')
      .join(' ');
  }
  return dialog.getAttribute('aria-label') ?? '';
}
