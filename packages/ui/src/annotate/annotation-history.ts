/**
 * One undo for the text and the annotations on it.
 *
 * ## Design
 *
 * The editor keeps its own history (prosemirror-history): typing, deleting, pasting. Annotation
 * changes — a status, a citation, a new claim, a removed claim — are rows in the store, written
 * through the port, which the editor's history knows nothing about. A reader expects one Mod-Z to
 * take back the last thing they did, whichever kind it was, so the UI keeps a second stack of
 * *annotation steps* (each with an async `undo` and `redo` that write through the port) and
 * interleaves the two by **depth stamps** instead of copying the editor's history:
 *
 * - recording a step closes the editor's current undo group (`closeHistory`, so text typed next
 *   is a new editor step) and stamps the step with the editor's undo depth at that moment;
 * - **undo**: if the editor's undo depth is above the top step's stamp, text was edited after
 *   that step, so the editor undoes; otherwise the top step is undone, moved to the redo stack
 *   and stamped with the editor's *redo* depth;
 * - **redo** mirrors it: the editor redoes while its redo depth is above the top undone step's
 *   stamp; then the step is redone. With no undone step, the editor redoes only above the
 *   `redoFloor` (the redo depth when the last step was recorded: what was undone before it is
 *   no longer "the next thing to redo");
 * - a **new edit** in the editor (`isNewEdit`) drops the undone steps, as it drops the editor's
 *   own redo stack.
 *
 * Marks the steps add or remove (a new claim, a removal) are dispatched with
 * `addToHistory: false` so the editor does not undo them a second time; because a step is undone
 * only once every later text edit was undone, the document is then exactly as it was when the
 * step ran, and the ranges a step remembered are still right. Deleting a claim's text is an
 * ordinary editor edit: undo restores the text, and with it the mark (the claim re-attaches).
 *
 * Steps run one at a time, in order: a second Mod-Z pressed while the first one's write is
 * pending waits for it, then decides what to undo. A step may *refuse* (a {@link StepRefusal})
 * when its rows were changed since by someone else — another tab flagged the claim after this
 * tab marked it supported: undoing here must not silently overwrite that newer judgement. A
 * refused step is dropped, and the reader is told why. The history lives in the page (a reload starts
 * afresh, as the editor's does); a step that fails to write is dropped with its error reported.
 */

/** The editor's side of the history, as {@link AnnotationHistory} needs it. */
export interface HistoryEditor {
  historyDepth(): { readonly undo: number; readonly redo: number };
  undo(): boolean;
  redo(): boolean;
  closeHistory(): void;
}

/**
 * What a step returns instead of writing when taking it back (or doing it again) would overwrite
 * a newer change — another tab's, typically: `reason` is the sentence for the reader.
 */
export interface StepRefusal {
  readonly refused: string;
}

/** What running one side of a step gives: nothing once written, or a refusal. */
export type StepResult = Promise<void | StepRefusal> | void | StepRefusal;

/** One annotation change that can be taken back and done again. */
export interface AnnotationStep {
  /** Words for the reader ("Flag as disputed"), e.g. in an "Undone: …" message. */
  readonly label: string;
  undo(): StepResult;
  redo(): StepResult;
}

/** A step and the editor depth it was stamped with. */
interface Stamped {
  readonly step: AnnotationStep;
  readonly depth: number;
}

/**
 * What one undo or redo did: the editor's history, an annotation step, nothing — or it refused
 * a step whose rows changed since (the step is dropped: the next undo goes on to the one before).
 */
export type HistoryOutcome =
  | { readonly kind: 'editor' }
  | { readonly kind: 'annotation'; readonly label: string }
  | { readonly kind: 'refused'; readonly label: string; readonly reason: string }
  | { readonly kind: 'none' };

/** The unified undo stack of one editor; see the module comment for the design. */
export class AnnotationHistory {
  readonly #editor: HistoryEditor;
  readonly #onError: (reason: unknown) => void;
  #done: Stamped[] = [];
  #undone: Stamped[] = [];
  #redoFloor = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(editor: HistoryEditor, onError: (reason: unknown) => void = () => {}) {
    this.#editor = editor;
    this.#onError = onError;
  }

  /** How many annotation steps can be undone and redone (the editor's own are not counted). */
  get depth(): { readonly undo: number; readonly redo: number } {
    return { undo: this.#done.length, redo: this.#undone.length };
  }

  /** Records a step that has just been done. */
  record(step: AnnotationStep): void {
    this.#editor.closeHistory();
    const depth = this.#editor.historyDepth();
    this.#done.push({ step, depth: depth.undo });
    this.#undone = [];
    this.#redoFloor = depth.redo;
  }

  /** Tells the history about an editor transaction that was a new edit (see `isNewEdit`). */
  noteNewEdit(): void {
    this.#undone = [];
    this.#redoFloor = 0;
  }

  /** Takes back the last change, text or annotation. Resolves once its writes committed. */
  undo(): Promise<HistoryOutcome> {
    return this.#enqueue(async () => {
      const top = this.#done.at(-1);
      const editorDepth = this.#editor.historyDepth().undo;
      if (top === undefined || editorDepth > top.depth) {
        return this.#editor.undo() ? { kind: 'editor' } : { kind: 'none' };
      }
      this.#done.pop();
      const result = await top.step.undo();
      if (result) return { kind: 'refused', label: top.step.label, reason: result.refused };
      this.#undone.push({ step: top.step, depth: this.#editor.historyDepth().redo });
      return { kind: 'annotation', label: top.step.label };
    });
  }

  /** Does again what the last undo took back. Resolves once its writes committed. */
  redo(): Promise<HistoryOutcome> {
    return this.#enqueue(async () => {
      const top = this.#undone.at(-1);
      const editorDepth = this.#editor.historyDepth().redo;
      const floor = top === undefined ? this.#redoFloor : top.depth;
      if (editorDepth > floor) return this.#editor.redo() ? { kind: 'editor' } : { kind: 'none' };
      if (top === undefined) return { kind: 'none' };
      this.#undone.pop();
      const result = await top.step.redo();
      if (result) return { kind: 'refused', label: top.step.label, reason: result.refused };
      this.#done.push({ step: top.step, depth: this.#editor.historyDepth().undo });
      return { kind: 'annotation', label: top.step.label };
    });
  }

  #enqueue(run: () => Promise<HistoryOutcome>): Promise<HistoryOutcome> {
    const next = this.#queue.then(run).catch((reason: unknown): HistoryOutcome => {
      this.#onError(reason);
      return { kind: 'none' };
    });
    this.#queue = next;
    return next;
  }
}
