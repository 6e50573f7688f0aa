import { describe, expect, it } from 'vitest';
import {
  accountKindLine,
  backupFileName,
  countOf,
  countsText,
  deletionConsequence,
  importConsequence,
  messageOf,
} from '../../src/workspace/words.ts';
import { fakeAccount } from '../fake-port.ts';

describe('workspace words', () => {
  it('counts in plain English', () => {
    expect(countOf(0, 'claim')).toBe('no claims');
    expect(countOf(1, 'claim')).toBe('1 claim');
    expect(countOf(12_345, 'claim')).toBe('12,345 claims');
    expect(countsText({ accounts: 1, claims: 97, subjects: 0, sources: 5, citations: 1 })).toBe(
      '1 account, 97 claims, no subjects, 5 sources and 1 citation',
    );
  });

  it('says what an import replaces, and that current work is lost unless exported', () => {
    const counts = { accounts: 2, claims: 40, subjects: 9, sources: 3, citations: 4 };
    expect(importConsequence({ counts, settings: 0 })).toBe(
      'This replaces everything in this workspace with the backup’s 2 accounts, 40 claims, 9 subjects, 3 sources and 4 citations. Your current work will be lost unless you export it first.',
    );
    expect(importConsequence({ counts, settings: 1 })).toContain(
      '4 citations, with its subject joins and splits in the comparison.',
    );
  });

  it('names a backup by the local day it was made', () => {
    expect(backupFileName(new Date(2026, 2, 4, 23, 59))).toBe('apparatus-backup-2026-03-04.json');
    expect(backupFileName(new Date(1999, 11, 31))).toBe('apparatus-backup-1999-12-31.json');
  });

  it('says which account is which kind, naming what it revises or whose text it is', () => {
    const article = fakeAccount({ id: 'a', title: 'Siege of Dushanbe' });
    const revision = fakeAccount({ id: 'r', kind: 'revision', revisionOf: 'a', title: 'Later' });
    const orphan = fakeAccount({ id: 'o', kind: 'revision', revisionOf: 'gone' });
    const text = fakeAccount({ id: 't', kind: 'source-text', sourceId: 's1' });
    const all = [article, revision, orphan, text];
    const label = (id: string): string | undefined => (id === 's1' ? 'Kutay 1973' : undefined);
    expect(accountKindLine(article, all, label)).toBe('Article');
    expect(accountKindLine(revision, all, label)).toBe('Revision of “Siege of Dushanbe”');
    expect(accountKindLine(orphan, all, label)).toBe('Revision');
    expect(accountKindLine(text, all, label)).toBe('Source text of Kutay 1973');
    expect(accountKindLine({ ...text, sourceId: null }, all, label)).toBe('Source text');
  });

  it('says what a deletion takes with it', () => {
    expect(deletionConsequence(97, 2, 0)).toBe(
      'Its 97 claims and 2 citations are deleted with it. This cannot be undone; export a backup first to keep a copy.',
    );
    expect(deletionConsequence(1, 0, 1)).toContain(
      'Its 1 claim and no citations are deleted with it. Its revision stays, no longer linked to it.',
    );
    expect(deletionConsequence(0, 0, 3)).toContain(
      'It holds no claims or citations. Its 3 revisions stay',
    );
  });

  it('says the sentence a failure carries, or the fallback when it carries none', () => {
    expect(messageOf({ kind: 'quota', message: 'The disk is full.' }, 'Try again.')).toBe(
      'The disk is full.',
    );
    expect(messageOf(new Error('Boom'), 'Try again.')).toBe('Boom');
    expect(messageOf({ message: '  ' }, 'Try again.')).toBe('Try again.');
    expect(messageOf('a string', 'Try again.')).toBe('Try again.');
    expect(messageOf(null, 'Try again.')).toBe('Try again.');
  });
});
