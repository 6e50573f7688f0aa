import { Schema } from 'prosemirror-model';
import type { DOMOutputSpec, MarkSpec, NodeSpec } from 'prosemirror-model';
import { isSafeHref } from './href.ts';

/**
 * The document schema of ARCHITECTURE.md. Every textblock holds exactly one piece of an
 * {@link Article}'s text (the title, a caption, an infobox field's value, a heading, a paragraph,
 * a list item), so that text offsets and document positions correspond one to one (see
 * `text-map.ts`).
 *
 * Rendering decisions, for the UI and for readers of the markup:
 * - The page's `h1` is the account title, shown by the UI above the editor. The article's own
 *   title node is therefore `<p class="apx-title" role="heading" aria-level="2">`, and a section
 *   heading of level L (`==` is 2) is `<h{L+1}>` (capped at `h6`, the exact level kept in
 *   `data-level`), so the outline reads: account › article title › sections.
 * - The infobox is a `<dl class="apx-infobox">` of `<div class="apx-field">` rows: the key in a
 *   `<dt contenteditable="false">` (keys are structure, not prose), the value an editable `<dd>`.
 * - Every top-level block carries {@link EDITOR_CLASSES}.block, which the UI styles with
 *   `content-visibility: auto` so that book-length texts open and type fast.
 */

/** Class names the editor's markup carries, so that the UI's stylesheet can target them. */
export const EDITOR_CLASSES = {
  /** Every top-level block: style with `content-visibility: auto; contain-intrinsic-size: …`. */
  block: 'apx-block',
  title: 'apx-title',
  caption: 'apx-caption',
  infobox: 'apx-infobox',
  field: 'apx-field',
  heading: 'apx-heading',
  list: 'apx-list',
  /** A `claim` mark's span; `data-claim` holds the claim id. */
  claim: 'apx-claim',
  /** Added by the status decorations to a claim in conflict (see `claim-decorations.ts`). */
  conflict: 'apx-conflict',
  /** The status decoration's span, carrying `data-status` and `data-kind`. */
  claimStatus: 'apx-claim-status',
} as const;

function requireString(
  what: string,
  test: (value: string) => boolean = () => true,
): (value: unknown) => void {
  return (value) => {
    if (typeof value !== 'string' || !test(value))
      throw new RangeError(`Invalid ${what}: ${JSON.stringify(value)}`);
  };
}

function requireLevel(value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 6) {
    throw new RangeError(`Invalid heading level: ${JSON.stringify(value)}`);
  }
}

const block = (extra: string): string => `${extra} ${EDITOR_CLASSES.block}`;

/** A heading's level from a pasted or rendered `<hN>`: ours carry `data-level`, others are shifted. */
function levelOf(dom: HTMLElement, tagLevel: number): number {
  const stored = Number(dom.getAttribute('data-level'));
  if (Number.isInteger(stored) && stored >= 1 && stored <= 6) return stored;
  return Math.max(2, tagLevel - 1);
}

/** The node type names of {@link schema}. */
export type NodeName =
  | 'doc'
  | 'title'
  | 'caption'
  | 'infobox'
  | 'field'
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'list_item'
  | 'text';
/** The mark type names of {@link schema}. */
export type MarkName = 'claim' | 'link' | 'em' | 'strong';

const nodes: Record<NodeName, NodeSpec> = {
  doc: { content: 'title block*' },
  title: {
    content: 'inline*',
    defining: true,
    parseDOM: [{ tag: `p.${EDITOR_CLASSES.title}`, priority: 60 }],
    toDOM: (): DOMOutputSpec => [
      'p',
      { class: block(EDITOR_CLASSES.title), role: 'heading', 'aria-level': '2' },
      0,
    ],
  },
  caption: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: `p.${EDITOR_CLASSES.caption}`, priority: 60 }, { tag: 'figcaption' }],
    toDOM: (): DOMOutputSpec => ['p', { class: block(EDITOR_CLASSES.caption) }, 0],
  },
  infobox: {
    group: 'block',
    content: 'field+',
    isolating: true,
    parseDOM: [{ tag: `dl.${EDITOR_CLASSES.infobox}` }],
    toDOM: (): DOMOutputSpec => ['dl', { class: block(EDITOR_CLASSES.infobox) }, 0],
  },
  field: {
    content: 'inline*',
    isolating: true,
    attrs: {
      key: { default: '', validate: requireString('infobox key', (key) => !/[\r\n]/.test(key)) },
    },
    parseDOM: [
      {
        tag: `div.${EDITOR_CLASSES.field}`,
        contentElement: 'dd',
        getAttrs: (dom: HTMLElement) => {
          const key = dom.querySelector('dt')?.textContent;
          return typeof key === 'string' ? { key: key.replace(/[\r\n]+/g, ' ') } : false;
        },
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'div',
      { class: EDITOR_CLASSES.field },
      ['dt', { contenteditable: 'false' }, String(node.attrs['key'])],
      ['dd', 0],
    ],
  },
  heading: {
    group: 'block',
    content: 'inline*',
    defining: true,
    attrs: { level: { default: 2, validate: requireLevel } },
    parseDOM: [1, 2, 3, 4, 5, 6].map((n) => ({
      tag: `h${n}`,
      getAttrs: (dom: HTMLElement) => ({ level: levelOf(dom, n) }),
    })),
    toDOM: (node): DOMOutputSpec => {
      const level = node.attrs['level'] as number;
      return [
        `h${Math.min(6, level + 1)}`,
        { class: block(EDITOR_CLASSES.heading), 'data-level': String(level) },
        0,
      ];
    },
  },
  paragraph: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p' }],
    toDOM: (): DOMOutputSpec => ['p', { class: EDITOR_CLASSES.block }, 0],
  },
  list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ul' }, { tag: 'ol' }],
    toDOM: (): DOMOutputSpec => ['ul', { class: block(EDITOR_CLASSES.list) }, 0],
  },
  list_item: {
    content: 'inline*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0],
  },
  text: { group: 'inline' },
};

const marks: Record<MarkName, MarkSpec> = {
  // First, so that claim spans wrap the formatting marks rather than being cut by them.
  claim: {
    attrs: { id: { validate: requireString('claim id', (id) => id.length > 0) } },
    inclusive: false,
    excludes: '',
    parseDOM: [
      {
        tag: 'span[data-claim]',
        getAttrs: (dom: HTMLElement) => {
          const id = dom.getAttribute('data-claim');
          return id ? { id } : false;
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => [
      'span',
      { class: EDITOR_CLASSES.claim, 'data-claim': String(mark.attrs['id']) },
      0,
    ],
  },
  link: {
    attrs: { href: { validate: requireString('link href', isSafeHref) } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom: HTMLElement) => {
          const href = dom.getAttribute('href') ?? '';
          return isSafeHref(href) ? { href } : false;
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => [
      'a',
      { href: String(mark.attrs['href']), rel: 'noopener noreferrer nofollow' },
      0,
    ],
  },
  em: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      { tag: 'b' },
      { style: 'font-weight=bold' },
      { style: 'font-weight=700' },
    ],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
};

/** The one schema of Apparatus documents. See the module comment for how it renders. */
export const schema: Schema<NodeName, MarkName> = new Schema<NodeName, MarkName>({ nodes, marks });
