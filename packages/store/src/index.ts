/**
 * @apparatus/store — the workspace in IndexedDB through Dexie: the schema and its versions, the
 * {@link DexieWorkspace} implementation of core's `WorkspacePort`, first-run seeding, backups
 * and the integrity check. Only this package imports `dexie`; only `apps/web` imports this one.
 */
export {
  DATABASE_NAME,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  TABLE_NAMES,
  DATA_TABLES,
  createDatabase,
  declaredVersion,
} from './schema.ts';
export type {
  ApparatusDatabase,
  DatabaseOptions,
  SchemaRow,
  SubjectOverridesRow,
  SchemaVersion,
  TableName,
  DataTableName,
} from './schema.ts';
export { DexieWorkspace } from './workspace.ts';
export { STORAGE_MESSAGES, StorageFailure, isStorageError, toStorageError } from './errors.ts';
export { watchQuery, WatchedValue } from './watchable.ts';
export { seedWorkspace } from './seed.ts';
export type { WorkspaceSeed } from './seed.ts';
export { checkIntegrity, findIntegrityProblems, readWorkspaceRows } from './integrity.ts';
export type { WorkspaceRows } from './integrity.ts';
export { exportWorkspace, importWorkspace, previewBackup } from './backup.ts';
export type { BackupPreview, ImportSummary } from './backup.ts';
