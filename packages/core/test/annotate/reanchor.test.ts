import { describe, expect, it } from 'vitest';
import { ANCHOR_WINDOW, anchorQuote, quoteAt } from '../../src/index.ts';

const text =
  'The Basmachi force of ~1,500 men under Ibrahim Bek besieged the garrison of 7,000–8,000 in 1922. ' +
  'A relief column of 1,500 men arrived later in the year, and the siege was lifted in February.';

/** The quote and position of the first `words` in `source`. */
function stored(source: string, words: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = source.indexOf(words, start + 1);
  const end = start + words.length;
  return { quote: quoteAt(source, start, end), position: { start, end } };
}

describe('anchorQuote', () => {
  it('takes the stored position when the words are still there', () => {
    const { quote, position } = stored(text, '7,000–8,000');
    expect(anchorQuote(text, quote, position)).toEqual({ value: { ...position, score: 1 } });
  });

  it('finds the words moved by an edit before them, by their context', () => {
    const { quote, position } = stored(text, '1,500', 1);
    const edited = `Preface added in this tab. ${text}`;
    const found = anchorQuote(edited, quote, position);
    expect('value' in found && edited.slice(found.value.start, found.value.end)).toBe('1,500');
    // The second "1,500" (the relief column's), not the first: its prefix and suffix decide.
    expect('value' in found && found.value.start).toBe(position.start + 27);
  });

  it('finds words changed slightly, fuzzily, near where they were', () => {
    const { quote, position } = stored(text, 'a relief column of 1,500 men'.replace('a r', 'A r'));
    const edited = text.replace('A relief column of 1,500 men', 'A relief colum of 1,500 men');
    const found = anchorQuote(edited, quote, position);
    expect('value' in found && edited.slice(found.value.start, found.value.end)).toBe(
      'A relief colum of 1,500 men',
    );
    expect('value' in found && found.value.score).toBeLessThan(1);
  });

  it('leaves a claim for review when its words are gone', () => {
    const { quote, position } = stored(text, '7,000–8,000');
    const edited = text.replace('of 7,000–8,000 in 1922', 'of the town in that year');
    expect(anchorQuote(edited, quote, position)).toMatchObject({
      error: expect.stringContaining('7,000–8,000'),
    });
  });

  it('does not take the same words in another context for the claim', () => {
    // "1922" in a sentence about something else, far from every word of the stored context.
    const quote = {
      exact: '1922',
      prefix: 'the garrison of 7,000–8,000 in ',
      suffix: '. A relief column',
    };
    const other = 'Nothing at all alike here, only a year: 1922, and then other words follow it.';
    expect('error' in anchorQuote(other, quote, { start: 60, end: 64 })).toBe(true);
  });

  it('looks only in a window around the stored position', () => {
    const { quote, position } = stored(text, 'Ibrahim Bek');
    const far = `${'x'.repeat(ANCHOR_WINDOW * 2)}${text}`;
    expect('error' in anchorQuote(far, quote, position)).toBe(true);
    const near = `${'x'.repeat(ANCHOR_WINDOW / 2)}${text}`;
    expect('value' in anchorQuote(near, quote, position)).toBe(true);
  });

  it('never throws on an empty quote', () => {
    expect(anchorQuote(text, { exact: '', prefix: '', suffix: '' }, { start: 0, end: 0 })).toEqual({
      error: 'The claim has no words to look for.',
    });
  });
});
