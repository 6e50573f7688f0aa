// @vitest-environment happy-dom
import { DOMParser, DOMSerializer } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { isSafeHref } from '../src/href.ts';
import { EDITOR_CLASSES } from '../src/schema.ts';
import {
  caption,
  claim,
  doc,
  em,
  field,
  h2,
  infobox,
  li,
  link,
  list,
  p,
  schema,
  title,
} from './builder.ts';

function render(node: ReturnType<typeof doc>): HTMLElement {
  const div = document.createElement('div');
  div.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(node.content));
  return div;
}

function parse(html: string): ReturnType<typeof doc> {
  const div = document.createElement('div');
  div.innerHTML = html;
  return DOMParser.fromSchema(schema).parse(div) as ReturnType<typeof doc>;
}

describe('href allowlist', () => {
  it.each([
    'https://example.org/a?b#c',
    'http://x',
    'mailto:a@b.c',
    '/relative',
    'page.html',
    '#anchor',
    '?q=1',
    '//cdn.example/x',
  ])('allows %s', (href) => expect(isSafeHref(href)).toBe(true));
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    'data:text/html,<b>',
    'vbscript:x',
    'file:///etc/passwd',
  ])('refuses %j', (href) => expect(isSafeHref(href)).toBe(false));
});

describe('schema', () => {
  it('refuses invalid attributes when checked', () => {
    expect(() => schema.nodes.heading.createChecked({ level: 9 })).toThrow(RangeError);
    expect(() => schema.nodes.field.createChecked({ key: 'a\nb' })).toThrow(RangeError);
    expect(() =>
      schema.text('x', [schema.marks.link.create({ href: 'javascript:alert(1)' })]).check(),
    ).toThrow(RangeError);
    expect(() => schema.text('x', [schema.marks.claim.create({ id: '' })]).check()).toThrow(
      RangeError,
    );
    expect(() =>
      schema.text('x', [schema.marks.link.create({ href: 'https://ok.example' })]).check(),
    ).not.toThrow();
  });

  it('lets claims overlap: marks with different ids coexist, equal ids merge', () => {
    const d = doc(title('T'), p(claim('a', 'one ', claim('b', 'two')), claim('b', ' three')));
    const marksOfTwo = d
      .child(1)
      .child(1)
      .marks.map((m) => m.attrs['id'] as string);
    expect(marksOfTwo.sort()).toEqual(['a', 'b']);
    // "two" and " three" both carry b: one merged mark, so b spans them continuously
    expect(d.child(1).textBetween(0, d.child(1).content.size)).toBe('one two three');
    expect(
      d
        .child(1)
        .child(2)
        .marks.map((m) => m.attrs['id']),
    ).toEqual(['b']);
  });

  it('renders the article title as a level-2 heading under the page h1, sections below it', () => {
    const dom = render(doc(title('Siege'), h2('Background'), p('Text')));
    const t = dom.querySelector(`.${EDITOR_CLASSES.title}`)!;
    expect(t.tagName).toBe('P');
    expect(t.getAttribute('role')).toBe('heading');
    expect(t.getAttribute('aria-level')).toBe('2');
    expect(dom.querySelector('h3')?.textContent).toBe('Background');
    expect(dom.querySelector('h1')).toBeNull();
  });

  it('renders the infobox as a definition list with non-editable keys', () => {
    const dom = render(
      doc(
        title('T'),
        caption('Bukharan PSR'),
        infobox(field('Date', '1922'), field('Result', 'Victory')),
      ),
    );
    const rows = [...dom.querySelectorAll('dl > div')];
    expect(
      rows.map((r) => [r.querySelector('dt')?.textContent, r.querySelector('dd')?.textContent]),
    ).toEqual([
      ['Date', '1922'],
      ['Result', 'Victory'],
    ]);
    expect(rows[0]!.querySelector('dt')!.getAttribute('contenteditable')).toBe('false');
    expect(rows[0]!.querySelector('dd')!.hasAttribute('contenteditable')).toBe(false);
  });

  it('gives every top-level block the class the UI styles with content-visibility', () => {
    const d = doc(
      title('T'),
      caption('C'),
      infobox(field('K', 'V')),
      h2('H'),
      p('P'),
      list(li('I')),
    );
    const dom = render(d);
    expect([...dom.children].map((c) => c.classList.contains(EDITOR_CLASSES.block))).toEqual(
      Array(d.childCount).fill(true),
    );
  });

  it('parses its own rendering back to the same document', () => {
    const d = doc(
      title('T'),
      caption('C'),
      infobox(field('Strength2', claim('c1', '7,0008,000'))),
      h2('H'),
      p('a ', em('b'), ' ', link('https://example.org', 'c'), claim('x', 'd', claim('y', 'e'))),
      list(li('one'), li('two')),
    );
    expect(parse(render(d).innerHTML).eq(d)).toBe(true);
  });

  it('drops a javascript: link when parsing but keeps its text', () => {
    const d = parse(
      '<p><a href="javascript:alert(1)">click</a> <a href=" JAVASCRIPT:x">me</a></p>',
    );
    expect(d.textContent).toContain('click me');
    let links = 0;
    d.descendants((n) => {
      if (n.marks.some((m) => m.type === schema.marks.link)) links += 1;
    });
    expect(links).toBe(0);
  });
});
