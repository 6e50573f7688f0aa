// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/workspace/import-backup-dialog.ts';
import type { ImportBackupDialog } from '../../src/workspace/import-backup-dialog.ts';
import type { FlushEditsEvent, WorkspaceReplacedEvent } from '../../src/workspace/services.ts';
import { button, dialogName, mount } from '../annotate/mount.ts';
import { DAMAGED, DAMAGED_MESSAGE, FakeServices } from './services-fake.ts';

let listening = new AbortController();
afterEach(() => {
  document.body.replaceChildren();
  listening.abort();
  listening = new AbortController();
});

const file = new File(['{"formatName":"dexie"}'], 'apparatus-backup-2026-03-04.json');

async function settle(dialog: ImportBackupDialog): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
    await dialog.updateComplete;
  }
}

function text(dialog: ImportBackupDialog): string {
  return (dialog.shadowRoot!.querySelector('dialog')!.textContent ?? '').replace(/\s+/g, ' ');
}

describe('apx-import-backup-dialog', () => {
  it('says what the backup replaces before importing anything, Cancel first', async () => {
    const services = new FakeServices();
    const dialog = await mount('apx-import-backup-dialog', { services });
    await dialog.show(file);
    await settle(dialog);
    const root = dialog.shadowRoot!;
    expect(dialogName(root.querySelector('dialog')!)).toBe('Import backup');
    expect(dialog.open).toBe(true);
    expect(text(dialog)).toContain('apparatus-backup-2026-03-04.json');
    expect(text(dialog)).toContain(
      'This replaces everything in this workspace with the backup’s 1 account, 97 claims, 20 subjects, 5 sources and no citations. Your current work will be lost unless you export it first.',
    );
    expect(root.activeElement?.textContent?.trim()).toBe('Cancel');
    expect(services.calls).toEqual([`preview ${file.size}`]);

    button(root, 'Cancel').click();
    await settle(dialog);
    expect(dialog.open).toBe(false);
    expect(services.calls).toEqual([`preview ${file.size}`]);
  });

  it('on "Replace workspace" writes pending edits, imports, and tells the shell', async () => {
    const services = new FakeServices();
    const dialog = await mount('apx-import-backup-dialog', { services });
    const order: string[] = [];
    const signal = listening.signal;
    document.addEventListener(
      'apx-flush-edits',
      (event) => {
        const flush = event as FlushEditsEvent;
        order.push('flush');
        flush.pending.push(Promise.resolve());
      },
      { signal },
    );
    const replaced: WorkspaceReplacedEvent[] = [];
    document.addEventListener(
      'apx-workspace-replaced',
      (event) => {
        order.push('replaced');
        replaced.push(event as WorkspaceReplacedEvent);
      },
      { signal },
    );
    await dialog.show(file);
    await settle(dialog);
    button(dialog.shadowRoot!, 'Replace workspace').click();
    await settle(dialog);
    expect(services.calls).toEqual([`preview ${file.size}`, `import ${file.size}`]);
    expect(order).toEqual(['flush', 'replaced']);
    expect(replaced[0]?.counts.claims).toBe(97);
    expect(text(dialog)).toContain(
      'The backup is imported. This workspace now holds 1 account, 97 claims',
    );
  });

  it('a file that is not a backup shows the store’s sentence and offers no import', async () => {
    const services = new FakeServices();
    services.preview = DAMAGED;
    const dialog = await mount('apx-import-backup-dialog', { services });
    await dialog.show(file);
    await settle(dialog);
    const alert = dialog.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(DAMAGED_MESSAGE);
    expect(() => button(dialog.shadowRoot!, 'Replace workspace')).toThrow();
    expect(services.calls).toEqual([`preview ${file.size}`]);
  });

  it('an import the store refuses shows its sentence and does not tell the shell', async () => {
    const services = new FakeServices();
    services.imported = DAMAGED;
    const dialog = await mount('apx-import-backup-dialog', { services });
    let replaced = 0;
    document.addEventListener('apx-workspace-replaced', () => (replaced += 1), {
      signal: listening.signal,
    });
    await dialog.show(file);
    await settle(dialog);
    button(dialog.shadowRoot!, 'Replace workspace').click();
    await settle(dialog);
    expect(dialog.shadowRoot!.querySelector('[role="alert"]')?.textContent).toBe(DAMAGED_MESSAGE);
    expect(replaced).toBe(0);
    expect(dialog.shadowRoot!.activeElement?.textContent?.trim()).toBe('Close');
  });

  it('"Export backup first" asks for an export without importing', async () => {
    const services = new FakeServices();
    const dialog = await mount('apx-import-backup-dialog', { services });
    let asked = 0;
    document.addEventListener('apx-export-backup', () => (asked += 1), {
      signal: listening.signal,
    });
    await dialog.show(file);
    await settle(dialog);
    button(dialog.shadowRoot!, 'Export backup first').click();
    expect(asked).toBe(1);
    expect(dialog.open).toBe(true);
    expect(services.calls).toEqual([`preview ${file.size}`]);
  });
});
