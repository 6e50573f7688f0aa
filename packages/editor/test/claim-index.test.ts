import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { history, redo, undo } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { claimIndexOf, claimIndexPlugin, forgetClaims } from '../src/claim-index-plugin.ts';
import { addClaimMarks, claimExtents, claimMark } from '../src/claim-marks.ts';
import { claim, doc, h2, p, schema, title } from './builder.ts';
import type { TaggedNode } from './builder.ts';

function stateOf(d: Node): EditorState {
  return EditorState.create({ doc: d, plugins: [history(), claimIndexPlugin()] });
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr: Transaction) => {
    next = state.apply(tr);
  });
  return next;
}

/** The index's ranges as a plain map, to compare with a full scan of the marks. */
function indexed(state: EditorState): Record<string, [number, number]> {
  return Object.fromEntries(
    claimIndexOf(state)
      .ranges()
      .map((r) => [r.id, [r.from, r.to]]),
  );
}
function scanned(state: EditorState): Record<string, [number, number]> {
  return Object.fromEntries([...claimExtents(state.doc)].map(([id, r]) => [id, [r.from, r.to]]));
}

describe('claim index', () => {
  it('reads the claims of a document, overlapping ones included', () => {
    const d = doc(
      title('T'),
      p('a <a>', claim('x', 'one ', claim('y', 'two')), claim('y', ' three'), '<b> z'),
    ) as TaggedNode;
    const index = claimIndexOf(stateOf(d));
    expect(index.rangeOf('x')).toEqual({ from: d.tag['a'], to: d.tag['a']! + 'one two'.length });
    expect(index.rangeOf('y')).toEqual({ from: d.tag['a']! + 'one '.length, to: d.tag['b'] });
    expect(index.size).toBe(2);
  });

  it('follows typing inside a claim, and does not grow when typing at its end', () => {
    const d = doc(title('T'), p('x ', claim('c', '7,0<a>00'), '<b> y')) as TaggedNode;
    let state = stateOf(d);
    state = state.apply(state.tr.insertText('9', d.tag['a']));
    state = state.apply(state.tr.insertText('!', d.tag['b']! + 1));
    const r = claimIndexOf(state).rangeOf('c')!;
    expect(state.doc.textBetween(r.from, r.to)).toBe('7,0900');
    expect(indexed(state)).toEqual(scanned(state));
  });

  it('shifts claims after an edit and leaves claims before it alone', () => {
    const d = doc(
      title('T'),
      p(claim('a', 'first'), ' <a>gap '),
      h2('H'),
      p('then ', claim('b', 'second')),
    ) as TaggedNode;
    let state = stateOf(d);
    state = state.apply(state.tr.insertText('inserted ', d.tag['a']));
    const index = claimIndexOf(state);
    expect(state.doc.textBetween(index.rangeOf('a')!.from, index.rangeOf('a')!.to)).toBe('first');
    expect(state.doc.textBetween(index.rangeOf('b')!.from, index.rangeOf('b')!.to)).toBe('second');
  });

  it('detaches a claim whose text is deleted, with its quote, and undo attaches it again', () => {
    const d = doc(title('T'), p('Strength <a>', claim('c', '7,0008,000'), '<b> men')) as TaggedNode;
    let state = stateOf(d);
    state = state.apply(state.tr.delete(d.tag['a']! - 1, d.tag['b']!));
    let index = claimIndexOf(state);
    expect(index.rangeOf('c')).toBeNull();
    expect(index.detached.get('c')).toEqual({ id: 'c', quote: '7,0008,000' });
    expect(index.change.detached).toEqual(['c']);

    state = run(state, undo);
    index = claimIndexOf(state);
    expect(index.detached.size).toBe(0);
    expect(index.change.attached).toEqual(['c']);
    expect(index.rangeOf('c')).toEqual({ from: d.tag['a'], to: d.tag['b'] });

    state = run(state, redo);
    expect(claimIndexOf(state).detached.has('c')).toBe(true);
  });

  it('keeps a partly deleted claim attached to what is left of it', () => {
    const d = doc(title('T'), p(claim('c', '28 Jan<a>uary or 8 February'), '<b>')) as TaggedNode;
    let state = stateOf(d);
    state = state.apply(state.tr.delete(d.tag['a']!, d.tag['b']! + 0));
    const r = claimIndexOf(state).rangeOf('c')!;
    expect(state.doc.textBetween(r.from, r.to)).toBe('28 Jan');
  });

  it('adds a claim from marks (undoably) and drops a claim removed on purpose', () => {
    const d = doc(title('T'), p('over <a>100<b> casualties')) as TaggedNode;
    let state = stateOf(d);
    state = state.apply(addClaimMarks(state.tr, [{ id: 'n', from: d.tag['a']!, to: d.tag['b']! }]));
    expect(claimIndexOf(state).rangeOf('n')).toEqual({ from: d.tag['a'], to: d.tag['b'] });
    expect(claimIndexOf(state).change.attached).toEqual(['n']);

    state = state.apply(
      forgetClaims(state.tr.removeMark(d.tag['a']!, d.tag['b']!, claimMark('n')), ['n']),
    );
    expect(claimIndexOf(state).rangeOf('n')).toBeNull();
    expect(claimIndexOf(state).detached.size).toBe(0);

    state = run(state, undo); // the removal comes undone: the claim is back
    expect(claimIndexOf(state).rangeOf('n')).toEqual({ from: d.tag['a'], to: d.tag['b'] });
    state = run(state, undo); // and the addition
    expect(claimIndexOf(state).size).toBe(0);
  });

  it('follows a claim across a paragraph split', () => {
    const d = doc(title('T'), p(claim('c', 'one<a> two'))) as TaggedNode;
    let state = stateOf(d);
    state = state.apply(state.tr.split(d.tag['a']!));
    const r = claimIndexOf(state).rangeOf('c')!;
    expect(state.doc.textBetween(r.from, r.to, '|')).toBe('one| two');
  });

  it('maps 10,000 claims through an edit without looking at more than a few of them', () => {
    const paragraphs = Array.from({ length: 2_500 }, (_, i) =>
      p(
        ...Array.from(
          { length: 4 },
          (_, j) => [claim(`c${i}-${j}`, `${i * 4 + j}`), ' and '] as const,
        ).flat(),
      ),
    );
    const d = doc(title('Book'), ...paragraphs);
    let state = stateOf(d);
    expect(claimIndexOf(state).size).toBe(10_000);
    // type in the middle of the book
    const middle = claimIndexOf(state).rangeOf('c1250-2')!;
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, middle.from + 1)).insertText('X'),
    );
    const index = claimIndexOf(state);
    expect(index.change.touched).toBeGreaterThan(0);
    expect(index.change.touched).toBeLessThan(200);
    expect(index.size).toBe(10_000);
    expect(indexed(state)).toEqual(scanned(state));
  });

  it('finds the claims after, before and at a position across many chunks as a full scan does', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) =>
      p(
        ...Array.from(
          { length: 4 },
          (_, j) => [claim(`c${i}-${j}`, `${i}${j}`), ' and '] as const,
        ).flat(),
      ),
    );
    let state = stateOf(doc(title('Book'), ...paragraphs));
    // an edit in the middle shifts the later chunks, so their offsets are applied lazily
    const middle = claimIndexOf(state).rangeOf('c50-1')!;
    state = state.apply(state.tr.insertText('XX', middle.from));
    const index = claimIndexOf(state);
    const all = index.ranges();
    const size = state.doc.content.size;
    for (let pos = 0; pos <= size; pos += 7) {
      expect(index.after(pos)).toEqual(all.find((r) => r.from > pos) ?? null);
      expect(index.before(pos)).toEqual(all.filter((r) => r.from < pos).at(-1) ?? null);
      expect(index.between(pos, pos)).toEqual(all.filter((r) => r.from <= pos && r.to >= pos));
    }
  });

  it('stays equal to a full scan of the marks through random edits, and undo restores every claim', () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
    const base = doc(
      title('T'),
      p(
        claim('a', words[0]!),
        ' ',
        claim('b', words[1]!, ' ', claim('c', words[2]!)),
        ' ',
        words[3]!,
      ),
      h2(claim('d', words[4]!)),
      p(words[5]!, ' ', claim('e', words[6]!), ' ', words[7]!),
    );
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.constantFrom('x', 'yz ', ' 42'),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(),
        len: fc.integer({ min: 1, max: 12 }),
      }),
      fc.record({
        kind: fc.constant('mark' as const),
        at: fc.nat(),
        len: fc.integer({ min: 1, max: 8 }),
        id: fc.constantFrom('a', 'n', 'm'),
      }),
      fc.record({
        kind: fc.constant('unmark' as const),
        at: fc.nat(),
        len: fc.integer({ min: 1, max: 8 }),
        id: fc.constantFrom('a', 'b', 'c', 'e'),
      }),
      fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        let state = stateOf(base);
        const start = state;
        for (const o of ops) {
          const size = state.doc.content.size;
          const $at = state.doc.resolve(1 + (o.at % (size - 1)));
          if (!$at.parent.isTextblock) continue;
          const at = $at.pos;
          const tr = state.tr;
          if (o.kind === 'insert') tr.insertText(o.text, at);
          else if (o.kind === 'delete') tr.delete(at, Math.min(at + o.len, $at.end()));
          else if (o.kind === 'mark')
            tr.addMark(at, Math.min(at + o.len, $at.end()), claimMark(o.id));
          else if (o.kind === 'unmark')
            tr.removeMark(at, Math.min(at + o.len, $at.end()), claimMark(o.id));
          else if ($at.parent.type === schema.nodes.paragraph) tr.split(at);
          state = state.apply(tr);
          expect(indexed(state)).toEqual(scanned(state));
          const index = claimIndexOf(state);
          for (const id of index.detached.keys()) expect(index.rangeOf(id)).toBeNull();
        }
        while (undo(state, (tr) => (state = state.apply(tr))));
        // (marks of one type may come back in another order: compare the text and the claims)
        expect(state.doc.textContent).toBe(start.doc.textContent);
        expect(indexed(state)).toEqual(indexed(start));
        // claims the edits created lose their marks with the undo: reported detached, never lost
        const original = new Set(
          claimIndexOf(start)
            .ranges()
            .map((r) => r.id),
        );
        for (const id of claimIndexOf(state).detached.keys()) expect(original.has(id)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
