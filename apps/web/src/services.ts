import {
  checkIntegrity,
  exportWorkspace,
  importWorkspace,
  previewBackup,
  type DexieWorkspace,
} from '@apparatus/store';
import type { WorkspaceServices } from '@apparatus/ui';

/**
 * The Workspace menu's operations over the Dexie workspace: the UI asks for them through
 * {@link WorkspaceServices} and never imports the store (ARCHITECTURE.md: only the app wires
 * store and UI together). The backup code itself is loaded when first used.
 */
export function workspaceServices(workspace: DexieWorkspace): WorkspaceServices {
  return {
    exportBackup: () => exportWorkspace(workspace),
    previewBackup: async (file) => {
      const preview = await previewBackup(workspace, file);
      return 'error' in preview
        ? preview
        : { value: { counts: preview.value.counts, settings: preview.value.settings } };
    },
    importBackup: (file) => importWorkspace(workspace, file),
    checkIntegrity: () => checkIntegrity(workspace),
  };
}
