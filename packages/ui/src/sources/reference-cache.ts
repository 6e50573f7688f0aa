import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Source } from '@apparatus/core';
import { formatReference, type FormattedReference, type ReferenceStyle } from '@apparatus/formats';

/** How long one slice of background formatting may hold the main thread. */
const SLICE_MS = 8;
/** The cache is dropped whole past this many entries (a library edited for hours). */
const MAX_ENTRIES = 20_000;

/**
 * Formatted references for the Sources view, each computed once per record version and style.
 * Citeproc costs about a millisecond per reference, so a virtualised list that formatted every
 * row as it scrolled into view would drop frames; with `defer`, {@link get} returns `undefined`
 * for a reference not yet formatted and formats it soon after in slices of at most
 * {@link SLICE_MS}, re-rendering the host once a slice is done. Without `defer` it formats at
 * once (short lists, tests).
 */
export class ReferenceCache implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #done = new Map<string, FormattedReference>();
  readonly #queue = new Map<string, { csl: Source['csl']; style: ReferenceStyle }>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The formatted reference, or `undefined` while it waits its turn (only with `defer`). */
  get(source: Source, style: ReferenceStyle, defer: boolean): FormattedReference | undefined {
    const key = `${style}\u0000${source.id}\u0000${source.updatedAt}`;
    const done = this.#done.get(key);
    if (done !== undefined) return done;
    if (!defer) return this.#format(key, source.csl, style);
    this.#queue.set(key, { csl: source.csl, style });
    this.#schedule();
    return undefined;
  }

  hostConnected(): void {
    if (this.#queue.size > 0) this.#schedule();
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #format(key: string, csl: Source['csl'], style: ReferenceStyle): FormattedReference {
    if (this.#done.size >= MAX_ENTRIES) this.#done.clear();
    const reference = formatReference(csl, style);
    this.#done.set(key, reference);
    return reference;
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => this.#work(), 0);
  }

  #work(): void {
    this.#timer = undefined;
    const start = performance.now();
    for (const [key, job] of this.#queue) {
      this.#queue.delete(key);
      this.#format(key, job.csl, job.style);
      if (performance.now() - start > SLICE_MS) break;
    }
    this.#host.requestUpdate();
    if (this.#queue.size > 0) this.#schedule();
  }
}
