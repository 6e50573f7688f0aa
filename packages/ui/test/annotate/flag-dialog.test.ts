// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/annotate/flag-dialog.ts';
import type { FlagDetail } from '../../src/annotate/flag-dialog.ts';
import { button, byLabel, dialogName, listen, mount, rendered } from './mount.ts';

afterEach(() => document.body.replaceChildren());

/** A stand-in for the editor: the focusable element the dialog was opened from. */
function editor(): HTMLElement {
  const el = document.createElement('div');
  el.tabIndex = 0;
  el.setAttribute('role', 'textbox');
  document.body.append(el);
  el.focus();
  return el;
}

describe('apx-flag-dialog', () => {
  it('is a modal dialog named "Flag as disputed" with a "Reason" textbox and a "Flag" button', async () => {
    const flag = await mount('apx-flag-dialog', { claimText: '7,0008,000' });
    await flag.show();
    const root = flag.shadowRoot!;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialogName(dialog)).toBe('Flag as disputed');
    expect(byLabel(root, 'Reason').tagName).toBe('INPUT');
    expect(button(root, 'Flag').type).toBe('submit');
    expect(root.textContent).toContain('7,0008,000');
  });

  it('moves focus into the reason and returns it to the editor after flagging', async () => {
    const origin = editor();
    const flag = await mount('apx-flag-dialog');
    const flagged = listen<FlagDetail>(document, 'apx-flag');
    await flag.show();
    const reason = byLabel<HTMLInputElement>(flag.shadowRoot!, 'Reason');
    expect(flag.shadowRoot!.activeElement).toBe(reason);
    reason.value = '  Kutay gives a smaller garrison ';
    flag.shadowRoot!.querySelector('form')!.requestSubmit();
    expect(flagged).toEqual([{ reason: 'Kutay gives a smaller garrison' }]);
    expect(flag.open).toBe(false);
    expect(document.activeElement).toBe(origin);
  });

  it('refuses a blank reason inline and stays open', async () => {
    const flag = await mount('apx-flag-dialog');
    const flagged = listen<FlagDetail>(document, 'apx-flag');
    await flag.show();
    button(flag.shadowRoot!, 'Flag').click();
    await rendered(flag);
    const reason = byLabel<HTMLInputElement>(flag.shadowRoot!, 'Reason');
    expect(flagged).toEqual([]);
    expect(flag.open).toBe(true);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const error = flag.shadowRoot!.getElementById(reason.getAttribute('aria-describedby')!);
    expect(error?.textContent).toBe('Say why this claim is disputed.');
  });

  it('cancels with Cancel (or Escape, the same close), fires apx-dialog-cancel and returns focus', async () => {
    const origin = editor();
    const flag = await mount('apx-flag-dialog');
    const cancels = listen<unknown>(document, 'apx-dialog-cancel');
    const flagged = listen<FlagDetail>(document, 'apx-flag');
    await flag.show();
    button(flag.shadowRoot!, 'Cancel').click();
    expect(flag.open).toBe(false);
    expect(cancels).toHaveLength(1);
    expect(flagged).toEqual([]);
    expect(document.activeElement).toBe(origin);
  });

  it('returns focus to the element the host names', async () => {
    const target = editor();
    const other = document.createElement('button');
    document.body.append(other);
    other.focus();
    const flag = await mount('apx-flag-dialog');
    await flag.show(target);
    flag.close();
    expect(document.activeElement).toBe(target);
  });

  it('opens empty again after a previous reason', async () => {
    const flag = await mount('apx-flag-dialog');
    await flag.show();
    byLabel<HTMLInputElement>(flag.shadowRoot!, 'Reason').value = 'old';
    flag.close();
    await flag.show();
    expect(byLabel<HTMLInputElement>(flag.shadowRoot!, 'Reason').value).toBe('');
  });
});
