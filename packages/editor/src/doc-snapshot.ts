import { Fragment, type Node } from 'prosemirror-model';
import type { TextSpan } from '@apparatus/core';
import { docToOutline } from './convert.ts';
import {
  currentTextMap,
  textMapFromPairs,
  type LayOut,
  type TextMap,
  type TextPair,
} from './text-map.ts';

/**
 * What a save stores of a document: its JSON as text (what `docFromJSON(JSON.parse(json))` reads
 * back) and the {@link TextMap} into the text `layOut` writes for it (what claims' positions
 * refer to) — the same as `JSON.stringify(doc.toJSON())` and `currentTextMap(doc, layOut)`.
 */
export interface DocSnapshot {
  readonly json: string;
  readonly map: TextMap;
}

/**
 * Lets a long computation give the main thread back: `due()` says the current slice has run
 * long enough, `next()` resolves in a later task. The UI passes one so that no task of a save
 * exceeds its budget; without one the work runs in one go.
 */
export interface TimeSlice {
  due(): boolean;
  next(): Promise<void>;
}

/** What one top-level block contributes to a snapshot, cached on the (immutable) node. */
interface BlockPiece {
  json?: string;
  layout?: {
    /** The block before it when laid out: the layout of a block may depend on its neighbour. */
    readonly prev: Node | null;
    readonly text: string;
    /** Each textblock's content start relative to the block's start, and its span relative to `text`. */
    readonly pairs: readonly TextPair[];
  };
}

/** Pieces per layout function (a different layout makes different text), then per block node. */
const cache = new WeakMap<LayOut, WeakMap<Node, BlockPiece>>();

/** Thrown when a layout is not a concatenation of block pieces; the snapshot is then taken whole. */
class NotConcatenative extends Error {}

/**
 * The snapshot of `doc` for a save, incremental: ProseMirror shares unchanged nodes between
 * versions of a document, so each top-level block's JSON text, laid-out text and textblock
 * spans are cached on its node and only the blocks an edit replaced (and the block after each,
 * whose layout may depend on its neighbour) are serialised and laid out again; the rest is
 * joining strings and shifting offsets — O(blocks) small steps instead of O(characters) of
 * `toJSON` + `layOut` + `textMapOf` per save. With a {@link TimeSlice} the loops yield between
 * slices, so a book's save never blocks the main thread in one long task (the document is
 * immutable, so edits made meanwhile do not disturb it).
 *
 * It relies on `layOut` writing a document as the title's text followed by each block's text,
 * where a block's text depends only on the block and the one before it — true of
 * `layoutArticle`, checked per block (a layout for which it is false is taken whole, through
 * {@link currentTextMap}).
 */
export async function snapshotDoc(
  doc: Node,
  layOut: LayOut,
  slice?: TimeSlice,
): Promise<DocSnapshot> {
  const steps = walk(doc, layOut, true);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    if (slice !== undefined && slice.due()) await slice.next();
  }
}

/**
 * The {@link TextMap} of `doc` into the text `layOut` writes — what `currentTextMap` returns —
 * from the same per-block cache as {@link snapshotDoc}, without the JSON: for a caller on a hot
 * path (a toolbar action on the selection) that needs offsets now and cannot lay out a book
 * whole each time.
 */
export function snapshotText(doc: Node, layOut: LayOut): TextMap {
  const steps = walk(doc, layOut, false);
  for (let step = steps.next(); ; step = steps.next())
    if (step.done === true) return step.value.map;
}

/**
 * The snapshot's work, pausing (yielding) every 256 blocks so {@link snapshotDoc} can give the
 * main thread back between slices; `withJson` false leaves the JSON text empty.
 */
function* walk(doc: Node, layOut: LayOut, withJson: boolean): Generator<void, DocSnapshot> {
  const title = doc.firstChild;
  let shaped = title !== null && title.type.name === 'title';
  doc.forEach((child, _offset, index) => {
    if (index > 0 && child.type.name === 'title') shaped = false;
  });
  if (!shaped) return whole(doc, layOut, withJson);

  let pieces = cache.get(layOut);
  if (pieces === undefined) cache.set(layOut, (pieces = new WeakMap()));
  try {
    const head = layOut({ title: title!.textContent, blocks: [] });
    const jsonParts: string[] = [];
    const headText = textOf(head);
    const textParts: string[] = [headText];
    const pairs: TextPair[] = [{ pos: 1, span: head.title }];
    let textAt = headText.length;
    let prev: Node | null = null;
    let index = 0;
    for (let offset = title!.nodeSize, i = 1; i < doc.childCount; i += 1) {
      const child = doc.child(i);
      let piece = pieces.get(child);
      if (piece === undefined) pieces.set(child, (piece = {}));
      if (withJson) jsonParts.push((piece.json ??= JSON.stringify(child.toJSON())));
      if (piece.layout === undefined || piece.layout.prev !== prev)
        piece.layout = { prev, ...layBlock(child, prev, layOut) };
      textParts.push(piece.layout.text);
      for (const pair of piece.layout.pairs) {
        pairs.push({
          pos: offset + pair.pos,
          span: {
            text: pair.span.text,
            start: textAt + pair.span.start,
            end: textAt + pair.span.end,
          },
        });
      }
      textAt += piece.layout.text.length;
      offset += child.nodeSize;
      prev = child;
      index += 1;
      if (index % 256 === 0) yield;
    }
    let json = '';
    if (withJson) {
      const titleJSON = JSON.stringify(title!.toJSON());
      const shell = JSON.stringify(doc.copy(Fragment.empty).toJSON());
      json = `${shell.slice(0, -1)},"content":[${[titleJSON, ...jsonParts].join(',')}]}`;
    }
    return { json, map: textMapFromPairs(textParts.join(''), pairs) };
  } catch (error) {
    if (error instanceof NotConcatenative) return whole(doc, layOut, withJson);
    throw error;
  }
}

/** The text a layout wrote (`layoutArticle` returns an `Article`, which carries it). */
function textOf(article: ReturnType<LayOut>): string {
  return 'text' in article && typeof article.text === 'string' ? article.text : '';
}

/** The snapshot without caches: what {@link snapshotDoc} must equal. */
function whole(doc: Node, layOut: LayOut, withJson: boolean): DocSnapshot {
  const json = withJson ? JSON.stringify(doc.toJSON()) : '';
  return { json, map: currentTextMap(doc, layOut) };
}

/**
 * One block's text and textblock spans, as `layOut` writes it after `prev`: the difference
 * between laying out `[prev, block]` and `[prev]` under an empty title.
 */
function layBlock(
  block: Node,
  prev: Node | null,
  layOut: LayOut,
): { text: string; pairs: TextPair[] } {
  const before = prev === null ? [] : [prev];
  const top = block.type.schema.topNodeType;
  const baseText = textOf(layOut(docToOutline(top.create(null, before))));
  const full = layOut(docToOutline(top.create(null, [...before, block])));
  const fullText = textOf(full);
  const last = full.blocks[full.blocks.length - 1];
  if (
    !fullText.startsWith(baseText) ||
    last === undefined ||
    full.blocks.length !== before.length + 1
  )
    throw new NotConcatenative();
  const spans: TextSpan[] =
    last.type === 'infobox'
      ? last.fields.map((f) => f.value)
      : last.type === 'list'
        ? [...last.items]
        : [last.text];
  const starts: number[] = [];
  block.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    starts.push(pos + 2); // inside the block (+1) and inside the textblock (+1)
    return false;
  });
  if (block.isTextblock) starts.push(1);
  if (starts.length !== spans.length) throw new NotConcatenative();
  const shift = baseText.length;
  return {
    text: fullText.slice(shift),
    pairs: spans.map((span, i) => ({
      pos: starts[i]!,
      span: { text: span.text, start: span.start - shift, end: span.end - shift },
    })),
  };
}
