import { describe, expect, it } from 'vitest';
import type { Claim } from '@apparatus/core';
import type { ApparatusEditor, ClaimDecoration } from '@apparatus/editor';
import { ClaimPainter } from '../../src/annotate/claim-painter.ts';
import { claim } from '../claims/fixtures.ts';

/** An editor that only records the decorations it is sent. */
function recordingEditor(): {
  editor: ApparatusEditor;
  sent: Map<string, ClaimDecoration | null>[];
} {
  const sent: Map<string, ClaimDecoration | null>[] = [];
  const editor = {
    setClaimDecorations: (changes: ReadonlyMap<string, ClaimDecoration | null>) => {
      sent.push(new Map(changes));
    },
  } as unknown as ApparatusEditor;
  return { editor, sent };
}

/** Two figures of one subject that cannot both be true, and a third claim apart. */
function claims(): Claim[] {
  const value = (n: number) => ({ type: 'quantity' as const, min: n, max: n, approximate: false });
  return [
    claim({ id: 'a', subjectId: 's', value: value(100) }),
    claim({ id: 'b', subjectId: 's', value: value(900), position: { start: 10, end: 13 } }),
    claim({ id: 'c', subjectId: null, position: { start: 20, end: 26 } }),
  ];
}
const subjects = [{ id: 's', label: 'strength · Basmachi', createdAt: '2026-01-01T00:00:00.000Z' }];

describe('ClaimPainter', () => {
  it('sends every look once, then only the claim whose status changed', () => {
    const { editor, sent } = recordingEditor();
    const painter = new ClaimPainter();
    const rows = claims();
    painter.paint(rows, subjects, editor);
    expect([...sent[0]!.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(sent[0]!.get('a')?.conflict).toMatch(/^Conflict: /);

    const flagged = rows.map((c) =>
      c.id === 'b'
        ? { ...c, status: 'disputed' as const, updatedAt: '2026-02-01T00:00:00.000Z' }
        : c,
    );
    painter.paint(flagged, subjects, editor);
    expect(sent).toHaveLength(2);
    expect([...sent[1]!]).toEqual([
      ['b', { status: 'disputed', kind: 'quantity', conflict: sent[0]!.get('b')!.conflict }],
    ]);
  });

  it('takes a removed or detached claim out of the text, and redraws conflicts that change', () => {
    const { editor, sent } = recordingEditor();
    const painter = new ClaimPainter();
    const rows = claims();
    painter.paint(rows, subjects, editor);
    painter.paint(
      rows.filter((c) => c.id !== 'c'),
      subjects,
      editor,
    );
    expect([...sent[1]!]).toEqual([['c', null]]);
    // 'b' detached: the conflict goes, so 'a' is redrawn without it.
    const detached = rows
      .filter((c) => c.id !== 'c')
      .map((c) =>
        c.id === 'b' ? { ...c, detached: true, updatedAt: '2026-02-02T00:00:00.000Z' } : c,
      );
    painter.paint(detached, subjects, editor);
    expect(sent[2]!.get('b')).toBeNull();
    expect(sent[2]!.get('a')).toEqual({ status: 'unreviewed', kind: 'quantity' });
  });
});
