import { undo } from 'prosemirror-history';
import { describe, expect, it } from 'vitest';
import {
  claimAt,
  createClaimFromSelection,
  removeClaim,
  selectClaim,
  selectNextClaim,
  selectPreviousClaim,
} from '../src/claim-commands.ts';
import { claimIndexOf } from '../src/claim-index-plugin.ts';
import { claim, doc, p, title } from './builder.ts';
import type { TaggedNode } from './builder.ts';
import { apply, stateAt } from './helpers.ts';

const selected = (s: ReturnType<typeof stateAt>): string =>
  s.doc.textBetween(s.selection.from, s.selection.to);

describe('claimAt', () => {
  it('finds the innermost claim at the cursor', () => {
    const state = stateAt(
      doc(
        title('T'),
        p(claim('outer', '28 January or 8 Febr<a>uary', claim('inner', '–14 February'))),
      ),
    );
    expect(claimAt(state)).toBe('outer');
    const inner = stateAt(
      doc(title('T'), p(claim('outer', '28 January ', claim('inner', '8 Feb<a>ruary')))),
    );
    expect(claimAt(inner)).toBe('inner');
  });

  it('finds a claim containing the selection, and none outside claims', () => {
    expect(claimAt(stateAt(doc(title('T'), p('x ', claim('c', '7,<a>000<b>'), ' y'))))).toBe('c');
    expect(claimAt(stateAt(doc(title('T'), p('x<a> ', claim('c', '7,000<b>'), ' y'))))).toBeNull();
    expect(claimAt(stateAt(doc(title('T'), p('plain <a>text'))))).toBeNull();
  });
});

describe('createClaimFromSelection / removeClaim', () => {
  it('marks the selection, undoably', () => {
    const d = doc(title('T'), p('over <a>100<b> casualties')) as TaggedNode;
    const state = apply(stateAt(d), createClaimFromSelection('n'))!;
    expect(claimIndexOf(state).rangeOf('n')).toEqual({ from: d.tag['a'], to: d.tag['b'] });
    expect(claimAt(state)).toBe('n');
    const undone = apply(state, undo)!;
    expect(claimIndexOf(undone).rangeOf('n')).toBeNull();
  });

  it('makes an overlapping claim inside another one', () => {
    const d = doc(title('T'), p(claim('a', 'between <a>eight<b> and ten thousand'))) as TaggedNode;
    const state = apply(stateAt(d), createClaimFromSelection('b'))!;
    expect(claimIndexOf(state).rangeOf('a')).not.toBeNull();
    expect(claimIndexOf(state).rangeOf('b')).toEqual({ from: d.tag['a'], to: d.tag['b'] });
  });

  it('refuses an empty selection', () => {
    expect(apply(stateAt(doc(title('T'), p('a<a>b'))), createClaimFromSelection('n'))).toBeNull();
  });

  it('removes a claim without reporting it detached, and undo brings it back', () => {
    const d = doc(title('T'), p('x ', claim('c', '<a>7,000'), ' y')) as TaggedNode;
    const state = apply(stateAt(d), removeClaim('c'))!;
    expect(claimIndexOf(state).rangeOf('c')).toBeNull();
    expect(claimIndexOf(state).detached.size).toBe(0);
    expect(claimIndexOf(apply(state, undo)!).rangeOf('c')).not.toBeNull();
    expect(apply(state, removeClaim('unknown'))).toBeNull();
  });
});

describe('claim navigation', () => {
  const d = doc(
    title('T'),
    p('<a>a ', claim('one', 'first'), ' b ', claim('two', 'second')),
    p(claim('three', 'third')),
  );

  it('selects the next and previous claims in order, and stops at the ends', () => {
    let state = stateAt(d);
    const seen: string[] = [];
    for (
      let next = apply(state, selectNextClaim);
      next !== null;
      next = apply(state, selectNextClaim)
    ) {
      state = next;
      seen.push(selected(state));
    }
    expect(seen).toEqual(['first', 'second', 'third']);
    const back = apply(state, selectPreviousClaim)!;
    expect(selected(back)).toBe('second');
    expect(apply(state, selectNextClaim)).toBeNull();
  });

  it('selects a claim by id', () => {
    expect(selected(apply(stateAt(d), selectClaim('three'))!)).toBe('third');
    expect(apply(stateAt(d), selectClaim('none'))).toBeNull();
  });
});
