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
  readonly createdAt: string;
  readonly updatedAt: string;
}
