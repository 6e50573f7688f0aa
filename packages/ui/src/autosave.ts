import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isStorageError } from '@apparatus/core';
import type { StorageError } from '@apparatus/core';

/**
 * Where the last change stands: the words the `status` element shows are
 * {@link saveStateText}'s. "Saved" means the transaction committed, never "the write started".
 */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string }
  /**
   * Another tab saved this account first: the last write was refused (nothing overwritten) and
   * no further write is tried until the host resolved it and called `resume()`.
   */
  | { readonly kind: 'conflict'; readonly message: string };

/** The status line for a {@link SaveState}, exactly as ARCHITECTURE.md names it ("Saved"). */
export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return 'Unsaved changes';
    case 'failed':
    case 'conflict':
      return state.message;
  }
}

/** How long after the last change the document is written (ARCHITECTURE.md: at most ~0.5 s). */
export const AUTOSAVE_DELAY_MS = 500;

/** What the {@link AutosaveController} needs from its host. */
export interface AutosaveOptions {
  /**
   * Writes the document as it is NOW (read at save time, not at change time) and resolves once
   * the transaction committed; rejects with a {@link StorageError} (or anything) when it failed.
   */
  readonly save: () => Promise<void>;
  /** Debounce delay; {@link AUTOSAVE_DELAY_MS} unless a test or a slow store says otherwise. */
  readonly delayMs?: number;
  /** Where `pagehide` and `visibilitychange` are listened for; the page's own by default. */
  readonly window?: Window;
}

/**
 * Autosave as a reactive controller (STYLE.md: subscriptions live in controllers): the host calls
 * {@link markChanged} on every document change; the document is written {@link AUTOSAVE_DELAY_MS}
 * after the last one, at once when the page is hidden or left (`visibilitychange` to hidden,
 * `pagehide`), and when the host leaves the page. Writes never overlap, so an older snapshot can
 * never commit after a newer one; the state turns "saved" only when the last write that started
 * after the last change has committed.
 *
 * A write refused because another tab saved the document first (a `conflict` StorageError), or
 * {@link conflict} called by a host that saw the other tab's save arrive, halts the controller:
 * changes are still counted (so `dirty` stays true) but nothing is written, and the state keeps
 * saying so, until the host resolves it and calls {@link resume}.
 */
export class AutosaveController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #save: () => Promise<void>;
  readonly #delayMs: number;
  readonly #window: Window | undefined;
  #state: SaveState = { kind: 'saved' };
  /** Bumped on every change; a write that started at version v settles only version v. */
  #version = 0;
  #savedVersion = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writing: Promise<void> | undefined;
  #halted = false;

  constructor(host: ReactiveControllerHost, options: AutosaveOptions) {
    this.#host = host;
    this.#save = options.save;
    this.#delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.#window = options.window ?? (typeof window === 'undefined' ? undefined : window);
    host.addController(this);
  }

  /** The current state, for the host's `render()`. */
  get state(): SaveState {
    return this.#state;
  }

  /** Whether a change has not been committed yet (e.g. to warn before closing). */
  get dirty(): boolean {
    return this.#savedVersion !== this.#version;
  }

  hostConnected(): void {
    this.#window?.addEventListener('pagehide', this.#onPageHide);
    this.#window?.document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  hostDisconnected(): void {
    this.#window?.removeEventListener('pagehide', this.#onPageHide);
    this.#window?.document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    void this.flush();
  }

  /** Records a change: the state becomes "unsaved" and the write is (re)scheduled. */
  markChanged(): void {
    this.#version += 1;
    if (this.#halted) return;
    // Typing changes nothing the reader sees after the first key: no re-render per keystroke.
    if (this.#state.kind !== 'unsaved') this.#setState({ kind: 'unsaved' });
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, this.#delayMs);
  }

  /**
   * Writes now if anything is unsaved, after any write already running. Resolves when the
   * document is committed (or the write failed — the state says which).
   */
  async flush(): Promise<void> {
    this.#clearTimer();
    while (this.#writing) await this.#writing;
    if (!this.dirty || this.#halted) return;
    const version = this.#version;
    this.#setState({ kind: 'saving' });
    const writing = this.#save().then(
      () => {
        this.#savedVersion = Math.max(this.#savedVersion, version);
        // A change that arrived meanwhile keeps the state "unsaved"; its own timer will write it.
        if (version === this.#version) this.#setState({ kind: 'saved' });
        else this.#setState({ kind: 'unsaved' });
      },
      (reason: unknown) => {
        if (isConflict(reason)) this.conflict();
        else this.#setState({ kind: 'failed', message: failureMessage(reason) });
      },
    );
    this.#writing = writing;
    try {
      await writing;
    } finally {
      if (this.#writing === writing) this.#writing = undefined;
    }
  }

  /** Whether writing is halted by a conflict with another tab's save. */
  get halted(): boolean {
    return this.#halted;
  }

  /**
   * Halts writing because another tab saved the document this one is based on: the next write
   * would be refused anyway, and the reader should hear it now rather than after the delay.
   */
  conflict(message: string = CONFLICT_MESSAGE): void {
    this.#clearTimer();
    this.#halted = true;
    this.#setState({ kind: 'conflict', message });
  }

  /**
   * Starts afresh after the host put the stored document in the editor (another tab's version,
   * or after keeping this tab's edits elsewhere): nothing is unsaved, writing resumes.
   */
  resume(): void {
    this.#clearTimer();
    this.#halted = false;
    this.#savedVersion = this.#version;
    this.#setState({ kind: 'saved' });
  }

  readonly #onPageHide = (): void => {
    void this.flush();
  };

  readonly #onVisibilityChange = (): void => {
    if (this.#window?.document.visibilityState === 'hidden') void this.flush();
  };

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #setState(state: SaveState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }
}

/**
 * A sentence for the status line from whatever a failed write rejected with: the store's
 * {@link StorageError} message when there is one, never a stack trace.
 */
export function failureMessage(reason: unknown): string {
  if (isStorageError(reason)) return reason.message;
  return 'Your last change could not be saved. What was saved before is intact; try again, or reload the page.';
}

/**
 * What the status line says when another tab saved first: short, since the header has little
 * room; the editor's banner beside the text says the rest and offers the way out.
 */
export const CONFLICT_MESSAGE = 'Not saved: changed in another tab';

/** Whether a write was refused because another tab saved the document first. */
export function isConflict(reason: unknown): reason is StorageError {
  return isStorageError(reason) && reason.kind === 'conflict';
}
