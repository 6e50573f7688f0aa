/**
 * Test helpers of `@apparatus/editor`, exported as `@apparatus/editor/test` so that other
 * packages build documents the same way instead of copying helpers: prosemirror-test-builder
 * over the Apparatus schema. Tags mark positions — `doc(title('T'), p('foo<a>bar'))` — so that
 * tests never count positions by hand.
 */
import type { Node } from 'prosemirror-model';
import { builders } from 'prosemirror-test-builder';
import type { MarkBuilder, NodeBuilder } from 'prosemirror-test-builder';
import { schema } from '../src/schema.ts';

const b = builders(schema, {
  p: { nodeType: 'paragraph' },
  li: { nodeType: 'list_item' },
  h2: { nodeType: 'heading', level: 2 },
  h3: { nodeType: 'heading', level: 3 },
});

/** A node built by a builder, with the positions of its `<tag>`s. */
export type TaggedNode = Node & { tag: Record<string, number> };

export const doc = b['doc'] as NodeBuilder;
export const title = b['title'] as NodeBuilder;
export const caption = b['caption'] as NodeBuilder;
export const infobox = b['infobox'] as NodeBuilder;
export const p = b['p'] as NodeBuilder;
export const h2 = b['h2'] as NodeBuilder;
export const h3 = b['h3'] as NodeBuilder;
export const list = b['list'] as NodeBuilder;
export const li = b['li'] as NodeBuilder;
export const em = b['em'] as MarkBuilder;
export const strong = b['strong'] as MarkBuilder;

/** An infobox field: `field('Date', '28 January')`. */
export function field(key: string, ...content: Parameters<NodeBuilder>[1][]): TaggedNode {
  return (b['field'] as NodeBuilder)({ key }, ...content);
}

/** Text marked as claim `id`: `claim('c1', '7,000')`; nest them for overlapping claims. */
export function claim(
  id: string,
  ...content: Parameters<MarkBuilder>[1][]
): ReturnType<MarkBuilder> {
  return (b['claim'] as MarkBuilder)({ id }, ...content);
}

/** Text linked to `href` (which the schema validates). */
export function link(
  href: string,
  ...content: Parameters<MarkBuilder>[1][]
): ReturnType<MarkBuilder> {
  return (b['link'] as MarkBuilder)({ href }, ...content);
}

export { schema };
