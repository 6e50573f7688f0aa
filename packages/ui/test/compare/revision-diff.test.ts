// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/compare/revision-diff-view.ts';
import type { CompareClaimDetail } from '../../src/compare/comparison-table.ts';
import { revisionPairOf } from '../../src/compare/compare-model.ts';
import { listen, mount } from '../annotate/mount.ts';
import { fixture, importAll } from './fixtures.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The seed and a revision of it that changes a figure ("estimated at 1,500" becomes "estimated
 * at 2,000") and a word that is no figure ("strategic importance" becomes "great importance").
 */
function revised() {
  const older = fixture('siege-of-dushanbe.txt');
  const newer = older
    .replace('estimated at 1,500 strong', 'estimated at 2,000 strong')
    .replace('was of strategic importance', 'was of great importance');
  expect(newer).not.toBe(older);
  const { snapshots } = importAll([
    { title: '', text: older },
    { title: 'Siege of Dushanbe (revised)', text: newer },
  ]);
  const [a, b] = snapshots as [(typeof snapshots)[0], (typeof snapshots)[0]];
  const revision = { ...b, account: { ...b.account, revisionOf: a.account.id } };
  const claims = new Map([
    [a.account.id, a.claims],
    [b.account.id, b.claims],
  ]);
  const pair = revisionPairOf([a.account, revision.account], (id) => claims.get(id));
  if (!pair) throw new Error('no revision pair');
  return { pair, a, b };
}

describe('apx-revision-diff', () => {
  it('lists the changed figures first, each linked to its claims on both sides', async () => {
    const { pair, a, b } = revised();
    const view = await mount('apx-revision-diff', { older: pair.older, newer: pair.newer });
    const root = view.shadowRoot!;
    const list = root.querySelector('ol[aria-label="Changed figures and dates"]')!;
    const whole = root.querySelector('[aria-label="Word-level differences"]')!;
    expect(list).not.toBeNull();
    // The list comes before the whole text.
    expect(list.compareDocumentPosition(whole) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const items = [...list.querySelectorAll('li')];
    expect(items).toHaveLength(1);
    // One entry for the figure, read whole, not cut at the comma.
    expect(text(items[0]!.querySelector('del'))).toBe('1,500');
    expect(text(items[0]!.querySelector('ins'))).toBe('2,000');
    expect(text(root.querySelector('p'))).toMatch(/2 changes, 1 of figures or dates/);
    // The wording change is in the text, not in the list of figures.
    expect(text(list)).not.toMatch(/strategic|great/);
    expect([...whole.querySelectorAll('del')].map(text)).toContain('strategic');
    expect([...whole.querySelectorAll('ins')].map(text)).toContain('great');

    // Each side's claim is one button away, and says which account it is in.
    const picked = listen<CompareClaimDetail>(view, 'apx-compare-claim');
    const buttons = [...items[0]!.querySelectorAll('button')];
    expect(buttons.map(text)).toEqual([
      'claim in “Siege of Dushanbe”',
      'claim in “Siege of Dushanbe (revised)”',
    ]);
    for (const button of buttons) button.click();
    // The claims are those at the figure's place in each text.
    const at = (snapshot: typeof a, words: string) => {
      const offset = snapshot.account.text.indexOf(words) + words.indexOf(',') - 1;
      return snapshot.claims.find((c) => c.position.start <= offset && offset < c.position.end);
    };
    const before = at(a, 'estimated at 1,500');
    const after = at(b, 'estimated at 2,000');
    expect(before?.quote.exact).toMatch(/1,500/);
    expect(after?.quote.exact).toMatch(/2,000/);
    expect(picked).toEqual([
      { claimId: before!.id, accountId: a.account.id },
      { claimId: after!.id, accountId: b.account.id },
    ]);
  });

  it('says how many changes there are, and that none touch a figure when none do', async () => {
    const older = fixture('siege-of-dushanbe.txt');
    const { snapshots } = importAll([
      { title: '', text: older },
      { title: 'Reworded', text: older.replace('was of strategic importance', 'mattered') },
    ]);
    const [a, b] = snapshots as [(typeof snapshots)[0], (typeof snapshots)[0]];
    const claims = new Map([
      [a.account.id, a.claims],
      [b.account.id, b.claims],
    ]);
    const pair = revisionPairOf([a.account, { ...b.account, revisionOf: a.account.id }], (id) =>
      claims.get(id),
    )!;
    const view = await mount('apx-revision-diff', { older: pair.older, newer: pair.newer });
    const root = view.shadowRoot!;
    expect(root.querySelector('ol')).toBeNull();
    expect(text(root.querySelector('p'))).toMatch(/\d+ changes?, 0 of figures or dates/);
    expect([...root.querySelectorAll('del')].map(text).join(' ')).toMatch(/strategic/);
  });

  it('lists a date changed in two words as one entry, read whole from both texts', async () => {
    const older = fixture('siege-of-dushanbe.txt');
    const newer = older.replace('in February 1922', 'in March 1923');
    expect(newer).not.toBe(older);
    const { snapshots } = importAll([
      { title: '', text: older },
      { title: 'Redated', text: newer },
    ]);
    const [a, b] = snapshots as [(typeof snapshots)[0], (typeof snapshots)[0]];
    const claims = new Map([
      [a.account.id, a.claims],
      [b.account.id, b.claims],
    ]);
    const pair = revisionPairOf([a.account, { ...b.account, revisionOf: a.account.id }], (id) =>
      claims.get(id),
    )!;
    const view = await mount('apx-revision-diff', { older: pair.older, newer: pair.newer });
    const items = [...view.shadowRoot!.querySelectorAll('ol li')];
    // The word diff gives two changes ("February" → "March", "1922" → "1923") on one claim.
    expect(items).toHaveLength(1);
    expect(text(items[0]!.querySelector('del'))).toBe('February 1922');
    expect(text(items[0]!.querySelector('ins'))).toBe('March 1923');
    expect(text(view.shadowRoot!.querySelector('p'))).toMatch(/1 change, 1 of figures or dates/);
  });
});
