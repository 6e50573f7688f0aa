import { claimFromSelection, flagClaim, newId, supportClaim } from '@apparatus/core';
import type {
  Citation,
  Claim,
  Parsed,
  Source,
  Subject,
  ValueContext,
  WorkspacePort,
} from '@apparatus/core';
import type { ApparatusEditor } from '@apparatus/editor';
import { layoutArticle } from '@apparatus/formats';
import type { AnnotationHistory, StepRefusal } from './annotation-history.ts';

/** What the actions reach: the store, the open editor, the unified undo, the claims as stored. */
export interface AnnotationContext {
  readonly port: WorkspacePort;
  readonly editor: ApparatusEditor;
  readonly history: AnnotationHistory;
  readonly accountId: string;
  /** The stored row of a claim (the host follows them through the port's watchers). */
  readonly claimById: (id: string) => Claim | undefined;
  /** The article's year and nearest date, so a selected "14 February" gets a year. */
  readonly valueContext: () => ValueContext | undefined;
}

/** `row` with the reader's judgement of `from`: status, reason, value, subject. */
function withJudgement(row: Claim, from: Claim): Claim {
  const { valueError: _dropped, ...rest } = row;
  return {
    ...rest,
    status: from.status,
    statusReason: from.statusReason,
    statusChangedAt: from.statusChangedAt,
    value: from.value,
    ...(from.valueError === undefined ? {} : { valueError: from.valueError }),
    subjectId: from.subjectId,
    updatedAt: now(),
  };
}

function now(): string {
  return new Date().toISOString();
}

/** Whether two rows hold the same judgement (what undo and redo put back). */
function sameJudgement(a: Claim, b: Claim): boolean {
  return (
    a.status === b.status &&
    a.statusReason === b.statusReason &&
    a.subjectId === b.subjectId &&
    JSON.stringify(a.value) === JSON.stringify(b.value)
  );
}

/**
 * Why a step may not write over `row`, or null when it may: the row is gone, or it was stamped
 * after `written` (what this step last wrote) with another judgement — another tab's newer
 * change, which an undo here must not overwrite. A newer stamp with the same judgement is an
 * autosave refreshing anchors, and does not count.
 */
function overwrites(row: Claim | undefined, written: Claim): StepRefusal | null {
  const words = `“${written.quote.exact}”`;
  if (row === undefined)
    return { refused: `${words} was removed elsewhere since; there is nothing to take back.` };
  if (row.updatedAt > written.updatedAt && !sameJudgement(row, written)) {
    return {
      refused: `${words} was changed elsewhere (in another tab) after this change, so it was not undone: the newer change is kept.`,
    };
  }
  return null;
}

/**
 * Every annotation a reader makes, written through the port (one transaction each) and recorded
 * as one step of the {@link AnnotationHistory}, so Mod-Z takes it back like a typed word. The
 * elements (toolbar, dialogs, inspector) only gather what the reader wants; these functions do it.
 * Errors a person can act on come back as values; a failed write rejects with the port's
 * `StorageError`, which the host shows.
 */
export class AnnotationActions {
  readonly #c: AnnotationContext;

  constructor(context: AnnotationContext) {
    this.#c = context;
  }

  /**
   * The claim the toolbar acts on: `claimId` when given (the claim at the cursor), else a new
   * claim made from the selection — stored as a row AND marked in the editor, as one undo step.
   */
  async targetClaim(claimId: string | null): Promise<Parsed<Claim>> {
    if (claimId !== null) {
      const claim = this.#c.claimById(claimId);
      return claim ? { value: claim } : { error: 'That claim is no longer in the workspace.' };
    }
    return this.createFromSelection();
  }

  /** Makes a claim of the selected words: kind guessed, value read, anchors taken from the text. */
  async createFromSelection(): Promise<Parsed<Claim>> {
    const { editor, port, history } = this.#c;
    const offsets = editor.selectionOffsets(layoutArticle);
    if (offsets === null) return { error: 'Select the words of the claim first.' };
    const id = newId();
    const context = this.#c.valueContext();
    const made = claimFromSelection({
      accountId: this.#c.accountId,
      text: offsets.fullText.slice(offsets.start, offsets.end),
      start: offsets.start,
      end: offsets.end,
      fullText: offsets.fullText,
      now: now(),
      id,
      ...(context === undefined ? {} : { context }),
    });
    if (!('value' in made)) return made;
    const claim = made.value;
    if (!editor.createClaimFromSelection(id, { addToHistory: false })) {
      return { error: 'Select words, not only spaces.' };
    }
    let range = editor.claimRange(id);
    await port.putClaim(claim);
    history.record({
      label: 'New claim',
      undo: async () => {
        const refusal = overwrites(this.#c.claimById(id) ?? claim, claim);
        if (refusal) return refusal;
        range = editor.claimRange(id) ?? range;
        editor.removeClaim(id, { addToHistory: false });
        await port.deleteClaim(id);
      },
      redo: async () => {
        if (range !== null) editor.addClaimMark(id, range, { addToHistory: false });
        await port.putClaim(claim);
      },
    });
    return { value: claim };
  }

  /** Stores `next` in place of `before`, as one undoable step named `label`. */
  async replaceClaim(
    before: Claim,
    next: Claim,
    label: string,
    newSubject?: Subject,
  ): Promise<void> {
    const { port, history } = this.#c;
    if (newSubject) await port.putSubject(newSubject);
    await port.putClaim(next);
    // Undo and redo put back what the reader judged (status, value, subject) on the row as it
    // is then, so anchors an autosave refreshed in between are kept — unless someone else judged
    // the claim since (see `overwrites`).
    let written = next;
    const put = async (judged: Claim): Promise<StepRefusal | undefined> => {
      const row = this.#c.claimById(before.id);
      const refusal = overwrites(row, written);
      if (refusal || row === undefined) return refusal ?? undefined;
      const fresh = withJudgement(row, judged);
      await port.putClaim(fresh);
      written = fresh;
      return undefined;
    };
    history.record({ label, undo: () => put(before), redo: () => put(next) });
  }

  /** "Flag as disputed" with the reader's reason; an empty reason is an error value. */
  async flag(claim: Claim, reason: string): Promise<Parsed<Claim>> {
    const flagged = flagClaim(claim, reason, now());
    if ('value' in flagged) await this.replaceClaim(claim, flagged.value, 'Flag as disputed');
    return flagged;
  }

  /** "Mark as supported". */
  async support(claim: Claim): Promise<Claim> {
    const supported = supportClaim(claim, now());
    await this.replaceClaim(claim, supported, 'Mark as supported');
    return supported;
  }

  /**
   * "Attach citation": the new source first (when made in the dialog), then the citation. Undo
   * deletes the citation and the source it brought (nothing else cites a source made a moment
   * ago); redo writes both again.
   */
  async attach(citation: Citation, newSource?: Source): Promise<void> {
    const { port, history } = this.#c;
    const write = async (): Promise<void> => {
      if (newSource) await port.putSource(newSource);
      await port.putCitation(citation);
    };
    await write();
    history.record({
      label: 'Attach citation',
      undo: async () => {
        await port.deleteCitation(citation.id);
        if (newSource) await port.deleteSource(newSource.id);
      },
      redo: write,
    });
  }

  /**
   * Removes a claim: its mark and its row (the store deletes its citations with it). Undo puts
   * the mark back where it was, the row and the citations.
   */
  async remove(claim: Claim): Promise<void> {
    const { port, editor, history } = this.#c;
    const citations = await port.citationsOf([claim.id]);
    let range = editor.claimRange(claim.id);
    const drop = async (): Promise<void> => {
      range = editor.claimRange(claim.id) ?? range;
      editor.removeClaim(claim.id, { addToHistory: false });
      await port.deleteClaim(claim.id);
    };
    await drop();
    history.record({
      label: 'Remove claim',
      undo: async () => {
        if (range !== null) editor.addClaimMark(claim.id, range, { addToHistory: false });
        await port.putClaim(claim);
        for (const citation of citations) await port.putCitation(citation);
      },
      redo: drop,
    });
  }
}
