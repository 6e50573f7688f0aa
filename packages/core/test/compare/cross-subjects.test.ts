import { describe, expect, it } from 'vitest';
import { alignSubjects } from '../../src/compare/cross-subjects.ts';
import { sidesOfAccount } from '../../src/compare/account.ts';
import { matchSides } from '../../src/compare/side-match.ts';
import { accountOf, articleOf, q } from './build.ts';

const sidesOf = (lines: string[]) => sidesOfAccount(articleOf(['= X =', ...lines].join('\n')));

describe('matchSides', () => {
  it('matches "Enver Pasha\'s forces" to the side Enver Pasha commanded, in any order', () => {
    const seed = sidesOf([
      '- Combatant1: Basmachi Movement',
      '- Combatant2: Russian SFSR, Soviet Bukhara',
      '- Commander1: Enver Pasha',
    ]);
    const wider = sidesOf(['- Combatant1: Red Army', "- Combatant2: Enver Pasha's forces"]);
    const pairs = matchSides(seed, wider).map((m) => [m.a.label, m.b.label]);
    expect(pairs).toContainEqual(['Basmachi Movement', "Enver Pasha's forces"]);
    expect(pairs).toContainEqual(['Russian SFSR, Soviet Bukhara', 'Red Army']);
  });

  it('leaves a party unmatched rather than guessing by elimination', () => {
    const one = sidesOf(['- Combatant1: Basmachi rebels', '- Combatant2: Soviet Russia']);
    const other = sidesOf(['- Combatant1: Basmachi', '- Combatant2: British India']);
    expect(matchSides(one, other).map((m) => [m.a.label, m.b.label])).toEqual([
      ['Basmachi rebels', 'Basmachi'],
    ]);
  });
});

const a = accountOf('a', '= X =\n- Combatant1: Red Army\n- Strength1: 2,000\n- Casualties1: 300', [
  {
    words: '2,000',
    kind: 'quantity',
    subject: 'strength · Red Army',
    value: q(2000, 2000),
    field: 'Strength1',
  },
  {
    words: '300',
    kind: 'quantity',
    subject: 'casualties · Red Army',
    value: q(300, 300),
    field: 'Casualties1',
  },
]);
const b = accountOf(
  'b',
  '= X =\n- Combatant1: Soviet garrison\n- Strength1: 2,000\n- Losses1: 300 killed',
  [
    {
      words: '2,000',
      kind: 'quantity',
      subject: 'strength · Soviet garrison',
      value: q(2000, 2000),
      field: 'Strength1',
    },
    {
      words: '300',
      kind: 'quantity',
      subject: 'killed · Soviet garrison',
      value: q(300, 300),
      field: 'Losses1',
    },
  ],
);

describe('alignSubjects', () => {
  it('joins labels of the same measure and party; keeps other measures apart', () => {
    const { subjects } = alignSubjects([a, b]);
    expect(subjects.map((s) => [s.label, Object.keys(s.claims)])).toEqual([
      ['strength · Red Army', ['a', 'b']],
      ['casualties · Red Army', ['a']],
      ['killed · Soviet garrison', ['b']],
    ]);
  });

  it("applies the user's joins and splits, ignoring labels that no longer exist", () => {
    const { subjects } = alignSubjects([a, b], {
      join: [
        ['casualties · Red Army', 'killed · Soviet garrison'],
        ['gone', 'strength · Red Army'],
      ],
      split: ['strength · Red Army'],
    });
    expect(subjects.map((s) => [s.label, Object.keys(s.claims)])).toEqual([
      ['strength · Red Army [a]', ['a']],
      ['strength · Soviet garrison [b]', ['b']],
      ['casualties · Red Army', ['a', 'b']],
    ]);
    expect(subjects[2]!.labels).toEqual({
      a: ['casualties · Red Army'],
      b: ['killed · Soviet garrison'],
    });
  });

  it('keeps claims without a subject aside, by account', () => {
    const c = accountOf('c', '= X =\nIt took 40 days.', [
      { words: '40', kind: 'quantity', subject: null, value: q(40, 40) },
    ]);
    const { unplaced, subjects } = alignSubjects([a, c]);
    expect(unplaced['c']!.map((x) => x.text)).toEqual(['40']);
    expect(subjects.every((s) => s.claims['c'] === undefined)).toBe(true);
  });
});
