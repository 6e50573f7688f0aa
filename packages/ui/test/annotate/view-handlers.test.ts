import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/annotate/view-handlers.ts';

const claim = (exact: string) => ({ quote: { exact, prefix: '', suffix: '' } });

describe('quoted: a claim named in an announcement', () => {
  it('repeats a short claim whole', () => {
    expect(quoted(claim('7,0008,000'))).toBe('7,0008,000');
  });

  it('cuts a claim made from a whole paragraph at a word boundary, with an ellipsis', () => {
    const paragraph =
      'The capture of Dushanbe was a temporary success for the Basmachi rebels. The Soviet Union responded.';
    const said = quoted(claim(paragraph));
    expect(said).toBe('The capture of Dushanbe was a temporary success for the…');
    expect(said.length).toBeLessThanOrEqual(61);
  });

  it('folds line breaks and runs of spaces', () => {
    expect(quoted(claim('On 28 January\n  the town'))).toBe('On 28 January the town');
  });
});
