// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  SHORTCUTS,
  SHORTCUT_COMMANDS,
  isTypingKey,
  keyLabel,
  matchesShortcut,
  shortcutFor,
} from '../../src/annotate/shortcuts.ts';
import '../../src/annotate/shortcuts-help.ts';
import { button, dialogName, mount } from './mount.ts';

afterEach(() => document.body.replaceChildren());

const key = (
  k: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the shortcut table', () => {
  it('has one row per command and no key used twice', () => {
    expect(SHORTCUTS.map((s) => s.command)).toEqual([...SHORTCUT_COMMANDS]);
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads Mod as Ctrl off a Mac and Cmd on one, letters in either case', () => {
    expect(shortcutFor(key('D', { ctrlKey: true, shiftKey: true }), false)).toBe('flag');
    expect(shortcutFor(key('d', { metaKey: true, shiftKey: true }), true)).toBe('flag');
    expect(shortcutFor(key('d', { metaKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutFor(key('S', { ctrlKey: true, shiftKey: true }), false)).toBe('support');
    expect(shortcutFor(key('C', { ctrlKey: true, shiftKey: true }), false)).toBe('cite');
  });

  it('needs every modifier and no other', () => {
    expect(shortcutFor(key('d', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(key('ArrowDown', { altKey: true }), false)).toBe('next-claim');
    expect(shortcutFor(key('ArrowUp', { altKey: true }), false)).toBe('previous-claim');
    expect(shortcutFor(key('ArrowDown'), false)).toBeNull();
    expect(shortcutFor(key('ArrowDown', { altKey: true, shiftKey: true }), false)).toBeNull();
  });

  it('takes "?" however Shift was needed to type it, but not with Ctrl', () => {
    expect(shortcutFor(key('?', { shiftKey: true }), false)).toBe('help');
    expect(shortcutFor(key('F1'), false)).toBe('help');
    expect(matchesShortcut(key('?', { ctrlKey: true }), '?', false)).toBe(false);
  });

  it('leaves typing keys to the text inside the editor, but not F1', () => {
    expect(isTypingKey('?')).toBe(true);
    expect(isTypingKey('Mod-Shift-d')).toBe(false);
    expect(shortcutFor(key('?', { shiftKey: true }), false, { inText: true })).toBeNull();
    expect(shortcutFor(key('F1'), false, { inText: true })).toBe('help');
    expect(shortcutFor(key('D', { ctrlKey: true, shiftKey: true }), false, { inText: true })).toBe(
      'flag',
    );
  });

  it('labels keys for the platform', () => {
    expect(keyLabel('Mod-Shift-d', false)).toBe('Ctrl+Shift+D');
    expect(keyLabel('Mod-Shift-d', true)).toBe('⌘⇧D');
    expect(keyLabel('Alt-ArrowDown', false)).toBe('Alt+↓');
    expect(keyLabel('?', false)).toBe('?');
  });
});

describe('apx-shortcuts-help', () => {
  it('is a dialog "Keyboard shortcuts" listing every shortcut, and returns focus on close', async () => {
    const origin = document.createElement('button');
    document.body.append(origin);
    origin.focus();
    const help = await mount('apx-shortcuts-help', { mac: false });
    await help.show();
    const root = help.shadowRoot!;
    expect(dialogName(root.querySelector('dialog')!)).toBe('Keyboard shortcuts');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toHaveLength(SHORTCUTS.length);
    expect(rows[0]).toBe('Ctrl+Shift+D Flag the claim at the cursor as disputed');
    expect(rows.at(-1)).toBe('? or F1 Show these keyboard shortcuts');
    expect(root.activeElement).toBe(button(root, 'Close'));
    button(root, 'Close').click();
    expect(help.open).toBe(false);
    expect(document.activeElement).toBe(origin);
  });
});
