import type { importInto as ImportInto } from 'dexie-export-import';
import { fail, isOk, isStorageError, ok, type Parsed } from '@apparatus/core';
import { findIntegrityProblems, readWorkspaceRows, type WorkspaceRows } from './integrity.ts';
import { ROW_NOUNS, rowShapeProblem } from './row-shapes.ts';
import {
  createDatabase,
  DATA_TABLES,
  declaredVersion,
  TABLE_NAMES,
  type DataTableName,
} from './schema.ts';
import {
  isUserMetaRow,
  SCHEMA_META_KEY,
  userMetaProblem,
  type UserMetaRow,
} from './backup-meta.ts';
import { DexieWorkspace } from './workspace.ts';

/**
 * Whole-workspace backups as JSON, in dexie-export-import's format (its `data.databaseVersion`
 * is our schema version, and the `meta` table travels with the rows: its user rows — the
 * reader's subject joins and splits — are restored on import, see `backup-meta.ts`).
 *
 * An import never writes into the live tables until the whole file has been read and checked:
 * it is imported into a staging database first (opened at the backup's own schema version and
 * upgraded like any old database, so backups from older builds load), validated — schema
 * version, every row's required fields, every reference — and only then swapped into the live
 * tables in one transaction. A damaged backup gives an error value and changes nothing.
 *
 * dexie-export-import touches `self` when loaded and reads files with `FileReader`: it runs in
 * browsers (and happy-dom), not in bare Node, so it is loaded only when a backup is made.
 */

/** How many rows of each table an import brought in. */
export type ImportSummary = Readonly<Record<DataTableName, number>>;

/**
 * What a backup file says it holds, read from its header without importing it: so the UI can
 * tell the reader plainly what an import will replace their workspace with *before* it does.
 * The counts are the file's own claim; {@link importWorkspace} checks them against the rows.
 */
export interface BackupPreview {
  /** The schema version the backup was written at (this build's or an older one). */
  readonly schemaVersion: number;
  /** How many rows of each data table the file declares. */
  readonly counts: ImportSummary;
  /** How many user rows of the `meta` table (the reader's subject joins and splits) it declares. */
  readonly settings: number;
}

const UNCHANGED = 'Nothing was imported; your workspace is unchanged.';
/** How many problems an error message lists before it says "and N more". */
const LISTED_PROBLEMS = 5;

/**
 * The whole workspace as a JSON file (one Blob), for the user to keep: every data table and the
 * `meta` table, whose user rows (the reader's subject joins and splits) are restored on import.
 */
export async function exportWorkspace(workspace: DexieWorkspace): Promise<Blob> {
  const { exportDB } = await import('dexie-export-import');
  await workspace.ready();
  return exportDB(workspace.db, { numRowsPerChunk: 2000 });
}

/**
 * Reads a backup's header: whether it is an Apparatus backup this build can read, and what it
 * declares it holds. Resolves with an error a person can read when it is not (the same words
 * {@link importWorkspace} would give); changes nothing either way.
 */
export async function previewBackup(
  workspace: DexieWorkspace,
  file: Blob,
): Promise<Parsed<BackupPreview>> {
  const header = await readHeader(workspace, file);
  if (!isOk(header)) return header;
  const declared = new Map(header.value.declaredRows.map((t) => [t.name, t.rowCount]));
  const counts = Object.fromEntries(
    DATA_TABLES.map((table) => [table, declared.get(table) ?? 0]),
  ) as Record<DataTableName, number>;
  // The header counts the meta table whole; its schema row is not the reader's.
  const settings = Math.max(0, (declared.get('meta') ?? 0) - 1);
  return ok({ schemaVersion: header.value.version, counts, settings });
}

/**
 * Replaces the workspace with a backup made by {@link exportWorkspace}: every data table, and the
 * user rows of `meta` (the reader's subject joins and splits; the schema row stays this
 * database's own). Resolves with the row counts imported, or with an error a person can read
 * when the file is not a usable backup or the browser refused the write — in every error case
 * the live workspace is as it was.
 */
export async function importWorkspace(
  workspace: DexieWorkspace,
  file: Blob,
): Promise<Parsed<ImportSummary>> {
  const { importInto } = await import('dexie-export-import');
  const header = await readHeader(workspace, file);
  if (!isOk(header)) return header;
  const { version, declaredRows } = header.value;

  const staged = await stage(workspace, file, version, declaredRows, importInto);
  if (!isOk(staged)) return staged;
  const { rows, meta } = staged.value;

  const problems = [
    ...validateRows(rows),
    ...meta.flatMap((row) => {
      const problem = userMetaProblem(row);
      return problem === undefined ? [] : [`setting ${row.key}: ${problem}`];
    }),
  ];
  if (problems.length > 0) {
    const listed = problems.slice(0, LISTED_PROBLEMS).join('; ');
    const more =
      problems.length > LISTED_PROBLEMS ? ` (and ${problems.length - LISTED_PROBLEMS} more)` : '';
    return fail(`This backup is damaged: ${listed}${more}. ${UNCHANGED}`);
  }

  try {
    await workspace.writeTransaction([...DATA_TABLES, 'meta'], async () => {
      for (const table of DATA_TABLES) {
        await workspace.db.table(table).clear();
        await workspace.db.table(table).bulkAdd([...rows[table]]);
      }
      const settings = workspace.db.table<UserMetaRow, string>('meta');
      await settings.where('key').notEqual(SCHEMA_META_KEY).delete();
      await settings.bulkPut([...meta]);
    });
  } catch (reason) {
    return fail(
      isStorageError(reason)
        ? reason.message
        : `The backup could not be saved (${describe(reason)}). ${UNCHANGED}`,
    );
  }
  return ok({
    accounts: rows.accounts.length,
    claims: rows.claims.length,
    subjects: rows.subjects.length,
    sources: rows.sources.length,
    citations: rows.citations.length,
  });
}

/** What a backup's header says: its schema version and each table's declared row count. */
interface BackupHeader {
  readonly version: number;
  readonly declaredRows: readonly { name: string; rowCount: number }[];
}

/**
 * Reads and checks the header of a backup file: a dexie export holding every table of ours, at
 * a schema version this build can read (its own or older).
 */
async function readHeader(workspace: DexieWorkspace, file: Blob): Promise<Parsed<BackupHeader>> {
  const { peakImportFile } = await import('dexie-export-import');
  let version: number;
  let declaredRows: { name: string; rowCount: number }[];
  try {
    const meta = await peakImportFile(file);
    declaredRows = meta.data.tables;
    const tables = new Set(meta.data.tables.map((table) => table.name));
    const missing = TABLE_NAMES.filter((name) => !tables.has(name));
    if (meta.formatName !== 'dexie' || missing.length > 0) {
      return fail(
        `This file is not an Apparatus backup (it has no ${missing.join(', ') || 'workspace'} table). ${UNCHANGED}`,
      );
    }
    version = meta.data.databaseVersion;
  } catch (reason) {
    return fail(
      `This file is not an Apparatus backup: it could not be read as a workspace export (${describe(reason)}). ${UNCHANGED}`,
    );
  }
  const current = declaredVersion(workspace.options);
  if (!Number.isInteger(version) || version < 1) {
    return fail(
      `This backup names no schema version Apparatus knows (${String(version)}). ${UNCHANGED}`,
    );
  }
  if (version > current) {
    return fail(
      `This backup was made by a newer version of Apparatus (schema ${version}); this version reads schema ${current} or older. Update Apparatus to import it. ${UNCHANGED}`,
    );
  }
  return ok({ version, declaredRows });
}

/** The rows a backup brought into the staging database: data tables and user `meta` rows. */
interface StagedBackup {
  readonly rows: WorkspaceRows;
  readonly meta: readonly UserMetaRow[];
}

/**
 * Imports the file into a staging database opened at the backup's own version, upgrades it to
 * this build's, and reads every row back; the staging database is deleted whatever happens.
 */
async function stage(
  workspace: DexieWorkspace,
  file: Blob,
  version: number,
  declaredRows: readonly { name: string; rowCount: number }[],
  importInto: typeof ImportInto,
): Promise<Parsed<StagedBackup>> {
  const stagingOptions = { ...workspace.options, name: `${workspace.db.name}-import-staging` };
  await createDatabase(stagingOptions).delete(); // what an interrupted import may have left
  try {
    const old = new DexieWorkspace({ ...stagingOptions, upTo: version });
    try {
      await importInto(old.db, file, { acceptNameDiff: true, clearTablesBeforeImport: true });
      // The importer reads a cut-off file as far as it goes without complaint; the header's row
      // counts say what a whole file holds.
      for (const { name, rowCount } of declaredRows) {
        const held = await old.db.table(name).count();
        if (held !== rowCount) {
          return fail(
            `The backup file is damaged or incomplete: its ${name} table should hold ${rowCount} rows but holds ${held}. ${UNCHANGED}`,
          );
        }
      }
    } catch (reason) {
      return fail(`The backup file is damaged or incomplete (${describe(reason)}). ${UNCHANGED}`);
    } finally {
      old.close();
    }
    const upgraded = new DexieWorkspace(stagingOptions); // opening it runs the upgrades
    try {
      const schema = await upgraded.db.meta.get('schema');
      if (schema?.version !== declaredVersion(workspace.options)) {
        return fail(
          `This backup does not record its schema version, so it cannot be trusted. ${UNCHANGED}`,
        );
      }
      const rows = await readWorkspaceRows(upgraded);
      const meta = (await upgraded.db.table('meta').toArray()).filter(isUserMetaRow);
      return ok({ rows, meta });
    } finally {
      upgraded.close();
    }
  } catch (reason) {
    return fail(`The backup could not be read (${describe(reason)}). ${UNCHANGED}`);
  } finally {
    await createDatabase(stagingOptions).delete();
  }
}

/**
 * Everything that keeps staged rows out of the live tables: a missing or unreadable field, and
 * a reference to a row that is not there (claims → accounts and subjects, citations → claims and
 * sources, sources → the sources they are known via). Claims anchored oddly are let in: the
 * integrity check shows them, and the user's annotations are worth more than a clean anchor.
 */
function validateRows(rows: WorkspaceRows): string[] {
  const shapes = DATA_TABLES.flatMap((table) =>
    rows[table].flatMap((row, index) => rowShapeProblem(table, row, index) ?? []),
  );
  if (shapes.length > 0) return shapes; // references cannot be followed through broken rows
  const fatal = new Set(['orphan-claim', 'orphan-citation', 'missing-subject', 'missing-via']);
  return findIntegrityProblems(rows)
    .filter((problem) => fatal.has(problem.kind))
    .map(
      (problem) =>
        `${ROW_NOUNS[problem.table]} ${problem.id}: ${lowerFirst(problem.message.replace(/\.$/, ''))}`,
    );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return String(reason);
}
