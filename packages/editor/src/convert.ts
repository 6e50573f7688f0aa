import { fail, ok } from '@apparatus/core';
import type { ArticleBlock, ArticleOutline, ArticleTree, Parsed, TextSpan } from '@apparatus/core';
import { Node } from 'prosemirror-model';
import { schema } from './schema.ts';

/** A piece of article text, with offsets (from a reader) or without (from an outline). */
type Piece = TextSpan | string;

const textOf = (piece: Piece): string => (typeof piece === 'string' ? piece : piece.text);

/** A textblock of type `type` holding `piece` (ProseMirror has no empty text nodes). */
function textblock(
  type: 'title' | 'caption' | 'heading' | 'paragraph' | 'list_item',
  piece: Piece,
  attrs?: { level: number },
): Node {
  const text = textOf(piece);
  return schema.nodes[type].create(attrs ?? null, text === '' ? null : schema.text(text));
}

/**
 * The editor document for an article read from text (or for an outline). Claims are not part
 * of it: the host adds them with `addClaimMarks`, placed through `textMapOf(doc, article)`.
 *
 * Lossless: {@link docToOutline} gives back `outlineOf(article)` exactly, and every textblock
 * holds one piece of the article in reading order (the infobox keys being attributes), which is
 * what the offset mapping of `text-map.ts` relies on.
 */
export function articleToDoc(article: ArticleTree<Piece>): Node {
  const blocks = article.blocks.map((b: ArticleBlock<Piece>): Node => {
    switch (b.type) {
      case 'infobox':
        return schema.nodes.infobox.create(
          null,
          b.fields.map((f) => {
            const value = textOf(f.value);
            return schema.nodes.field.create(
              { key: textOf(f.key) },
              value === '' ? null : schema.text(value),
            );
          }),
        );
      case 'list':
        return schema.nodes.list.create(
          null,
          b.items.map((item) => textblock('list_item', item)),
        );
      case 'heading':
        return textblock('heading', b.text, { level: b.level });
      case 'caption':
        return textblock('caption', b.text);
      case 'paragraph':
        return textblock('paragraph', b.text);
    }
  });
  return schema.nodes.doc.create(null, [textblock('title', article.title), ...blocks]);
}

/**
 * The article an editor document holds, as plain strings (formatting marks and claims dropped),
 * ready for `@apparatus/formats`' writer. An infobox or list left empty by editing cannot
 * exist (the schema requires one child), so every block maps to a block of the outline.
 */
export function docToOutline(doc: Node): ArticleOutline {
  const title = doc.firstChild?.type === schema.nodes.title ? doc.firstChild.textContent : '';
  const blocks: ArticleBlock<string>[] = [];
  doc.forEach((node) => {
    switch (node.type.name) {
      case 'caption':
        blocks.push({ type: 'caption', text: node.textContent });
        break;
      case 'heading':
        blocks.push({
          type: 'heading',
          level: node.attrs['level'] as number,
          text: node.textContent,
        });
        break;
      case 'paragraph':
        blocks.push({ type: 'paragraph', text: node.textContent });
        break;
      case 'infobox': {
        const fields: { key: string; value: string }[] = [];
        node.forEach((field) =>
          fields.push({ key: field.attrs['key'] as string, value: field.textContent }),
        );
        blocks.push({ type: 'infobox', fields });
        break;
      }
      case 'list': {
        const items: string[] = [];
        node.forEach((item) => items.push(item.textContent));
        blocks.push({ type: 'list', items });
        break;
      }
    }
  });
  return { title, blocks };
}

/**
 * Reads a stored document (an account's `doc` JSON). Storage is outside the editor's control —
 * an older version, a hand-edited backup — so a document that does not fit the schema (an
 * unknown node, a `javascript:` link) is an error value, never an exception.
 */
export function docFromJSON(json: unknown): Parsed<Node> {
  try {
    const doc = Node.fromJSON(schema, json);
    doc.check();
    return ok(doc);
  } catch (error) {
    return fail(
      `The saved document does not fit the editor's schema: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
