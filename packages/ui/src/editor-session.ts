import { fail, ok, type Account, type Claim, type Parsed } from '@apparatus/core';
import {
  articleToDoc,
  claimAnchors,
  createEditor,
  docFromJSON,
  textMapOf,
  type ApparatusEditor,
} from '@apparatus/editor';
import { layoutArticle, readArticle } from '@apparatus/formats';
import { reanchor } from './anchors.ts';

/** What opening an account in the editor needs. */
export interface OpenEditorOptions {
  readonly account: Account;
  /** The account's stored claims: marked in the text when the document is laid out afresh. */
  readonly claims: readonly Claim[];
  readonly editable: boolean;
  readonly onDocChange: () => void;
}

/**
 * Opens an account in `place`. A saved document (`account.doc`) is read back as it was; an
 * account never opened before (`doc: null` — the first-run seed, an import) is laid out from its
 * text, and its claims are marked where their `TextPosition`s point. A saved document that no
 * longer fits the schema, or a text that is not an article, gives a sentence instead of a crash.
 */
export function openEditor(
  place: HTMLElement,
  options: OpenEditorOptions,
): Parsed<ApparatusEditor> {
  const { account } = options;
  const common = { editable: options.editable, onDocChange: () => options.onDocChange() };
  if (account.doc !== null && account.doc !== undefined) {
    const doc = docFromJSON(account.doc);
    if ('error' in doc) return fail(`“${account.title}” could not be opened. ${doc.error}`);
    return ok(createEditor(place, { doc: doc.value, ...common }));
  }
  const article = readArticle(account.text);
  if ('error' in article) return fail(`“${account.title}” could not be opened. ${article.error}`);
  const doc = articleToDoc(article.value);
  const map = textMapOf(doc, article.value);
  const claims = options.claims.flatMap((claim) => {
    if (claim.detached) return [];
    const range = map.toDoc(claim.position);
    return range === null ? [] : [{ id: claim.id, from: range.from, to: range.to }];
  });
  return ok(createEditor(place, { doc, claims, ...common }));
}

/** What one save writes: the document, its text, and the claims whose anchors moved. */
export interface EditorSnapshot {
  readonly doc: unknown;
  readonly text: string;
  readonly claims: readonly Claim[];
}

/**
 * The editor's document as it is now, ready for `WorkspacePort.saveDocument`: the JSON, the
 * article text the writer lays out for it (what claims' positions refer to), and every claim of
 * `claims` whose position or quote changed — re-anchored from the editor's claim index, or
 * detached when its text is gone.
 */
export function snapshotOf(
  editor: ApparatusEditor,
  claims: readonly Claim[],
  now: string,
): EditorSnapshot {
  const anchors = claimAnchors(editor.state, layoutArticle);
  const attached = new Map(anchors.attached.map((anchor) => [anchor.id, anchor]));
  const moved: Claim[] = [];
  for (const claim of claims) {
    const next = reanchor(claim, attached.get(claim.id) ?? null, now);
    if (next !== claim) moved.push(next);
  }
  return { doc: editor.toJSON(), text: anchors.text, claims: moved };
}
