import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import {
  claimDecorationsKey,
  decorationReach,
  INITIAL_REACH,
  setClaimDecorations,
  setDecorationReach,
} from '../src/claim-decorations.ts';
import type { ClaimDecoration } from '../src/claim-decorations.ts';
import { claimIndexOf } from '../src/claim-index-plugin.ts';
import { claim, doc, p, title } from './builder.ts';
import { stateAt } from './helpers.ts';

/** A text longer than the initial reach: `count` paragraphs, each with claim `c<i>`. */
function longDoc(count: number) {
  const paragraphs = Array.from({ length: count }, (_, i) =>
    p(
      `Paragraph ${i} tells of `,
      claim(`c${i}`, `${i + 100} men`),
      ' who marched on the town that spring.',
    ),
  );
  return doc(title('A long siege'), ...paragraphs);
}

const unreviewed: ClaimDecoration = { status: 'unreviewed', kind: 'quantity' };

function withLooks(
  state: EditorState,
  looks: Record<string, ClaimDecoration | null>,
  replace = false,
): EditorState {
  return state.apply(setClaimDecorations(state.tr, looks, { replace }));
}

/** Every claim of the document looking `look`. */
function allLooks(
  state: EditorState,
  look: ClaimDecoration = unreviewed,
): Record<string, ClaimDecoration> {
  return Object.fromEntries(
    claimIndexOf(state)
      .ranges()
      .map((r) => [r.id, look]),
  );
}

function drawn(state: EditorState): Decoration[] {
  return claimDecorationsKey.getState(state)!.set.find();
}

function drawnIds(state: EditorState): string[] {
  return drawn(state).map((d) => (d.spec as { claimId: string }).claimId);
}

function rangeOf(state: EditorState, id: string) {
  const range = claimIndexOf(state).rangeOf(id);
  if (range === null) throw new Error(`no claim ${id}`);
  return range;
}

describe('claim decorations near the reader', () => {
  it('draws the claims within the initial reach only, and all of a short article', () => {
    const short = withLooks(
      stateAt(doc(title('T'), p('x ', claim('a', '7,000'), ' and ', claim('b', '1,500')))),
      { a: unreviewed, b: unreviewed },
      true,
    );
    expect(drawnIds(short)).toEqual(['a', 'b']);

    const state = longDoc(600);
    let s = stateAt(state);
    expect(s.doc.content.size).toBeGreaterThan(2 * INITIAL_REACH);
    s = withLooks(s, allLooks(s), true);
    const ids = drawnIds(s);
    expect(ids).toContain('c0');
    expect(ids).not.toContain('c599');
    const reach = decorationReach(s)!;
    for (const d of drawn(s)) expect(d.from).toBeLessThanOrEqual(reach.to);
    // Every claim touching the reach is drawn: nothing in view is left plain.
    const inReach = claimIndexOf(s)
      .between(reach.from, reach.to)
      .map((r) => r.id);
    expect(ids.sort()).toEqual(inReach.sort());
  });

  it('draws far claims once the reach moves to them, with the looks set while they were away, and drops the near ones', () => {
    let s = stateAt(longDoc(600));
    s = withLooks(s, allLooks(s), true);
    s = withLooks(s, {
      c590: { status: 'disputed', kind: 'quantity', conflict: 'Kutay gives 4,000.' },
    });
    expect(drawnIds(s)).not.toContain('c590');

    const far = rangeOf(s, 'c590');
    s = s.apply(setDecorationReach(s.tr, { from: far.from - 500, to: far.to + 500 }));
    const ids = drawnIds(s);
    expect(ids).toContain('c590');
    expect(ids).not.toContain('c0');
    const look = drawn(s).find((d) => (d.spec as { claimId: string }).claimId === 'c590')!;
    expect(s.doc.textBetween(look.from, look.to)).toBe('690 men');
    expect((look.spec as { look: ClaimDecoration }).look.status).toBe('disputed');

    s = s.apply(setDecorationReach(s.tr, { from: 0, to: 1000 }));
    expect(drawnIds(s)).toContain('c0');
    expect(drawnIds(s)).not.toContain('c590');
  });

  it('keeps a moved reach out of the undo history', () => {
    const s = stateAt(longDoc(10));
    const tr = setDecorationReach(s.tr, { from: 0, to: 10 });
    expect(tr.getMeta('addToHistory')).toBe(false);
  });

  it('draws the claim at the selection wherever it is, with its conflict reason, until the selection leaves', () => {
    let s = stateAt(longDoc(600));
    const reason = 'Conflict: the infobox says 7,000–8,000; Kutay gives 4,000.';
    s = withLooks(
      s,
      { ...allLooks(s), c500: { status: 'disputed', kind: 'quantity', conflict: reason } },
      true,
    );
    const far = rangeOf(s, 'c500');
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, far.from + 1)));
    const focused = drawn(s).filter((d) => (d.spec as { claimId: string }).claimId === 'c500');
    expect(focused).toHaveLength(1);
    expect(drawnIds(s)).not.toContain('c499');
    const spec = focused[0]!.spec as { look: ClaimDecoration };
    expect(spec.look.conflict).toBe(reason);

    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, 3)));
    expect(drawnIds(s)).not.toContain('c500');
  });

  it('draws the claims at the ends of a long selection, not every claim inside it', () => {
    let s = stateAt(longDoc(600));
    s = withLooks(s, allLooks(s), true);
    s = s.apply(setDecorationReach(s.tr, { from: 0, to: 10 }));
    const first = rangeOf(s, 'c100');
    const last = rangeOf(s, 'c500');
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, first.from + 1, last.to - 1)));
    expect(
      drawnIds(s)
        .filter((id) => id !== 'c0')
        .sort(),
    ).toEqual(['c100', 'c500']);
  });

  it('maps the reach and the drawn claims through edits, and follows text typed at its end', () => {
    let s = stateAt(longDoc(600));
    s = withLooks(s, allLooks(s), true);
    const before = decorationReach(s)!;
    s = s.apply(s.tr.insertText('Some words. ', 2));
    const after = decorationReach(s)!;
    expect(after.to - after.from).toBe(before.to - before.from + 'Some words. '.length);
    for (const d of drawn(s)) expect(s.doc.textBetween(d.from, d.to)).toMatch(/^\d+ men$/);

    s = s.apply(s.tr.insertText('!', after.to));
    expect(decorationReach(s)!.to).toBe(after.to + 1);
  });

  it('draws a claim typed into the reach and forgets one removed by the host', () => {
    let s = stateAt(doc(title('T'), p('<a>x ', claim('c', '7,000'), ' y')));
    s = withLooks(s, { c: unreviewed }, true);
    const at = rangeOf(s, 'c').to + 2;
    s = s.apply(
      s.tr
        .insertText('1,500', at)
        .addMark(at, at + 5, s.schema.marks['claim']!.create({ id: 'n' })),
    );
    s = withLooks(s, { n: { status: 'supported', kind: 'quantity' } });
    expect(drawnIds(s).sort()).toEqual(['c', 'n']);
    s = withLooks(s, { n: null });
    expect(drawnIds(s)).toEqual(['c']);
  });

  it('leaves the drawn set alone when neither looks, reach, selection nor claims near an edit change', () => {
    let s = stateAt(longDoc(600));
    s = withLooks(s, allLooks(s), true);
    const set = claimDecorationsKey.getState(s)!.set;
    s = s.apply(s.tr.setMeta('unrelated', true));
    expect(claimDecorationsKey.getState(s)!.set).toBe(set);
    const reach = decorationReach(s)!;
    s = s.apply(setDecorationReach(s.tr, reach));
    expect(claimDecorationsKey.getState(s)!.set).toBe(set);
  });
});
