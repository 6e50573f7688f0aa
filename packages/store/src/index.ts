/**
 * @apparatus/store — the workspace in IndexedDB through Dexie: the schema and its versions, the
 * {@link DexieWorkspace} implementation of core's `WorkspacePort`, first-run seeding, backups
 * and the integrity check. Only this package imports `dexie`; only `apps/web` imports this one.
 */
export { DexieWorkspace } from './workspace.ts';
export { STORAGE_MESSAGES, StorageFailure } from './errors.ts';
export { seedWorkspace } from './seed.ts';
export type { WorkspaceSeed } from './seed.ts';
export { checkIntegrity } from './integrity.ts';
export { exportWorkspace, importWorkspace, previewBackup } from './backup.ts';
export type { BackupPreview, ImportSummary } from './backup.ts';
