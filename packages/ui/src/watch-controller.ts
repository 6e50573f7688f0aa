import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Unsubscribe, Watchable } from '@apparatus/core';

/**
 * Follows one {@link Watchable} of the port (accounts, claims, `writable`…) while the host is on
 * the page: subscribes in `hostConnected`, unsubscribes in `hostDisconnected`, and re-renders the
 * host on every value. The thin adapter STYLE.md asks for (Dexie's `useLiveQuery` is ~20 lines).
 * {@link follow} switches to another stream, e.g. when the host's account changes.
 */
export class WatchController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #source: Watchable<T> | undefined;
  #unsubscribe: Unsubscribe | undefined;
  #connected = false;
  #value: T | undefined;
  #error: unknown;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The latest value, or `undefined` before the first one arrived. */
  get value(): T | undefined {
    return this.#value;
  }

  /** What the stream failed with, if it did (the host decides how to say it). */
  get error(): unknown {
    return this.#error;
  }

  /** Follows `source` from now on (nothing for `undefined`); the old value is dropped. */
  follow(source: Watchable<T> | undefined): void {
    if (source === this.#source) return;
    this.#stop();
    this.#source = source;
    this.#value = undefined;
    this.#error = undefined;
    if (this.#connected) this.#start();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #start(): void {
    if (!this.#source || this.#unsubscribe) return;
    this.#unsubscribe = this.#source.subscribe(
      (value) => {
        this.#value = value;
        this.#error = undefined;
        this.#host.requestUpdate();
      },
      (reason) => {
        this.#error = reason;
        this.#host.requestUpdate();
      },
    );
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
