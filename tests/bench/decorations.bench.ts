/**
 * The claim decorations at book scale: what one keystroke costs them in a one-million-word
 * article with every detected claim marked, when only the claims near the viewport are drawn
 * (the reach a ViewportWatcher measures: here the first screens, where the typing is) against
 * drawing every claim (the reach set to the whole text — what the plugin did before). A
 * keystroke's decoration work is the plugin state mapped through the edit (with the claim index
 * and history, the same in both) and the view's redraw asking the set for each top-level
 * block's decorations (`DecorationSet.forChild`, which walks the set's decorated blocks from the
 * start — the ~35 ms a keystroke measured in Chromium). Reported as a RATIO measured in the same
 * run on the same document, never as a time to meet; vitest's own table follows.
 */
import { extractClaims } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import {
  articleToDoc,
  claimDecorationsKey,
  createEditorState,
  markClaims,
  setClaimDecorations,
  setDecorationReach,
  textMapOf,
  type ClaimDecoration,
  type EditorState,
} from '@apparatus/editor';
import { bench, describe } from 'vitest';
import { bookText } from '../e2e/book-scale-text.ts';

const read = readArticle(bookText());
if ('error' in read) throw new Error(read.error);
const article = read.value;
const plain = articleToDoc(article);
const map = textMapOf(plain, article);
const ranges = extractClaims(article).flatMap((c, i) => {
  const range = map.toDoc({ start: c.start, end: c.end });
  return range === null ? [] : [{ id: `c${i}`, ...range }];
});
const looks = new Map<string, ClaimDecoration>(
  ranges.map((r, i) => [
    r.id,
    { status: i % 7 === 0 ? 'disputed' : 'unreviewed', kind: 'quantity' },
  ]),
);
const base = createEditorState({ doc: markClaims(plain, ranges) });
/** Where the keystrokes land: the end of the lead paragraph, near the top of the book. */
const at = base.doc.child(0).nodeSize + base.doc.child(1).nodeSize + base.doc.child(2).nodeSize - 1;

/** The book with its claims' looks set, drawn near the top only or everywhere. */
function opened(everywhere: boolean): EditorState {
  let s = base;
  if (everywhere) s = s.apply(setDecorationReach(s.tr, { from: 0, to: s.doc.content.size }));
  return s.apply(setClaimDecorations(s.tr, looks, { replace: true }));
}

const states = { near: opened(false), all: opened(true) };

/** One keystroke: the plugin state mapped through it, then every top-level block's decorations looked up, as the view's redraw does. */
function keystroke(which: keyof typeof states): number {
  const s = states[which].apply(states[which].tr.insertText('x', at));
  states[which] = s;
  const set = claimDecorationsKey.getState(s)!.set;
  let found = 0;
  s.doc.forEach((child, offset) => {
    if (set.forChild(offset, child) !== set) found += 1;
  });
  return found;
}

function median(which: keyof typeof states, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    keystroke(which);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const drawn = (which: keyof typeof states): number =>
  claimDecorationsKey.getState(states[which])!.set.find().length;
keystroke('near');
keystroke('all');
const all = median('all', 9);
const near = median('near', 21);
process.stdout.write(
  `\nclaim decorations per keystroke, ${base.doc.childCount.toLocaleString('en-US')} blocks, ${ranges.length.toLocaleString('en-US')} claims: ` +
    `every claim drawn (${drawn('all').toLocaleString('en-US')}) ${all.toFixed(1)} ms (median), ` +
    `near the viewport (${drawn('near').toLocaleString('en-US')}) ${near.toFixed(2)} ms (median); ratio all / near ${(all / near).toFixed(1)}×\n`,
);

describe('claim decorations: one keystroke in a 1M-word article (state mapped + forChild per block)', () => {
  bench('every claim drawn', () => void keystroke('all'), {
    iterations: 5,
    warmupIterations: 1,
    time: 0,
  });
  bench('near the viewport', () => void keystroke('near'), {
    iterations: 20,
    warmupIterations: 1,
    time: 0,
  });
});
