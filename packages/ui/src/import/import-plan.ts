import {
  claimsFromDetected,
  extractClaims,
  newId,
  type Account,
  type AccountKind,
  type AccountSnapshot,
  type Subject,
} from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { detectTextFormat, TEXT_FORMAT_NAMES } from './text-format.ts';

/** What an imported account is linked to: nothing, the source whose text it is, or an account it revises. */
export type ImportLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'source'; readonly sourceId: string }
  | { readonly kind: 'revision'; readonly accountId: string };

/** What the reader typed into the "Import account" dialog. */
export interface ImportDraft {
  readonly title: string;
  readonly text: string;
  readonly link: ImportLink;
}

/** Which field of the dialog an error is about, so it can be shown beside that field. */
export type ImportField = 'title' | 'text';

/** A reason the draft cannot be imported, and the field it concerns. */
export interface ImportProblem {
  readonly field: ImportField;
  readonly message: string;
}

/** The outcome of {@link planImport}: the rows to write, or the problem to show. */
export type ImportPlan = { readonly value: AccountSnapshot } | { readonly error: ImportProblem };

const KIND_OF_LINK: Readonly<Record<ImportLink['kind'], AccountKind>> = {
  none: 'article',
  source: 'source-text',
  revision: 'revision',
};

/**
 * Turns a draft into the rows an import writes in one transaction: the account (its `doc` left
 * null, so the editor lays it out from the text the first time it opens, as it does the seed),
 * the claims the engine detects in it (`extractClaims`, what `apparatus audit` lists), and the
 * subjects among theirs the workspace does not hold yet (`existing` are reused by label).
 *
 * A text without a `= Title =` line is given one from the Title field; wikitext and Markdown are
 * refused with a sentence saying so. Never throws on what the reader typed: every problem comes
 * back as a value naming the field it concerns.
 */
export function planImport(
  draft: ImportDraft,
  existing: readonly Subject[],
  now: string,
): ImportPlan {
  const title = draft.title.trim();
  const prepared = articleTextOf(draft.text, title);
  if ('error' in prepared) return prepared;
  const article = readArticle(prepared.value);
  if ('error' in article) return problem('text', article.error);
  const text = article.value.text;

  const account: Account = {
    id: newId(),
    title: title === '' ? article.value.title.text : title,
    kind: KIND_OF_LINK[draft.link.kind],
    sourceId: draft.link.kind === 'source' ? draft.link.sourceId : null,
    revisionOf: draft.link.kind === 'revision' ? draft.link.accountId : null,
    doc: null,
    text,
    createdAt: now,
    updatedAt: now,
  };

  const { claims, subjects: added } = claimsFromDetected(
    account.id,
    text,
    extractClaims(article.value),
    {
      now,
      subjects: existing,
    },
  );
  return { value: { account, claims, subjects: added } };
}

/**
 * The text in the article format: as given when it opens with a title line, else with one made
 * from `title`, a leading byte-order mark dropped. Empty texts, wikitext and Markdown are refused.
 */
export function articleTextOf(
  given: string,
  title: string,
): { readonly value: string } | { readonly error: ImportProblem } {
  // A byte-order mark pasted along with a text (copied from an editor that keeps it) is not part
  // of the text, as `decodeText` drops it from files; left in, it hides the `= Title =` line.
  const text = given.startsWith('\uFEFF') ? given.slice(1) : given;
  if (text.trim() === '') {
    return problem('text', 'The text is empty. Paste the account’s text here, or choose a file.');
  }
  const format = detectTextFormat(text);
  switch (format) {
    case 'article':
      return { value: text };
    case 'wikitext':
    case 'markdown':
      return problem(
        'text',
        `This looks like ${TEXT_FORMAT_NAMES[format]}, which Apparatus cannot read yet. Paste it as plain text in the article format (a “= Title =” line, “- Key: Value” infobox lines, “== Section ==” headings, paragraphs).`,
      );
    case 'untitled':
      if (title === '') {
        return problem(
          'title',
          'Give the account a title: the text has no “= Title =” line, so the title is taken from here.',
        );
      }
      if (title.includes('\n') || /^=|=$/.test(title)) {
        return problem('title', 'A title is one line and cannot start or end with “=”.');
      }
      return { value: `= ${title} =\n\n${text}` };
  }
}

function problem(field: ImportField, message: string): { readonly error: ImportProblem } {
  return { error: { field, message } };
}
