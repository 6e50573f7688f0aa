import type { IntegrityProblem, Parsed } from '@apparatus/core';

/**
 * The whole-workspace operations the Workspace menu offers, handed to the shell by `apps/web`
 * (which builds them from `@apparatus/store`): the UI never imports storage, and these are not
 * repository reads and writes of single rows, so they are not part of the `WorkspacePort`.
 */

/** How many rows of each table a backup holds (or an import brought in). */
export interface BackupCounts {
  readonly accounts: number;
  readonly claims: number;
  readonly subjects: number;
  readonly sources: number;
  readonly citations: number;
}

/** What a backup file says it holds, read before anything is imported. */
export interface BackupContents {
  readonly counts: BackupCounts;
  /** How many of the reader's settings (subject joins and splits) travel with it. */
  readonly settings: number;
}

/** The workspace operations behind the Workspace menu. */
export interface WorkspaceServices {
  /** The whole workspace as one JSON file. */
  exportBackup(): Promise<Blob>;
  /** What a backup file holds, or why it is not one this build can import; changes nothing. */
  previewBackup(file: Blob): Promise<Parsed<BackupContents>>;
  /**
   * Replaces the whole workspace with the backup; an error value (a sentence for the reader)
   * when the file is damaged or the write was refused, and then nothing has changed.
   */
  importBackup(file: Blob): Promise<Parsed<BackupCounts>>;
  /** Every problem in the stored workspace, empty when it is sound. */
  checkIntegrity(): Promise<IntegrityProblem[]>;
}

/**
 * Asks whoever holds unsaved edits (the shell, for the open editor) to write them now, before an
 * operation that replaces or deletes stored rows: otherwise a late autosave could write the old
 * document over an imported one, or fail against a deleted account. Handlers push a promise onto
 * {@link pending}; the dispatcher awaits them all.
 */
export class FlushEditsEvent extends Event {
  static readonly type = 'apx-flush-edits';
  readonly pending: Promise<void>[] = [];

  constructor() {
    super(FlushEditsEvent.type, { bubbles: true, composed: true });
  }
}

/** Dispatches a {@link FlushEditsEvent} from `from` and waits until every pending save settled. */
export async function flushEdits(from: EventTarget): Promise<void> {
  const event = new FlushEditsEvent();
  from.dispatchEvent(event);
  await Promise.allSettled(event.pending);
}

/**
 * Says that the stored workspace was replaced wholesale (a backup import), so the shell should
 * open its views afresh: an editor or undo history holding the old rows must not write them back.
 */
export class WorkspaceReplacedEvent extends Event {
  static readonly type = 'apx-workspace-replaced';
  readonly counts: BackupCounts;

  constructor(counts: BackupCounts) {
    super(WorkspaceReplacedEvent.type, { bubbles: true, composed: true });
    this.counts = counts;
  }
}

declare global {
  interface HTMLElementEventMap {
    'apx-flush-edits': FlushEditsEvent;
    'apx-workspace-replaced': WorkspaceReplacedEvent;
  }
}
