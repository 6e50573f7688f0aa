import {
  ACCOUNT_KINDS,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  SOURCE_CATEGORIES,
  STANCES,
} from '@apparatus/core';
import type { DataTableName } from './schema.ts';

/**
 * Checks that a row read from outside (a backup file) has every field the core type requires,
 * with the right type, before it may enter the live tables. A row written by this build always
 * passes; a hand-edited or damaged backup is refused with the first thing wrong in each row.
 */

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const isOffset: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const VALUE_TYPES = ['date', 'quantity', 'scale', 'name', 'text'] as const;

/** The fields each table's rows must have, and what each must hold. */
const SHAPES: Record<DataTableName, Record<string, Check>> = {
  accounts: {
    id: isString,
    title: isString,
    kind: oneOf(ACCOUNT_KINDS),
    sourceId: isStringOrNull,
    revisionOf: isStringOrNull,
    doc: (v) => v !== undefined,
    text: isString,
    createdAt: isString,
    updatedAt: isString,
  },
  claims: {
    id: isString,
    accountId: isString,
    kind: oneOf(CLAIM_KINDS),
    value: orNull((v) => isObject(v) && oneOf(VALUE_TYPES)(v['type'])),
    subjectId: isStringOrNull,
    status: oneOf(CLAIM_STATUSES),
    statusReason: isString,
    statusChangedAt: isStringOrNull,
    origin: oneOf(['detected', 'user']),
    quote: (v) =>
      isObject(v) && isString(v['exact']) && isString(v['prefix']) && isString(v['suffix']),
    position: (v) =>
      isObject(v) &&
      isOffset(v['start']) &&
      isOffset(v['end']) &&
      (v['start'] as number) <= (v['end'] as number),
    detached: isBoolean,
    createdAt: isString,
    updatedAt: isString,
  },
  subjects: { id: isString, label: isString, createdAt: isString },
  sources: {
    id: isString,
    csl: (v) => isObject(v) && isString(v['id']) && isString(v['type']),
    category: orNull(oneOf(SOURCE_CATEGORIES)),
    composed: isString,
    perspective: isString,
    reliability: isString,
    via: (v) => Array.isArray(v) && v.every(isString),
    createdAt: isString,
    updatedAt: isString,
  },
  citations: {
    id: isString,
    claimId: isString,
    sourceId: isString,
    locator: isString,
    quote: isString,
    stance: oneOf(STANCES),
    value: isString,
    createdAt: isString,
  },
};

/** The singular a message uses for a row of each table. */
export const ROW_NOUNS: Record<DataTableName, string> = {
  accounts: 'account',
  claims: 'claim',
  subjects: 'subject',
  sources: 'source',
  citations: 'citation',
};

/**
 * What is wrong with one row of `table`, as a sentence, or undefined when it has every required
 * field. Names the row by id when it has one, by its place in the table otherwise.
 */
export function rowShapeProblem(
  table: DataTableName,
  row: unknown,
  index: number,
): string | undefined {
  const noun = ROW_NOUNS[table];
  if (!isObject(row)) return `${noun} #${index + 1} is not a record`;
  const name = typeof row['id'] === 'string' ? `${noun} ${row['id']}` : `${noun} #${index + 1}`;
  const bad = Object.entries(SHAPES[table])
    .filter(([field, check]) => !check(row[field]))
    .map(([field]) => field);
  if (bad.length === 0) return undefined;
  const missing = bad.filter((field) => !(field in row));
  const wrong = bad.filter((field) => field in row);
  const parts = [
    missing.length > 0 ? `lacks ${missing.join(', ')}` : '',
    wrong.length > 0 ? `has an unreadable ${wrong.join(', ')}` : '',
  ].filter(Boolean);
  return `${name} ${parts.join(' and ')}`;
}
