// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/annotate/claim-toolbar.ts';
import type { ClaimRequestDetail } from '../../src/annotate/claim-toolbar.ts';
import { button, listen, mount, rendered } from './mount.ts';

afterEach(() => document.body.replaceChildren());

describe('apx-claim-toolbar', () => {
  it('is a toolbar named "Claim tools" with the three buttons of the contract', async () => {
    const toolbar = await mount('apx-claim-toolbar');
    const box = toolbar.shadowRoot!.querySelector('[role="toolbar"]')!;
    expect(box.getAttribute('aria-label')).toBe('Claim tools');
    expect([...box.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Flag as disputed',
      'Mark as supported',
      'Attach citation',
    ]);
  });

  it('asks the host to act on the claim at the cursor', async () => {
    const toolbar = await mount('apx-claim-toolbar', { claimId: 'c7' });
    const flags = listen<ClaimRequestDetail>(document, 'apx-flag-request');
    const supports = listen<ClaimRequestDetail>(document, 'apx-support-request');
    const cites = listen<ClaimRequestDetail>(document, 'apx-cite-request');
    const root = toolbar.shadowRoot!;
    button(root, 'Flag as disputed').click();
    button(root, 'Mark as supported').click();
    button(root, 'Attach citation').click();
    expect(flags).toEqual([{ claimId: 'c7' }]);
    expect(supports).toEqual([{ claimId: 'c7' }]);
    expect(cites).toEqual([{ claimId: 'c7' }]);
  });

  it('asks for a claim from the selection when there is no claim at the cursor', async () => {
    const toolbar = await mount('apx-claim-toolbar', { hasSelection: true });
    const flags = listen<ClaimRequestDetail>(document, 'apx-flag-request');
    button(toolbar.shadowRoot!, 'Flag as disputed').click();
    expect(flags).toEqual([{ claimId: null }]);
  });

  it('is disabled with an explanation when there is neither claim nor selection', async () => {
    const toolbar = await mount('apx-claim-toolbar');
    const flags = listen<ClaimRequestDetail>(document, 'apx-flag-request');
    const flag = button(toolbar.shadowRoot!, 'Flag as disputed');
    flag.click();
    expect(flags).toEqual([]);
    expect(flag.getAttribute('aria-disabled')).toBe('true');
    const why = toolbar.shadowRoot!.getElementById(flag.getAttribute('aria-describedby')!);
    expect(why?.textContent).toContain('select words');

    toolbar.hasSelection = true;
    await rendered(toolbar);
    expect(flag.getAttribute('aria-disabled')).toBe('false');
    expect(flag.hasAttribute('aria-describedby')).toBe(false);
  });

  it('is disabled in a read-only workspace even with a claim', async () => {
    const toolbar = await mount('apx-claim-toolbar', { claimId: 'c1', readOnly: true });
    const supports = listen<ClaimRequestDetail>(document, 'apx-support-request');
    button(toolbar.shadowRoot!, 'Mark as supported').click();
    expect(supports).toEqual([]);
    expect(toolbar.unavailableReason).toContain('read-only');
  });

  it('is one tab stop; arrow keys move between buttons', async () => {
    const toolbar = await mount('apx-claim-toolbar', { claimId: 'c1' });
    const buttons = [...toolbar.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0]!.focus();
    buttons[0]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    await rendered(toolbar);
    expect(toolbar.shadowRoot!.activeElement).toBe(buttons[1]);
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    buttons[1]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }),
    );
    await rendered(toolbar);
    expect(toolbar.shadowRoot!.activeElement).toBe(buttons[2]);
    buttons[2]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    await rendered(toolbar);
    expect(toolbar.shadowRoot!.activeElement).toBe(buttons[0]);
  });
});
