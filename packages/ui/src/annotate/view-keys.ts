import type { ApparatusEditor } from '@apparatus/editor';
import { isMacPlatform, matchesShortcut, shortcutFor, type ShortcutCommand } from './shortcuts.ts';

/** The keys of the unified undo (the editor's own, so the reader's habit works everywhere). */
export const UNDO_KEYS = ['Mod-z'] as const;
export const REDO_KEYS = ['Shift-Mod-z', 'Mod-y'] as const;

/** What a key pressed in the Article view asks for. */
export type ViewKeyCommand = ShortcutCommand | 'undo' | 'redo';

/** Whether the key event comes from a place where text is typed (a field, the editor). */
function typingIn(path: readonly EventTarget[]): boolean {
  return path.some(
    (t) =>
      t instanceof HTMLElement &&
      (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)),
  );
}

/**
 * The command a key event in the Article view runs, or null. Keys inside an open dialog are the
 * dialog's. Undo and redo are taken in the editor (`editorDom`) and outside text fields — a
 * field's own undo is left alone; a typing key such as "?" is a shortcut only outside text.
 */
export function viewKeyCommand(
  event: KeyboardEvent,
  editorDom: EventTarget | undefined,
  mac: boolean = isMacPlatform(),
): ViewKeyCommand | null {
  const path = event.composedPath();
  if (path.some((t) => t instanceof HTMLDialogElement)) return null;
  const inEditor = editorDom !== undefined && path.includes(editorDom);
  const inText = typingIn(path);
  if (inEditor || !inText) {
    if (UNDO_KEYS.some((k) => matchesShortcut(event, k, mac))) return 'undo';
    if (REDO_KEYS.some((k) => matchesShortcut(event, k, mac))) return 'redo';
  }
  return shortcutFor(event, mac, { inText });
}

/** What a shortcut reaches in the Article view. */
export interface ShortcutTargets {
  readonly editor: ApparatusEditor | undefined;
  /** Runs a toolbar action on the claim at the cursor (or one made from the selection). */
  readonly request: (action: 'flag' | 'support' | 'cite') => void;
  readonly help: () => void;
}

/** Runs a shortcut of the table (undo and redo aside, which the view's history takes). */
export function runShortcut(command: ShortcutCommand, on: ShortcutTargets): void {
  const editor = on.editor;
  switch (command) {
    case 'flag':
    case 'support':
    case 'cite':
      on.request(command);
      return;
    case 'next-claim':
    case 'previous-claim':
      if (!editor) return;
      if (command === 'next-claim' ? editor.selectNextClaim() : editor.selectPreviousClaim()) {
        editor.focus();
      }
      return;
    case 'help':
      on.help();
      return;
  }
}
