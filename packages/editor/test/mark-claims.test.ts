import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { addClaimMarks, claimExtents, type ClaimRange } from '../src/claim-marks.ts';
import { markClaims } from '../src/mark-claims.ts';
import { doc, field, h2, infobox, li, list, p, title, type TaggedNode } from './builder.ts';

/** The document one transaction of `addClaimMarks` makes: what `markClaims` must equal. */
function byTransaction(d: TaggedNode, claims: readonly ClaimRange[]): TaggedNode {
  return addClaimMarks(EditorState.create({ doc: d }).tr, claims).doc as TaggedNode;
}

const d = doc(
  title('The <t1>siege<t2>'),
  infobox(field('Date', '<f1>14 February<f2>'), field('Strength', '<g1>~1,500<g2>')),
  h2('Back<h1>ground<h2>'),
  p('In <a>early 1922<b>, some <c>1,500<d> rebels'),
  list(li('<l1>one<l2>'), li('two')),
  p('untouched'),
) as TaggedNode;
const t = d.tag as Record<string, number>;
const at = (id: string, a: string, b: string): ClaimRange => ({ id, from: t[a]!, to: t[b]! });

describe('markClaims', () => {
  it('marks claims in every kind of block exactly as one transaction would', () => {
    const claims = [
      at('t', 't1', 't2'),
      at('f', 'f1', 'f2'),
      at('g', 'g1', 'g2'),
      at('h', 'h1', 'h2'),
      at('b', 'c', 'd'),
      at('a', 'a', 'b'),
      at('l', 'l1', 'l2'),
    ];
    const marked = markClaims(d, claims);
    expect(marked.eq(byTransaction(d, claims))).toBe(true);
    expect([...claimExtents(marked).keys()].sort()).toEqual(['a', 'b', 'f', 'g', 'h', 'l', 't']);
  });

  it('lets claims overlap, and shares the blocks that hold none', () => {
    const claims = [at('x', 'a', 'd'), at('y', 'c', 'd')];
    const marked = markClaims(d, claims);
    expect(marked.eq(byTransaction(d, claims))).toBe(true);
    expect(marked.lastChild).toBe(d.lastChild);
    expect(marked.firstChild).toBe(d.firstChild);
  });

  it('marks a range that runs across blocks in each block it covers, and skips empty ones', () => {
    const claims = [
      at('across', 'h1', 'b'),
      { id: 'empty', from: t['a']!, to: t['a']! },
      { id: 'out', from: 10_000, to: 20_000 },
    ];
    const marked = markClaims(d, claims);
    expect(marked.eq(byTransaction(d, claims))).toBe(true);
    expect([...claimExtents(marked).keys()]).toEqual(['across']);
  });

  it('returns the document itself when there is nothing to mark', () => {
    expect(markClaims(d, [])).toBe(d);
  });
});
