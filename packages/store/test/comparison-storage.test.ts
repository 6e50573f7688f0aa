import { describe, expect, it } from 'vitest';
import type { SubjectOverrides } from '@apparatus/core';
import type { DexieWorkspace } from '../src/workspace.ts';
import {
  isolatedOptions,
  makeAccount,
  makeClaim,
  makeSubject,
  SIEGE_TEXT,
  testWorkspace,
} from './helpers.ts';

/** What the comparison of accounts stores: an import's new subjects, and the reader's joins/splits. */

async function workspace(options = isolatedOptions('compare')): Promise<DexieWorkspace> {
  const ws = testWorkspace(options);
  await ws.ready();
  return ws;
}

/** The first value a watchable emits that passes `test`. */
function next<T>(
  watchable: { subscribe(next: (value: T) => void): () => void },
  test: (value: T) => boolean,
): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    const stop = watchable.subscribe((value) => {
      if (done || !test(value)) return;
      done = true;
      resolve(value);
      queueMicrotask(() => stop());
    });
  });
}

describe('an imported account with new subjects', () => {
  it('writes the subjects with the account and its claims', async () => {
    const ws = await workspace();
    const account = makeAccount(SIEGE_TEXT);
    const subject = makeSubject('strength · Basmachi');
    const claim = makeClaim(account, '~1,500', { subjectId: subject.id });
    await ws.putAccountWithClaims({ account, claims: [claim], subjects: [subject] });
    expect(await ws.listSubjects()).toEqual([subject]);
    expect(await ws.claimsOf(account.id)).toEqual([claim]);
  });

  it('writes nothing when a subject clashes with an existing label', async () => {
    const ws = await workspace();
    await ws.putSubject(makeSubject('date'));
    const account = makeAccount(SIEGE_TEXT);
    const clash = makeSubject('date');
    const claim = makeClaim(account, '~1,500', { subjectId: clash.id });
    await expect(
      ws.putAccountWithClaims({ account, claims: [claim], subjects: [clash] }),
    ).rejects.toMatchObject({ kind: 'unknown' });
    expect(await ws.listAccounts()).toEqual([]);
    expect(await ws.claimsOf(account.id)).toEqual([]);
  });
});

describe('subject overrides', () => {
  it('are empty until the reader makes one, then follow every change', async () => {
    const ws = await workspace();
    expect(await next(ws.watchSubjectOverrides(), () => true)).toEqual({});
    const overrides: SubjectOverrides = {
      join: [['strength · Basmachi', 'strength · rebels']],
      split: ['date'],
    };
    const seen = next(ws.watchSubjectOverrides(), (o) => (o.split ?? []).length > 0);
    await ws.putSubjectOverrides(overrides);
    expect(await seen).toEqual(overrides);
  });

  it('survive closing and reopening the workspace, and leave the schema row alone', async () => {
    const options = isolatedOptions('compare-reopen');
    const first = await workspace(options);
    await first.putSubjectOverrides({ split: ['casualties · Basmachi'] });
    first.close();
    const second = await workspace(options);
    expect(await next(second.watchSubjectOverrides(), () => true)).toEqual({
      join: [],
      split: ['casualties · Basmachi'],
    });
    expect(await second.db.meta.get('schema')).toMatchObject({ key: 'schema' });
  });
});
