/**
 * The keyboard shortcuts of the annotation workflow, as data: the help dialog lists this table,
 * and the host binds the same table (in the editor's keymap and on the page), so what the help
 * says is what the keys do. `keys` uses ProseMirror's keymap notation ("Mod" is Cmd on macOS,
 * Ctrl elsewhere); {@link matchesShortcut} reads the same notation for DOM key events.
 *
 * Mod-Shift-S, -D and -C are free in ProseMirror's base keymap, and a page may take them with
 * `preventDefault()` in most browsers. One caution, unverified here: Chrome's Ctrl-Shift-C opens
 * the DevTools inspector on some setups; F1 and the toolbar remain as other ways in. Alt-ArrowUp/
 * Down moves between claims without touching the caret's own arrows. A bare printable key ("?")
 * would type itself in the editor, so it only works outside text fields ({@link isTypingKey}).
 */
export const SHORTCUT_COMMANDS = [
  'flag',
  'support',
  'cite',
  'next-claim',
  'previous-claim',
  'help',
] as const;
export type ShortcutCommand = (typeof SHORTCUT_COMMANDS)[number];

/** One row of the table: the command, the keys that run it (first is the one shown), and words. */
export interface Shortcut {
  readonly command: ShortcutCommand;
  readonly keys: readonly string[];
  readonly description: string;
}

/** Every annotation shortcut, in the order the help dialog lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'flag',
    keys: ['Mod-Shift-d'],
    description: 'Flag the claim at the cursor as disputed',
  },
  {
    command: 'support',
    keys: ['Mod-Shift-s'],
    description: 'Mark the claim at the cursor as supported',
  },
  {
    command: 'cite',
    keys: ['Mod-Shift-c'],
    description: 'Attach a citation to the claim at the cursor',
  },
  { command: 'next-claim', keys: ['Alt-ArrowDown'], description: 'Go to the next claim' },
  { command: 'previous-claim', keys: ['Alt-ArrowUp'], description: 'Go to the previous claim' },
  { command: 'help', keys: ['?', 'F1'], description: 'Show these keyboard shortcuts' },
] as const;

/** Whether the platform names the command key "Cmd" (Mod = Meta) rather than "Ctrl". */
export function isMacPlatform(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /Mac|iPhone|iPad|iPod/.test(platform);
}

/** The modifiers a key event carries. */
interface KeyEventLike {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * Whether a DOM key event is the shortcut `keys` (ProseMirror notation, e.g. "Mod-Shift-d").
 * Letters compare without case, because Shift turns "d" into "D". A single printable key such as
 * "?" matches whatever Shift it took to type it, but not with Ctrl, Alt or Cmd held.
 */
export function matchesShortcut(
  event: KeyEventLike,
  keys: string,
  mac: boolean = isMacPlatform(),
): boolean {
  const parts = keys.split(/-(?!$)/);
  const key = parts.pop() ?? '';
  let alt = false;
  let ctrl = false;
  let meta = false;
  let shift = false;
  for (const mod of parts) {
    if (mod === 'Alt') alt = true;
    else if (mod === 'Ctrl') ctrl = true;
    else if (mod === 'Meta' || mod === 'Cmd') meta = true;
    else if (mod === 'Shift') shift = true;
    else if (mod === 'Mod') {
      if (mac) meta = true;
      else ctrl = true;
    }
  }
  const printable = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (event.altKey !== alt || event.ctrlKey !== ctrl || event.metaKey !== meta) return false;
  if (!printable && event.shiftKey !== shift) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

/**
 * Whether `keys` is a plain printable character with no Ctrl, Alt or Cmd ("?"): such a key types
 * text in the editor, so the host binds it only where no text is being typed.
 */
export function isTypingKey(keys: string): boolean {
  const parts = keys.split(/-(?!$)/);
  const key = parts[parts.length - 1] ?? '';
  return key.length === 1 && parts.every((p, i) => i === parts.length - 1 || p === 'Shift');
}

/**
 * The command a key event runs, if any. With `inText` (the event comes from the editor or a
 * text field) the typing keys of {@link isTypingKey} are skipped, so "?" still types "?".
 */
export function shortcutFor(
  event: KeyEventLike,
  mac: boolean = isMacPlatform(),
  options: { readonly inText?: boolean } = {},
): ShortcutCommand | null {
  for (const shortcut of SHORTCUTS) {
    const keys = options.inText ? shortcut.keys.filter((k) => !isTypingKey(k)) : shortcut.keys;
    if (keys.some((k) => matchesShortcut(event, k, mac))) return shortcut.command;
  }
  return null;
}

/** How keys are shown to a reader: "Ctrl+Shift+D" (or "⌘⇧D" on a Mac), "Alt+↓", "?". */
export function keyLabel(keys: string, mac: boolean = isMacPlatform()): string {
  const parts = keys.split(/-(?!$)/);
  const names: Readonly<Record<string, string>> = mac
    ? { Mod: '⌘', Meta: '⌘', Cmd: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' }
    : { Mod: 'Ctrl', Meta: 'Meta', Cmd: 'Meta', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  const arrows: Readonly<Record<string, string>> = {
    ArrowUp: '↑',
    ArrowDown: '↓',
    ArrowLeft: '←',
    ArrowRight: '→',
  };
  const shown = parts.map((part, i) => {
    if (i === parts.length - 1)
      return arrows[part] ?? (part.length === 1 ? part.toUpperCase() : part);
    return names[part] ?? part;
  });
  return shown.join(mac ? '' : '+');
}
