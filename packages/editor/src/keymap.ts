import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Plugin } from 'prosemirror-state';
import { selectNextClaim, selectPreviousClaim } from './claim-commands.ts';
import {
  enterInField,
  exitEmptyListItem,
  joinGuardInField,
  liftFirstListItem,
} from './structure-commands.ts';

/**
 * The editor's own shortcuts in ProseMirror's key notation (`Mod` is Cmd on macOS, Ctrl
 * elsewhere), exported so the UI's help dialog lists what the editor really binds. The
 * toolbar's shortcuts (flag, cite, support) belong to the UI.
 */
export const EDITOR_KEYS = {
  undo: 'Mod-z',
  redo: 'Shift-Mod-z',
  redoAlt: 'Mod-y',
  nextClaim: 'Alt-ArrowDown',
  previousClaim: 'Alt-ArrowUp',
} as const;

/**
 * The keymaps, most specific first: history, claim navigation, Enter/Backspace/Delete in
 * infobox fields and list items, then prosemirror-commands' base keymap.
 */
export function editorKeymaps(): Plugin[] {
  return [
    keymap({
      [EDITOR_KEYS.undo]: undo,
      [EDITOR_KEYS.redo]: redo,
      [EDITOR_KEYS.redoAlt]: redo,
      [EDITOR_KEYS.nextClaim]: selectNextClaim,
      [EDITOR_KEYS.previousClaim]: selectPreviousClaim,
      Enter: chainCommands(enterInField, exitEmptyListItem),
      Backspace: chainCommands(joinGuardInField(-1), liftFirstListItem),
      Delete: joinGuardInField(1),
    }),
    keymap(baseKeymap),
  ];
}
