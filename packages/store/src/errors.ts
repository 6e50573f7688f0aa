import { isStorageError } from '@apparatus/core';
import type { StorageError } from '@apparatus/core';

/**
 * What the browser's storage errors mean to the person whose change was not saved. The UI shows
 * these words as they are, so each says what happened and what is still safe.
 */
export const STORAGE_MESSAGES = {
  quota:
    'The browser refused to store more data (disk full or storage quota reached). Your last change was not saved; what was saved before is intact.',
  'read-only': 'This workspace was upgraded in another tab. Reload to keep editing.',
  version: 'This workspace was saved by a newer version of Apparatus. Reload to keep editing.',
  blocked:
    'Another tab holds the workspace open with an older version of Apparatus. Close or reload that tab to continue.',
  conflict:
    'This account was changed in another tab. Your latest edits here were not saved; nothing was overwritten.',
  unknown: 'The browser could not save your last change. What was saved before is intact.',
} as const satisfies Record<StorageError['kind'], string>;

/**
 * A {@link StorageError} that is also an `Error`, so that rejected promises carry a stack for
 * developers while the UI reads only `kind` and `message`.
 */
export class StorageFailure extends Error implements StorageError {
  readonly kind: StorageError['kind'];

  constructor(
    kind: StorageError['kind'],
    message: string = STORAGE_MESSAGES[kind],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

/** The DOMException / Dexie error names met on the way, outermost first (Dexie wraps causes in `inner`). */
export function errorNames(reason: unknown): string[] {
  const names: string[] = [];
  let current: unknown = reason;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause, failures } = current as {
      name?: unknown;
      inner?: unknown;
      cause?: unknown;
      failures?: unknown;
    };
    if (typeof name === 'string') names.push(name);
    // A BulkError lists the failure of each row; the first one says why.
    if (Array.isArray(failures) && failures.length > 0) names.push(...errorNames(failures[0]));
    current = inner ?? cause;
  }
  return names;
}

/**
 * Turns whatever IndexedDB or Dexie rejected with into a {@link StorageError}: a full disk or
 * quota → `quota`; a newer schema (a `VersionError`, or this connection closed because another
 * tab upgraded) → `read-only`; anything else → `unknown`, keeping the original as `cause`.
 */
export function toStorageError(reason: unknown): StorageFailure {
  if (reason instanceof StorageFailure) return reason;
  if (isStorageError(reason)) return new StorageFailure(reason.kind, reason.message);
  const names = errorNames(reason);
  const has = (name: string): boolean => names.includes(name);
  if (has('QuotaExceededError')) return new StorageFailure('quota', undefined, { cause: reason });
  if (has('VersionError') || has('DatabaseClosedError') || has('VersionChangeError')) {
    return new StorageFailure('read-only', undefined, { cause: reason });
  }
  if (has('BlockedError')) return new StorageFailure('blocked', undefined, { cause: reason });
  return new StorageFailure('unknown', undefined, { cause: reason });
}
