import { fail, ok, type Account, type Claim, type Parsed } from '@apparatus/core';
import {
  anchorIn,
  articleToDoc,
  claimIndexOf,
  createEditor,
  docFromJSON,
  markClaims,
  snapshotDoc,
  textMapOf,
  type ApparatusEditor,
  type TimeSlice,
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
    const doc = docFromJSON(storedJSON(account.doc));
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
  // Marked block by block: a book's 35,000 claims through one transaction ran out of memory.
  return ok(createEditor(place, { doc: markClaims(doc, claims), ...common }));
}

/**
 * The stored document as JSON: saves store it as its JSON text ({@link snapshotOf}), which
 * IndexedDB copies as one string instead of cloning (and Dexie re-reading) a tree of a book's
 * hundred thousand objects; documents saved as objects before still open. Text that is not JSON
 * becomes a value the schema check refuses, never an exception.
 */
function storedJSON(doc: unknown): unknown {
  if (typeof doc !== 'string') return doc;
  try {
    return JSON.parse(doc) as unknown;
  } catch {
    return { type: 'unreadable document' };
  }
}

/** What one save writes: the document (as JSON text), its text, and the claims whose anchors moved. */
export interface EditorSnapshot {
  readonly doc: string;
  readonly text: string;
  readonly claims: readonly Claim[];
}

/** How long one slice of a save may keep the main thread (ARCHITECTURE.md: never over 50 ms). */
export const SAVE_SLICE_MS = 12;

/**
 * A {@link TimeSlice} of {@link SAVE_SLICE_MS}: a save gives the main thread back between slices
 * so that keystrokes, frames and IndexedDB callbacks run while a book is being snapshotted.
 */
export function saveSlice(budgetMs: number = SAVE_SLICE_MS): TimeSlice {
  let started = performance.now();
  return {
    due: () => performance.now() - started > budgetMs,
    next: () =>
      new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
        started = performance.now();
      }),
  };
}

/**
 * The editor's document as it is now, ready for `WorkspacePort.saveDocument`: the JSON text,
 * the article text the writer lays out for it (what claims' positions refer to), and every claim
 * of `claims` whose position or quote changed — re-anchored from the editor's claim index, or
 * detached when its text is gone.
 *
 * Built for book scale: the state is taken once (ProseMirror states are immutable, so typing
 * meanwhile does not disturb it — autosave writes the newer state next), the document's JSON
 * and text come from `snapshotDoc`, which re-serialises and re-lays out only the blocks edits
 * replaced, and every loop yields to the page between slices of `slice`. A 1M-word book's save
 * so never holds the main thread in one long task; a short article runs in one slice.
 */
export async function snapshotOf(
  editor: ApparatusEditor,
  claims: readonly Claim[],
  now: string,
  slice: TimeSlice = saveSlice(),
): Promise<EditorSnapshot> {
  const { state } = editor;
  const { json, map } = await snapshotDoc(state.doc, layoutArticle, slice);
  const ranges = new Map(
    claimIndexOf(state)
      .ranges()
      .map((range) => [range.id, range]),
  );
  const moved: Claim[] = [];
  let step = 0;
  for (const claim of claims) {
    const range = ranges.get(claim.id);
    const next = reanchor(claim, range === undefined ? null : anchorIn(map, range), now);
    if (next !== claim) moved.push(next);
    step += 1;
    if (step % 512 === 0 && slice.due()) await slice.next();
  }
  return { doc: json, text: map.text, claims: moved };
}
