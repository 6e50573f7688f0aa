import { describe, expect, it } from 'vitest';
import { AnnotationHistory, type HistoryEditor } from '../../src/annotate/annotation-history.ts';

/**
 * A stand-in for the editor's history with prosemirror-history's depth rules: an edit pushes an
 * undo step and clears redo, undo moves a step to redo, redo moves it back. `text` lists the
 * edits in force, so a test can see what the document holds.
 */
class FakeEditorHistory implements HistoryEditor {
  text: string[] = [];
  #undone: string[] = [];
  closed = 0;

  type(word: string): void {
    this.text.push(word);
    this.#undone = [];
  }
  historyDepth(): { undo: number; redo: number } {
    return { undo: this.text.length, redo: this.#undone.length };
  }
  undo(): boolean {
    const word = this.text.pop();
    if (word === undefined) return false;
    this.#undone.push(word);
    return true;
  }
  redo(): boolean {
    const word = this.#undone.pop();
    if (word === undefined) return false;
    this.text.push(word);
    return true;
  }
  closeHistory(): void {
    this.closed += 1;
  }
}

/** An annotation "status" the steps flip, so the test sees what is in force. */
function setup(): { editor: FakeEditorHistory; history: AnnotationHistory; status: string[] } {
  const editor = new FakeEditorHistory();
  const history = new AnnotationHistory(editor);
  return { editor, history, status: [] };
}

function statusStep(status: string[], value: string) {
  return {
    label: `set ${value}`,
    undo: async () => {
      status.pop();
    },
    redo: async () => {
      status.push(value);
    },
  };
}

describe('AnnotationHistory', () => {
  it('undoes text and annotations in the reverse order they were made, and redoes them in order', async () => {
    const { editor, history, status } = setup();
    editor.type('a');
    status.push('flagged');
    history.record(statusStep(status, 'flagged'));
    editor.type('b');
    history.noteNewEdit();
    status.push('cited');
    history.record(statusStep(status, 'cited'));

    expect(await history.undo()).toEqual({ kind: 'annotation', label: 'set cited' });
    expect(status).toEqual(['flagged']);
    expect(await history.undo()).toEqual({ kind: 'editor' });
    expect(editor.text).toEqual(['a']);
    expect(await history.undo()).toEqual({ kind: 'annotation', label: 'set flagged' });
    expect(status).toEqual([]);
    expect(await history.undo()).toEqual({ kind: 'editor' });
    expect(editor.text).toEqual([]);
    expect(await history.undo()).toEqual({ kind: 'none' });

    expect(await history.redo()).toEqual({ kind: 'editor' });
    expect(await history.redo()).toEqual({ kind: 'annotation', label: 'set flagged' });
    expect(await history.redo()).toEqual({ kind: 'editor' });
    expect(editor.text).toEqual(['a', 'b']);
    expect(await history.redo()).toEqual({ kind: 'annotation', label: 'set cited' });
    expect(status).toEqual(['flagged', 'cited']);
    expect(await history.redo()).toEqual({ kind: 'none' });
  });

  it('closes the editor’s undo group when a step is recorded', () => {
    const { editor, history, status } = setup();
    history.record(statusStep(status, 'x'));
    expect(editor.closed).toBe(1);
  });

  it('drops what could be redone when a new edit is typed', async () => {
    const { editor, history, status } = setup();
    status.push('flagged');
    history.record(statusStep(status, 'flagged'));
    await history.undo();
    editor.type('new');
    history.noteNewEdit();
    expect(await history.redo()).toEqual({ kind: 'none' });
    expect(status).toEqual([]);
    expect(history.depth).toEqual({ undo: 0, redo: 0 });
  });

  it('does not redo an editor change undone before the last annotation', async () => {
    const { editor, history, status } = setup();
    editor.type('a');
    await history.undo();
    expect(editor.text).toEqual([]);
    status.push('supported');
    history.record(statusStep(status, 'supported'));
    expect(await history.redo()).toEqual({ kind: 'none' });
    expect(editor.text).toEqual([]);
  });

  it('runs steps one at a time: a second undo waits for the first one’s write', async () => {
    const { history } = setup();
    const order: string[] = [];
    let release: () => void = () => {};
    history.record({
      label: 'first',
      undo: () =>
        new Promise<void>((resolve) => {
          release = () => {
            order.push('first undone');
            resolve();
          };
        }),
      redo: () => {},
    });
    history.record({
      label: 'second',
      undo: () => void order.push('second undone'),
      redo: () => {},
    });
    const a = history.undo();
    const b = history.undo();
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
    expect(order).toEqual(['second undone']);
    release();
    expect((await a).kind).toBe('annotation');
    expect(await b).toEqual({ kind: 'annotation', label: 'first' });
    expect(order).toEqual(['second undone', 'first undone']);
  });

  it('reports a step that fails to write and goes on', async () => {
    const errors: unknown[] = [];
    const editor = new FakeEditorHistory();
    const history = new AnnotationHistory(editor, (e) => errors.push(e));
    history.record({
      label: 'broken',
      undo: () => Promise.reject({ kind: 'quota', message: 'disk full' }),
      redo: () => {},
    });
    expect(await history.undo()).toEqual({ kind: 'none' });
    expect(errors).toEqual([{ kind: 'quota', message: 'disk full' }]);
  });
});
