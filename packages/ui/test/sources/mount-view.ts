import '../../src/sources/sources-view.ts';
import type { SourcesView } from '../../src/sources/sources-view.ts';
import type { FakePort } from '../fake-port.ts';
import { provideWorkspace } from '../workspace-setup.ts';

/** Puts `apx-sources-view` on the page under a provider of `port`, and waits for its data. */
export async function mountSourcesView(port: FakePort): Promise<SourcesView> {
  const view = document.createElement('apx-sources-view');
  provideWorkspace(port, view);
  await settle(view);
  return view;
}

/** Lets queued port writes commit and the view (and its dialogs) re-render. */
export async function settle(view: SourcesView): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await view.updateComplete;
    for (const child of view.shadowRoot?.querySelectorAll(
      'apx-source-dialog, apx-delete-source-dialog',
    ) ?? []) {
      await (child as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
  }
}

/** The text of each listed source, in order. */
export function rowTexts(view: SourcesView): string[] {
  return [...(view.shadowRoot?.querySelectorAll('[role="listitem"]') ?? [])].map((row) =>
    (row.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** The list item showing the source with `id`. */
export function rowOf(view: SourcesView, id: string): HTMLElement {
  const row = view.shadowRoot?.querySelector<HTMLElement>(`[data-source-id="${id}"]`);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

/** The button whose accessible name (its `aria-label`, else its text) is `name`. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  for (const b of root.querySelectorAll('button')) {
    if ((b.getAttribute('aria-label') ?? b.textContent?.trim()) === name) return b;
  }
  throw new Error(`no button named "${name}"`);
}
