// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/workspace/workspace-menu.ts';
import type { WorkspaceMenu } from '../../src/workspace/workspace-menu.ts';
import type { FlushEditsEvent } from '../../src/workspace/services.ts';
import { mount } from '../annotate/mount.ts';
import { FakeServices } from './services-fake.ts';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function parts(menu: WorkspaceMenu) {
  const root = menu.shadowRoot!;
  return {
    root,
    trigger: root.querySelector<HTMLButtonElement>('#trigger')!,
    list: root.querySelector<HTMLElement>('[role="menu"]')!,
    items: [...root.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')],
    focused: () => root.activeElement?.textContent?.trim(),
  };
}

async function key(target: HTMLElement, name: string, menu: WorkspaceMenu): Promise<void> {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
  await menu.updateComplete;
}

/** Lets the menu's awaited work (flush, export) run to its end. */
async function settle(menu: WorkspaceMenu): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
    await menu.updateComplete;
  }
}

describe('apx-workspace-menu', () => {
  it('is a menu button "Workspace" with Export backup, Import backup and Check integrity', async () => {
    const menu = await mount('apx-workspace-menu', { services: new FakeServices() });
    const { trigger, list, items } = parts(menu);
    expect(trigger.textContent?.trim()).toBe('Workspace');
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
    expect(list.getAttribute('aria-labelledby')).toBe('trigger');
    expect(items.map((item) => item.textContent?.trim())).toEqual([
      'Export backup',
      'Import backup',
      'Check integrity',
    ]);
  });

  it('opens on the first item, moves with the arrows, Home and End, and Escape returns to the button', async () => {
    const menu = await mount('apx-workspace-menu', { services: new FakeServices() });
    const { trigger, list, focused } = parts(menu);
    trigger.click();
    await settle(menu);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect(focused()).toBe('Export backup');
    await key(list, 'ArrowDown', menu);
    expect(focused()).toBe('Import backup');
    await key(list, 'End', menu);
    expect(focused()).toBe('Check integrity');
    await key(list, 'ArrowDown', menu);
    expect(focused()).toBe('Export backup');
    await key(list, 'ArrowUp', menu);
    expect(focused()).toBe('Check integrity');
    await key(list, 'Home', menu);
    expect(focused()).toBe('Export backup');
    await key(list, 'Escape', menu);
    expect(list.hidden).toBe(true);
    expect(focused()).toBe('Workspace');
    // ArrowUp on the button opens on the last item.
    await key(trigger, 'ArrowUp', menu);
    await settle(menu);
    expect(focused()).toBe('Check integrity');
  });

  it('closes when the reader clicks elsewhere', async () => {
    const menu = await mount('apx-workspace-menu', { services: new FakeServices() });
    const { trigger, list } = parts(menu);
    trigger.click();
    await settle(menu);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await menu.updateComplete;
    expect(list.hidden).toBe(true);
  });

  it('Export backup writes pending edits first, then downloads apparatus-backup-<day>.json', async () => {
    const services = new FakeServices();
    const menu = await mount('apx-workspace-menu', { services });
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    let release: () => void = () => undefined;
    const listening = new AbortController();
    document.addEventListener(
      'apx-flush-edits',
      (event) => {
        const flush = event as FlushEditsEvent;
        flush.pending.push(new Promise<void>((resolve) => (release = resolve)));
      },
      { signal: listening.signal },
    );

    const { trigger, items, root } = parts(menu);
    trigger.click();
    await settle(menu);
    items[0]!.click();
    await settle(menu);
    expect(services.calls).toEqual([]); // still waiting for the editor's save
    release();
    await settle(menu);
    expect(services.calls).toEqual(['export']);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatch(/^apparatus-backup-\d{4}-\d{2}-\d{2}\.json blob:backup$/);
    const note = root.querySelector('.note');
    expect(note?.getAttribute('data-tone')).toBe('info');
    expect(note?.textContent).toContain('Backup exported as apparatus-backup-');
    listening.abort();
  });

  it('says so when the backup could not be made', async () => {
    const services = new FakeServices();
    services.exportFails = true;
    const menu = await mount('apx-workspace-menu', { services });
    await menu.exportBackup();
    await menu.updateComplete;
    const note = menu.shadowRoot!.querySelector('.note');
    expect(note?.getAttribute('data-tone')).toBe('error');
    expect(note?.textContent).toContain('The backup could not be made. The disk is full.');
  });

  it('Check integrity opens its dialog and runs the check', async () => {
    const services = new FakeServices();
    const menu = await mount('apx-workspace-menu', { services });
    const { trigger, items, root } = parts(menu);
    trigger.click();
    await settle(menu);
    items[2]!.click();
    await settle(menu);
    const dialog = root.querySelector('apx-integrity-dialog')!;
    await settle(menu);
    expect(services.calls).toEqual(['check']);
    expect(dialog.open).toBe(true);
  });
});
