/**
 * The incremental save (`snapshotDoc`, editor's doc-snapshot.ts) against the whole-document path
 * it replaces: after any sequence of edits, its JSON text and text map must equal
 * `JSON.stringify(doc.toJSON())` and `currentTextMap(doc, layoutArticle)` — with formats' real
 * layout, whose caption-before-infobox rule is the one place a block's text depends on its
 * neighbour.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutArticle, readArticle } from '@apparatus/formats';
import {
  articleToDoc,
  createEditorState,
  currentTextMap,
  docFromJSON,
  schema,
  snapshotDoc,
  snapshotText,
  type EditorDoc,
  type EditorState,
} from '@apparatus/editor';

const seed = readFileSync(
  fileURLToPath(new URL('../../fixtures/siege-of-dushanbe.txt', import.meta.url)),
  'utf8',
);

function seedState(): EditorState {
  const article = readArticle(seed);
  if ('error' in article) throw new Error(article.error);
  return createEditorState({ doc: articleToDoc(article.value) });
}

/** Every textblock's content range, to check the maps agree on each of them. */
function textblockRanges(doc: EditorDoc): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    ranges.push({ from: pos + 1, to: pos + 1 + node.content.size });
    return false;
  });
  return ranges;
}

async function expectSameAsWhole(doc: EditorDoc): Promise<void> {
  const snapshot = await snapshotDoc(doc, layoutArticle);
  const whole = currentTextMap(doc, layoutArticle);
  expect(snapshot.json).toBe(JSON.stringify(doc.toJSON()));
  // The text-only snapshot (the editor's selection offsets) shares the cache and must agree too.
  for (const map of [snapshot.map, snapshotText(doc, layoutArticle)]) {
    expect(map.text).toBe(whole.text);
    for (const range of textblockRanges(doc)) {
      expect(map.toText(range)).toEqual(whole.toText(range));
      const offsets = whole.toText(range);
      if (offsets !== null) expect(map.toDoc(offsets)).toEqual(whole.toDoc(offsets));
    }
  }
}

/** One random edit: typing, deleting across blocks, splitting, or a caption put before the infobox. */
type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'split'; at: number }
  | { kind: 'caption'; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('caption' as const),
    text: fc.string({ minLength: 1, maxLength: 8 }),
  }),
);

function applyEdit(state: EditorState, e: Edit): EditorState {
  const size = state.doc.content.size;
  const tr = state.tr;
  try {
    switch (e.kind) {
      case 'insert': {
        const $pos = state.doc.resolve(1 + (e.at % (size - 1)));
        if (!$pos.parent.isTextblock) return state;
        tr.insertText(e.text.replace(/[\r\n]/g, ' '), $pos.pos);
        break;
      }
      case 'delete': {
        const from = 1 + (e.at % (size - 2));
        tr.delete(from, Math.min(size - 1, from + e.length));
        break;
      }
      case 'split': {
        const $pos = state.doc.resolve(1 + (e.at % (size - 1)));
        if ($pos.parent.type !== schema.nodes.paragraph) return state;
        tr.split($pos.pos);
        break;
      }
      case 'caption': {
        let at = -1;
        state.doc.forEach((node, offset) => {
          if (at < 0 && node.type === schema.nodes.infobox) at = offset;
        });
        if (at < 0) return state;
        tr.insert(at, schema.nodes.caption.create(null, schema.text(e.text)));
        break;
      }
    }
    tr.doc.check();
  } catch {
    return state; // an edit the schema refuses is no edit
  }
  return state.apply(tr);
}

describe('snapshotDoc', () => {
  it('equals the whole-document JSON and layout of the seed', async () => {
    await expectSameAsWhole(seedState().doc);
  });

  it('stays equal to them through random edits, reusing its cache between saves', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        async (saves) => {
          let state = seedState();
          for (const edits of saves) {
            for (const e of edits) state = applyEdit(state, e);
            await expectSameAsWhole(state.doc);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives JSON text that reads back as the same document', async () => {
    const { doc } = seedState();
    const read = docFromJSON(JSON.parse((await snapshotDoc(doc, layoutArticle)).json));
    if ('error' in read) throw new Error(read.error);
    expect(read.value.eq(doc)).toBe(true);
  });

  it('yields between slices when the slice says its time is up', async () => {
    const { doc } = seedState();
    let paragraphs = doc;
    for (let i = 0; i < 5; i += 1)
      paragraphs = paragraphs.copy(
        paragraphs.content.append(paragraphs.content.cut(paragraphs.firstChild!.nodeSize)),
      );
    let yields = 0;
    const snapshot = await snapshotDoc(paragraphs, layoutArticle, {
      due: () => true,
      next: async () => void (yields += 1),
    });
    expect(paragraphs.childCount).toBeGreaterThan(256);
    expect(yields).toBe(Math.floor((paragraphs.childCount - 1) / 256));
    expect(snapshot.map.text).toBe(currentTextMap(paragraphs, layoutArticle).text);
  });
});
