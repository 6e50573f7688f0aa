/**
 * The rows of the `meta` table that are the user's work and so travel in a backup: everything
 * but the `schema` row, which says which build wrote the database and is written by the database
 * itself (a backup's own `schema` row is replaced by the upgrade that reads it). Today that is the
 * reader's joins and splits of subjects (`subject-overrides`); a key this build does not know —
 * added by a newer build without a schema change — is kept as it came, not thrown away.
 */

/** One user row of the `meta` table, as stored: a string key and whatever the row holds. */
export interface UserMetaRow {
  readonly key: string;
  readonly [field: string]: unknown;
}

/** The `meta` key that is not user data: the schema version row. */
export const SCHEMA_META_KEY = 'schema';

/** Whether a `meta` row read from a backup is user data (and so is imported). */
export function isUserMetaRow(row: unknown): row is UserMetaRow {
  return (
    typeof row === 'object' &&
    row !== null &&
    typeof (row as { key?: unknown }).key === 'string' &&
    (row as { key: string }).key !== SCHEMA_META_KEY
  );
}

/**
 * What is wrong with a user `meta` row read from a backup, in words, or undefined when it may
 * enter the live table. Only the rows this build reads are checked field by field: a damaged
 * `subject-overrides` row would otherwise break the comparison view after the import.
 */
export function userMetaProblem(row: UserMetaRow): string | undefined {
  if (row.key !== 'subject-overrides') return undefined;
  const join = row['join'];
  const split = row['split'];
  const joinOk =
    Array.isArray(join) &&
    join.every(
      (pair: unknown) =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        pair.every((label: unknown) => typeof label === 'string'),
    );
  const splitOk = Array.isArray(split) && split.every((label) => typeof label === 'string');
  if (joinOk && splitOk) return undefined;
  const wrong = [joinOk ? '' : 'joins', splitOk ? '' : 'splits'].filter(Boolean).join(' and ');
  return `the stored subject ${wrong} cannot be read`;
}
