/**
 * The save path at book scale: what one autosave costs after a keystroke in a one-million-word
 * article, incremental (`snapshotDoc`: per-block JSON text and layout cached on ProseMirror's
 * shared nodes) against the whole-document path it replaced (`doc.toJSON()` serialised, the
 * article laid out by `layoutArticle`, the text map walked). Reported as a RATIO measured in the
 * same run on the same document, never as a time to meet; vitest's own table follows.
 */
import { layoutArticle, readArticle } from '@apparatus/formats';
import {
  articleToDoc,
  createEditorState,
  currentTextMap,
  snapshotDoc,
  type EditorState,
} from '@apparatus/editor';
import { bench, describe } from 'vitest';
import { bookText } from '../e2e/book-scale-text.ts';

const article = readArticle(bookText());
if ('error' in article) throw new Error(article.error);
let state: EditorState = createEditorState({ doc: articleToDoc(article.value) });
/** Where the keystrokes land: the end of the lead paragraph, near the top of the book. */
const at =
  state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + state.doc.child(2).nodeSize - 1;

/** One keystroke: a new document sharing every block but one with the previous one. */
function type(): void {
  state = state.apply(state.tr.insertText('x', at));
}

function whole(): number {
  const json = JSON.stringify(state.doc.toJSON());
  return json.length + currentTextMap(state.doc, layoutArticle).text.length;
}

async function incremental(): Promise<number> {
  const { json, map } = await snapshotDoc(state.doc, layoutArticle);
  return json.length + map.text.length;
}

async function measure(): Promise<void> {
  const timeOf = async (fn: () => number | Promise<number>, runs: number): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      type();
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  };
  const t0 = performance.now();
  await incremental(); // fills the cache, as the first save after opening does
  const first = performance.now() - t0;
  const full = await timeOf(whole, 5);
  const inc = await timeOf(incremental, 9);
  process.stdout.write(
    `\nsave snapshot of ${(state.doc.content.size / 1e6).toFixed(1)} M positions, ${state.doc.childCount.toLocaleString('en-US')} blocks: ` +
      `whole toJSON + layout + text map ${full.toFixed(0)} ms (median), incremental ${inc.toFixed(1)} ms (median; first, cache cold: ${first.toFixed(0)} ms); ` +
      `ratio whole / incremental ${(full / inc).toFixed(1)}×\n`,
  );
}

await measure();

describe('save snapshot after one keystroke in a 1M-word article', () => {
  bench(
    'whole: JSON.stringify(doc.toJSON()) + currentTextMap(layoutArticle)',
    () => {
      type();
      whole();
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
  bench(
    'incremental: snapshotDoc',
    async () => {
      type();
      await incremental();
    },
    { iterations: 10, warmupIterations: 1, time: 0 },
  );
});
