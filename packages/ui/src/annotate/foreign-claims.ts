import { anchorQuote, type Claim } from '@apparatus/core';
import type { ApparatusEditor } from '@apparatus/editor';
import { layoutArticle } from '@apparatus/formats';

/**
 * Claims this tab's text does not carry: made in another tab (its marks are in that tab's
 * document, not in this one until a reload), or stored by an import while the account was open.
 *
 * Every stored claim is checked once, the first time the port's watcher reports it: a claim the
 * editor already knows (marked, or detached by an edit here) is left alone; any other is
 * re-anchored in this tab's text by its quote near its stored position ({@link anchorQuote}: exact
 * first, fuzzy only in a window, scored) and marked there, outside the undo history (the reader
 * here did not make it). A claim whose words cannot be found with confidence is NOT marked on a
 * guess: it is listed as needing review, as a detached claim is, until its words are found.
 *
 * Claims this tab makes or restores are marked before their rows are written, so the editor
 * already knows them when the watcher reports them; checking each id only once keeps a claim
 * this tab just removed from being marked again while its delete is on its way.
 *
 * A claim made in another tab is normally brought here by that tab's save of its document (the
 * editor reopens with it when this tab has nothing unsaved). Marking it here at once would be an
 * edit of this tab's document on an older base — a save conflict with the other tab for nothing.
 * So a missing claim waits `delayMs` (longer than a save takes to arrive) and is marked only if
 * no save brought it meanwhile: an import, a tab closed before it saved, a save refused.
 */
export class ForeignClaims {
  #editor: ApparatusEditor | undefined;
  #checked = new Set<string>();
  #unplaced: ReadonlySet<string> = new Set();
  /** Claims missing from the text, waiting for another tab's save to bring them. */
  #waiting = new Map<string, Claim>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onDue: () => void;
  /** How long a missing claim waits for a save to bring its mark (ms). */
  delayMs: number;

  /** `onDue` is called when waiting claims are due to be placed (the host calls {@link place}). */
  constructor(onDue: () => void, delayMs = FOREIGN_CLAIM_DELAY_MS) {
    this.#onDue = onDue;
    this.delayMs = delayMs;
  }

  /** Stored claims that could not be found in this tab's text (a new set after each change). */
  get unplaced(): ReadonlySet<string> {
    return this.#unplaced;
  }

  /** Starts over with a newly mounted editor (or none). */
  reset(editor: ApparatusEditor | undefined): void {
    this.#editor = editor;
    this.#checked = new Set();
    this.#unplaced = new Set();
    this.#waiting = new Map();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Checks the claims not checked before; those the text lacks wait (see the class comment), and
   * those that waited long enough and are still missing are marked where their words are found.
   * Returns the ids it marked. Cheap when nothing is new: one set lookup per claim.
   */
  place(claims: readonly Claim[]): string[] {
    const editor = this.#editor;
    if (!editor) return [];
    const fresh: Claim[] = [];
    const checked = this.#checked;
    for (const claim of claims) {
      if (checked.has(claim.id)) continue;
      checked.add(claim.id);
      if (!claim.detached) fresh.push(claim);
    }
    let unplaced = [...this.#unplaced];
    const present =
      unplaced.length > 0 || this.#waiting.size > 0 ? new Set(claims.map((c) => c.id)) : null;
    if (present) unplaced = unplaced.filter((id) => present.has(id));
    const marked: string[] = [];
    if (fresh.length > 0) {
      const known = new Set(editor.claimRanges().map((r) => r.id));
      for (const d of editor.detachedClaims()) known.add(d.id);
      const now = Date.now();
      for (const claim of fresh) if (!known.has(claim.id)) this.#wait(claim, now);
    }
    const due = this.#due(present);
    if (due.length > 0) {
      const missing = due.filter((c) => editor.claimRange(c.id) === null);
      if (missing.length > 0) {
        const map = editor.textMap(layoutArticle);
        for (const claim of missing) {
          const found = anchorQuote(map.text, claim.quote, claim.position);
          const range = 'value' in found ? map.toDoc(found.value) : null;
          if (range !== null && editor.addClaimMark(claim.id, range, { addToHistory: false })) {
            marked.push(claim.id);
          } else unplaced.push(claim.id);
        }
      }
    }
    unplaced = [...new Set(unplaced)];
    this.#schedule();
    if (unplaced.length !== this.#unplaced.size || unplaced.some((id) => !this.#unplaced.has(id))) {
      this.#unplaced = new Set(unplaced);
    }
    return marked;
  }

  /** Waiting since `now`; the stored row is refreshed if it changes meanwhile. */
  #wait(claim: Claim, now: number): void {
    this.#waiting.set(claim.id, claim);
    this.#since.set(claim.id, now);
  }

  readonly #since = new Map<string, number>();

  /** The waiting claims whose time is up (and that are still stored), taken off the wait. */
  #due(present: ReadonlySet<string> | null): Claim[] {
    const due: Claim[] = [];
    const now = Date.now();
    for (const [id, claim] of this.#waiting) {
      if (present && !present.has(id)) {
        this.#waiting.delete(id);
        this.#since.delete(id);
        continue;
      }
      if (now - (this.#since.get(id) ?? now) < this.delayMs) continue;
      this.#waiting.delete(id);
      this.#since.delete(id);
      due.push(claim);
    }
    return due;
  }

  /** Asks the host to place again when the earliest waiting claim is due. */
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#waiting.size === 0) return;
    let first = Infinity;
    for (const since of this.#since.values()) first = Math.min(first, since);
    const wait = Math.max(0, first + this.delayMs - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#onDue();
    }, wait);
  }
}

/**
 * How long a claim made elsewhere waits for the other tab's save to bring its mark before this
 * tab marks it itself: above autosave's half-second debounce, with room for a busy machine.
 */
export const FOREIGN_CLAIM_DELAY_MS = 3000;
