import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../src/integrity.ts';
import { DexieWorkspace } from '../src/workspace.ts';
import {
  isolatedOptions,
  makeAccount,
  makeCitation,
  makeClaim,
  makeSource,
  makeSubject,
  SIEGE_TEXT,
} from './helpers.ts';

describe('checkIntegrity', () => {
  it('finds nothing wrong in a workspace written through the port', async () => {
    const ws = await DexieWorkspace.open(isolatedOptions('sound'));
    const account = makeAccount(SIEGE_TEXT);
    const subject = makeSubject('strength · Russian SFSR, Soviet Bukhara');
    const claim = makeClaim(account, '7,0008,000', { subjectId: subject.id });
    const kutay = makeSource('Cemal Kutay');
    const mazarof = makeSource("Mazarof's report", { via: [kutay.id] });
    await ws.putSubject(subject);
    await ws.putAccountWithClaims({ account, claims: [claim] });
    await ws.putSource(kutay);
    await ws.putSource(mazarof);
    await ws.putCitation(makeCitation(claim, mazarof));
    // A detached claim keeps its quote while its text is gone: that is not damage.
    await ws.saveDocument(
      account.id,
      {},
      SIEGE_TEXT.replace('7,0008,000', '7,000'),
      [{ ...claim, detached: true }],
      { base: null, next: 'v1' },
    );
    expect(await checkIntegrity(ws)).toEqual([]);
    ws.close();
  });

  it('reports orphans, missing references and claims anchored outside or off their text', async () => {
    const ws = await DexieWorkspace.open(isolatedOptions('damaged'));
    const account = makeAccount(SIEGE_TEXT);
    const gone = makeAccount('= Gone =\n');
    const source = makeSource('Cemal Kutay');
    const sound = makeClaim(account, '~1,500');
    const orphan = makeClaim(gone, 'Gone');
    const outside = makeClaim(account, '7,0008,000', {
      position: { start: 90, end: SIEGE_TEXT.length + 5 },
    });
    const moved = makeClaim(account, '7,0008,000', { position: { start: 0, end: 10 } });
    const unplaced = makeClaim(account, '~1,500', { subjectId: 'no-such-subject' });
    const lostClaim = makeCitation(makeClaim(account, '~1,500'), source);
    const lostSource = makeCitation(sound, makeSource('Deleted'));
    const chained = makeSource("Mazarof's report", { via: ['no-such-source'] });
    // Damage as a crash or an old bug could leave it: rows written behind the port's back.
    await ws.db.transaction('rw', ws.db.tables, async () => {
      await ws.db.accounts.add(account);
      await ws.db.claims.bulkAdd([sound, orphan, outside, moved, unplaced]);
      await ws.db.sources.bulkAdd([source, chained]);
      await ws.db.citations.bulkAdd([lostClaim, lostSource]);
    });

    const problems = await checkIntegrity(ws);
    const found = problems.map((p) => [p.kind, p.id]).sort();
    expect(found).toEqual(
      [
        ['orphan-claim', orphan.id],
        ['position-outside-text', outside.id],
        ['quote-mismatch', moved.id],
        ['missing-subject', unplaced.id],
        ['orphan-citation', lostClaim.id],
        ['orphan-citation', lostSource.id],
        ['missing-via', chained.id],
      ].sort(),
    );
    const outsideProblem = problems.find((p) => p.id === outside.id);
    expect(outsideProblem?.message).toContain(
      `outside the text of “Siege of Dushanbe” (${SIEGE_TEXT.length} characters)`,
    );
    expect(problems.find((p) => p.id === lostSource.id)?.message).toContain(
      `source ${lostSource.sourceId}`,
    );
    ws.close();
  });
});
