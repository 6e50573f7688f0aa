import { liveQuery } from 'dexie';
import type { Unsubscribe, Watchable } from '@apparatus/core';
import { toStorageError } from './errors.ts';

/**
 * The thin adapter from Dexie's `liveQuery` to the port's {@link Watchable}: the query runs on
 * subscribe and again after every committed change to what it read, in this tab or another
 * (Dexie broadcasts commits between tabs). Errors reach the subscriber as StorageErrors.
 */
export function watchQuery<T>(query: () => Promise<T>): Watchable<T> {
  return {
    subscribe(next: (value: T) => void, error?: (reason: unknown) => void): Unsubscribe {
      const subscription = liveQuery(query).subscribe({
        next,
        error: (reason: unknown) => error?.(toStorageError(reason)),
      });
      return () => subscription.unsubscribe();
    },
  };
}

/**
 * A value held in memory that subscribers follow, for state that is not in the database (whether
 * this tab may still write).
 */
export class WatchedValue<T> implements Watchable<T> {
  #value: T;
  readonly #subscribers = new Set<(value: T) => void>();

  constructor(value: T) {
    this.#value = value;
  }

  /** The current value. */
  get value(): T {
    return this.#value;
  }

  /** Changes the value and tells every subscriber, unless it is unchanged. */
  set(value: T): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const next of [...this.#subscribers]) next(value);
  }

  subscribe(next: (value: T) => void): Unsubscribe {
    this.#subscribers.add(next);
    next(this.#value);
    return () => this.#subscribers.delete(next);
  }
}
