import { describe, expect, it } from 'vitest';
import type { Claim } from '@apparatus/core';
import { QUOTE_CONTEXT, quoteAt } from '@apparatus/core';
import { reanchor } from '../src/anchors.ts';

const text =
  'The town was besieged on 28 January or 8 February. The Russians sent wireless messages.';
const start = text.indexOf('28 January');
const end = start + '28 January or 8 February'.length;

function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'c1',
    accountId: 'a1',
    kind: 'date',
    value: null,
    subjectId: null,
    status: 'unreviewed',
    statusReason: '',
    statusChangedAt: null,
    origin: 'detected',
    quote: quoteAt(text, start, end),
    position: { start, end },
    detached: false,
    createdAt: 'then',
    updatedAt: 'then',
    ...overrides,
  };
}

describe('quoteAt', () => {
  it('keeps the exact words and up to QUOTE_CONTEXT characters either side', () => {
    const quote = quoteAt(text, start, end);
    expect(quote.exact).toBe('28 January or 8 February');
    expect(quote.prefix).toBe(text.slice(0, start));
    expect(quote.prefix.length).toBeLessThanOrEqual(QUOTE_CONTEXT);
    expect(quote.suffix).toBe(text.slice(end, end + QUOTE_CONTEXT));
    expect(quote.suffix).toHaveLength(QUOTE_CONTEXT);
  });
});

describe('reanchor', () => {
  it('returns the same object when the claim did not move', () => {
    const c = claim();
    expect(reanchor(c, { position: { start, end }, quote: quoteAt(text, start, end) }, 'now')).toBe(
      c,
    );
  });

  it('moves position and quote with the text', () => {
    const edited = 'Indeed, ' + text;
    const moved = reanchor(
      claim(),
      { position: { start: start + 8, end: end + 8 }, quote: quoteAt(edited, start + 8, end + 8) },
      'now',
    );
    expect(moved.position).toEqual({ start: start + 8, end: end + 8 });
    expect(moved.quote.exact).toBe('28 January or 8 February');
    expect(moved.quote.prefix.endsWith('besieged on ')).toBe(true);
    expect(moved.updatedAt).toBe('now');
  });

  it('detaches a claim whose text is gone, keeping its last quote', () => {
    const gone = reanchor(claim(), null, 'now');
    expect(gone.detached).toBe(true);
    expect(gone.quote.exact).toBe('28 January or 8 February');
    expect(reanchor(gone, null, 'later')).toBe(gone);
  });

  it('re-attaches a detached claim whose text came back', () => {
    const back = reanchor(
      claim({ detached: true }),
      { position: { start, end }, quote: quoteAt(text, start, end) },
      'now',
    );
    expect(back.detached).toBe(false);
  });
});
