/** What an account is: the article under review, a revision of it, or a source's own text. */
export const ACCOUNT_KINDS = ['article', 'revision', 'source-text'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/**
 * A text held in the editor. `doc` is the ProseMirror document as JSON (opaque to `core`);
 * `text` is its plain article-format text, which claims' positions refer to.
 */
export interface Account {
  readonly id: string;
  readonly title: string;
  readonly kind: AccountKind;
  /** The source whose text this is ("this text is Kutay's account"). */
  readonly sourceId: string | null;
  /** The account this one is a revision of. */
  readonly revisionOf: string | null;
  readonly doc: unknown;
  readonly text: string;
  /**
   * Which saved version of `doc` this is: a fresh id written by every `saveDocument` and by
   * nothing else (a rename or an annotation leaves it), so that an editor can tell whether the
   * stored document is still the one its edits are based on. Absent until the first save.
   */
  readonly docVersion?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
