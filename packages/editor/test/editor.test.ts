// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { claimDecorationsKey } from '../src/claim-decorations.ts';
import { claimIndexOf } from '../src/claim-index-plugin.ts';
import { articleToDoc } from '../src/convert.ts';
import { createEditor, EDITOR_LABEL } from '../src/editor.ts';
import type { ApparatusEditor } from '../src/editor.ts';
import { textMapOf } from '../src/text-map.ts';
import { TextSelection } from 'prosemirror-state';
import { claim, doc, p, title } from './builder.ts';
import type { TaggedNode } from './builder.ts';
import { handArticle } from './hand-article.ts';

let editor: ApparatusEditor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
  document.body.innerHTML = '';
});

function mount(
  d: TaggedNode,
  options: Partial<Parameters<typeof createEditor>[1]> = {},
): ApparatusEditor {
  const place = document.createElement('div');
  document.body.appendChild(place);
  editor = createEditor(place, { doc: d, ...options });
  return editor;
}

function select(e: ApparatusEditor, from: number, to = from): void {
  e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, from, to)));
}

describe('createEditor', () => {
  it('gives the editable area the accessible name of the contract', () => {
    const e = mount(doc(title('T'), p('x')) as TaggedNode);
    const area = e.view.dom;
    expect(area.getAttribute('role')).toBe('textbox');
    expect(area.getAttribute('aria-multiline')).toBe('true');
    expect(area.getAttribute('aria-label')).toBe(EDITOR_LABEL);
    expect(area.getAttribute('contenteditable')).toBe('true');
    e.setEditable(false);
    expect(area.getAttribute('contenteditable')).toBe('false');
  });

  it('places the detected claims of an article through the text map, outside the undo history', () => {
    const article = handArticle();
    const d = articleToDoc(article);
    const start = article.text.indexOf('7,0008,000');
    const range = textMapOf(d, article).toDoc({ start, end: start + '7,0008,000'.length })!;
    const e = mount(d as TaggedNode, { claims: [{ id: 'strength2', ...range }] });
    expect(e.claimRanges()).toEqual([{ id: 'strength2', ...range }]);
    expect(e.view.dom.querySelector('[data-claim="strength2"]')?.textContent).toBe('7,0008,000');
    expect(e.undo()).toBe(false);
  });

  it('reports document changes, the claim at the cursor and detached claims', () => {
    const d = doc(title('T'), p('<a>x ', claim('c', '7,0<c>00'), ' y<b>')) as TaggedNode;
    const changes: number[] = [];
    const claims: (string | null)[] = [];
    const detached: string[][] = [];
    const e = mount(d, {
      onDocChange: () => changes.push(1),
      onSelectionClaim: (id) => claims.push(id),
      onClaimsChange: (change) => detached.push([...change.detached]),
    });
    select(e, d.tag['c']!);
    expect(claims).toEqual(['c']);
    expect(e.claimAt()).toBe('c');
    select(e, d.tag['a']!);
    expect(claims).toEqual(['c', null]);
    expect(changes).toHaveLength(0);

    e.view.dispatch(e.state.tr.delete(d.tag['a']!, d.tag['b']!));
    expect(changes).toHaveLength(1);
    expect(detached).toEqual([['c']]);
    expect(e.detachedClaims()).toEqual([{ id: 'c', quote: '7,000' }]);
    expect(e.undo()).toBe(true);
    expect(e.detachedClaims()).toEqual([]);
    expect(e.claimRanges().map((r) => r.id)).toEqual(['c']);
  });

  it('marks a claim stored elsewhere without reporting an edit or entering the history', () => {
    const d = doc(title('T'), p('x <a>7,000<b> y')) as TaggedNode;
    const changes: number[] = [];
    const e = mount(d, { onDocChange: () => changes.push(1) });
    const range = { from: d.tag['a']!, to: d.tag['b']! };
    expect(e.addClaimMark('shown', range, { edit: false })).toBe(true);
    expect(e.claimRange('shown')).toEqual(range);
    expect(changes).toHaveLength(0);
    expect(e.historyDepth().undo).toBe(0);
    // The same mark as an annotation of the reader's is an edit to save.
    expect(e.addClaimMark('made', range, { addToHistory: false })).toBe(true);
    expect(changes).toHaveLength(1);
  });

  it('makes a claim from the selection and navigates between claims', () => {
    const d = doc(
      title('T'),
      p('<a>over ', claim('x', '100'), ' casualties and <b>seventy<c> deaths'),
    ) as TaggedNode;
    const e = mount(d);
    select(e, d.tag['b']!, d.tag['c']!);
    expect(e.selectedText()).toBe('seventy');
    expect(e.createClaimFromSelection('y')).toBe(true);
    select(e, d.tag['a']!);
    expect(e.selectNextClaim()).toBe(true);
    expect(e.selectedText()).toBe('100');
    expect(e.selectNextClaim()).toBe(true);
    expect(e.selectedText()).toBe('seventy');
    expect(e.selectPreviousClaim()).toBe(true);
    expect(e.selectClaim('y')).toBe(true);
    expect(e.removeClaim('y')).toBe(true);
    expect(e.claimRanges().map((r) => r.id)).toEqual(['x']);
  });
});

describe('claim decorations', () => {
  it('shows status, kind and conflict reason, and maps them through edits', () => {
    const d = doc(
      title('T'),
      p('<a>x ', claim('c', '7,0008,000'), ' and ', claim('k', '1,500')),
    ) as TaggedNode;
    const e = mount(d);
    e.setClaimDecorations(
      {
        c: {
          status: 'disputed',
          kind: 'quantity',
          conflict: 'The infobox says 7,000–8,000; Kutay gives 4,000.',
        },
        k: { status: 'unreviewed', kind: 'quantity' },
      },
      true,
    );
    const spans = [...e.view.dom.querySelectorAll<HTMLElement>('[data-status]')];
    expect(
      spans.map((s) => [
        s.textContent,
        s.dataset['status'],
        s.dataset['kind'],
        s.classList.contains('apx-conflict'),
      ]),
    ).toEqual([
      ['7,0008,000', 'disputed', 'quantity', true],
      ['1,500', 'unreviewed', 'quantity', false],
    ]);
    expect(spans[0]!.getAttribute('title')).toContain('Kutay');
    expect(spans[0]!.getAttribute('aria-description')).toContain('Kutay');

    const before = claimDecorationsKey.getState(e.state)!.set;
    e.view.dispatch(e.state.tr.insertText('Some ', d.tag['a']));
    const after = claimDecorationsKey.getState(e.state)!.set;
    const found = after.find().map((x) => e.state.doc.textBetween(x.from, x.to));
    expect(found).toEqual(['7,0008,000', '1,500']);
    expect(after).not.toBe(before);

    e.setClaimDecorations({ k: { status: 'supported', kind: 'quantity' } });
    expect(e.view.dom.querySelector<HTMLElement>('[data-status="supported"]')?.textContent).toBe(
      '1,500',
    );
    e.setClaimDecorations({ k: null });
    expect(e.view.dom.querySelectorAll('[data-status]')).toHaveLength(1);
  });

  it('draws a claim again when undo re-attaches it', () => {
    const d = doc(title('T'), p('<a>x ', claim('c', '7,000'), ' y<b>')) as TaggedNode;
    const e = mount(d);
    e.setClaimDecorations({ c: { status: 'disputed', kind: 'quantity' } }, true);
    e.view.dispatch(e.state.tr.delete(d.tag['a']!, d.tag['b']!));
    expect(e.view.dom.querySelectorAll('[data-status]')).toHaveLength(0);
    e.undo();
    expect(e.view.dom.querySelector('[data-status]')?.textContent).toBe('7,000');
    expect(claimIndexOf(e.state).detached.size).toBe(0);
  });
});

describe('paste', () => {
  it('keeps hostile HTML out of the document', () => {
    const d = doc(title('T'), p('<a>')) as TaggedNode;
    const e = mount(d);
    select(e, d.tag['a']!);
    e.view.pasteHTML(
      '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><script>alert(2)</script><p onclick="alert(3)" style="color:red">safe <b onmouseover="alert(4)">bold</b> <a href="https://example.org" onclick="alert(5)">ok</a></p><object data="javascript:alert(6)"></object>',
    );
    const json = JSON.stringify(e.state.doc.toJSON());
    expect(json).not.toMatch(/javascript|alert|onerror|onclick|onmouseover|script|object|img/i);
    expect(e.state.doc.textContent).toContain('safe bold ok');
    expect(json).toContain('https://example.org');
    expect(e.view.dom.innerHTML).not.toMatch(/javascript:|onerror|onclick|<script|<img/i);
  });

  it('does not duplicate a claim when its text is copied and pasted', () => {
    const d = doc(title('T'), p('x ', claim('c', '7,000'), ' y<a>')) as TaggedNode;
    const e = mount(d);
    select(e, d.tag['a']!);
    e.view.pasteHTML('<span data-claim="c">7,000</span> and <span data-claim="new">8,000</span>');
    expect(e.state.doc.textContent).toContain('7,000 y7,000 and 8,000');
    const c = e.claimRanges().find((r) => r.id === 'c')!;
    expect(e.state.doc.textBetween(c.from, c.to)).toBe('7,000');
    // "new" is no claim of this document: its words come in, its mark does not.
    expect(
      e
        .claimRanges()
        .map((r) => r.id)
        .sort(),
    ).toEqual(['c']);
  });

  it('keeps the claim of cut text when it is pasted back, and no claim id this document never had', () => {
    const d = doc(title('T'), p('x <a>', claim('c', '7,000'), '<b> y')) as TaggedNode;
    const e = mount(d);
    // Cut: the claim's words leave the document and the claim is detached.
    e.view.dispatch(e.state.tr.delete(d.tag['a']!, d.tag['b']!));
    expect(claimIndexOf(e.state).detached.has('c')).toBe(true);
    select(e, e.state.doc.content.size - 1);
    e.view.pasteHTML('<span data-claim="c">7,000</span><span data-claim="forged">9,999</span>');
    const ranges = e.claimRanges();
    expect(ranges.map((r) => r.id)).toEqual(['c']);
    expect(e.state.doc.textBetween(ranges[0]!.from, ranges[0]!.to)).toBe('7,000');
    expect(e.state.doc.textContent).toContain('7,0009,999');
  });
});
