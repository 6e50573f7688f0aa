import { describe, expect, it } from 'vitest';
import { buildSynopsis, filterRows, sortRows } from '../../src/compare/synopsis.ts';
import type { SynopticRow } from '../../src/compare/synopsis.ts';
import type { DateValue } from '../../src/values.ts';
import { accountOf, d, n, q, s, t } from './build.ts';

const SOV_A = 'Russian SFSR, Soviet Bukhara';
const BAS_A = 'Basmachi Movement';
const SOV_B = 'Soviet garrison';
const BAS_B = 'Basmachi rebels';

const alternatives: DateValue = {
  type: 'date',
  calendar: 'gregorian',
  precision: 'day',
  earliest: '1922-01-28',
  latest: '1922-02-14',
  alternatives: [
    { earliest: '1922-01-28', latest: '1922-02-14' },
    { earliest: '1922-02-08', latest: '1922-02-14' },
  ],
};

/** The seed's shape: Soviets second, a named commander, "Heavy". */
const a = accountOf(
  'a',
  [
    '= Siege of Dushanbe =',
    '- Date: 28 January or 8 February–14 February',
    '- Result: Basmachi victory',
    `- Combatant1: ${BAS_A}`,
    `- Combatant2: ${SOV_A}`,
    '- Commander1: Enver Pasha',
    '- Commander2: Mazarof',
    '- Strength1: ~1,500 Basmachi rebels',
    '- Strength2: 7,0008,000',
    '- Casualties1: Light',
    '- Casualties2: Heavy',
    'On 7 February, the Soviets suffered over 100 casualties.',
    'On 14 February the town fell, with around 100 casualties on the Russian garrison.',
  ].join('\n'),
  [
    {
      words: '28 January or 8 February–14 February',
      kind: 'date',
      subject: 'date',
      value: alternatives,
      field: 'Date',
    },
    {
      words: 'Basmachi victory',
      kind: 'outcome',
      subject: 'result',
      value: t('Basmachi victory'),
      field: 'Result',
    },
    {
      words: 'Enver Pasha',
      kind: 'name',
      subject: `commander · ${BAS_A}`,
      value: n('Enver Pasha'),
      field: 'Commander1',
    },
    {
      words: 'Mazarof',
      kind: 'name',
      subject: `commander · ${SOV_A}`,
      value: n('Mazarof'),
      field: 'Commander2',
    },
    {
      words: '~1,500',
      kind: 'quantity',
      subject: `strength · ${BAS_A}`,
      value: q(1500, 1500, true),
      field: 'Strength1',
    },
    {
      words: '7,0008,000',
      kind: 'quantity',
      subject: `strength · ${SOV_A}`,
      value: q(7000, 8000),
      field: 'Strength2',
    },
    {
      words: 'Light',
      kind: 'scale',
      subject: `casualties · ${BAS_A}`,
      value: s('light'),
      field: 'Casualties1',
    },
    {
      words: 'Heavy',
      kind: 'scale',
      subject: `casualties · ${SOV_A}`,
      value: s('heavy'),
      field: 'Casualties2',
    },
    { words: '7 February', kind: 'date', subject: null, value: d('1922-02-07') },
    { words: 'over 100', kind: 'quantity', subject: `casualties · ${SOV_A}`, value: q(100, null) },
    { words: '14 February', kind: 'date', subject: null, value: d('1922-02-14'), nth: 1 },
    {
      words: 'around 100',
      kind: 'quantity',
      subject: `casualties · ${SOV_A}`,
      value: q(100, 100, true),
    },
  ],
);

/** The earlier version's shape: the sides worded otherwise and listed the other way round. */
const b = accountOf(
  'b',
  [
    '= Siege of Dushanbe =',
    '- Date: February 1922',
    '- Result: Soviet victory',
    `- Combatant1: ${SOV_B}`,
    `- Combatant2: ${BAS_B}`,
    '- Commander1: Unknown Soviet commander',
    '- Commander2: Enver Pasha',
    '- Strength1: unknown number',
    '- Strength2: about 1,500',
    '- Casualties1: Moderate',
    '- Casualties2: Light',
    'On 7 February the Soviet defenders lost more than 100 men.',
  ].join('\n'),
  [
    {
      words: 'February 1922',
      kind: 'date',
      subject: 'date',
      value: d('1922-02-01', '1922-02-28'),
      field: 'Date',
    },
    {
      words: 'Soviet victory',
      kind: 'outcome',
      subject: 'result',
      value: t('Soviet victory'),
      field: 'Result',
    },
    {
      words: 'Unknown Soviet commander',
      kind: 'name',
      subject: `commander · ${SOV_B}`,
      value: n('Unknown Soviet commander'),
      field: 'Commander1',
    },
    {
      words: 'Enver Pasha',
      kind: 'name',
      subject: `commander · ${BAS_B}`,
      value: n('Enver Pasha'),
      field: 'Commander2',
    },
    {
      words: 'unknown number',
      kind: 'quantity',
      subject: `strength · ${SOV_B}`,
      value: null,
      field: 'Strength1',
    },
    {
      words: 'about 1,500',
      kind: 'quantity',
      subject: `strength · ${BAS_B}`,
      value: q(1500, 1500, true),
      field: 'Strength2',
    },
    {
      words: 'Moderate',
      kind: 'scale',
      subject: `casualties · ${SOV_B}`,
      value: s('moderate'),
      field: 'Casualties1',
    },
    {
      words: 'Light',
      kind: 'scale',
      subject: `casualties · ${BAS_B}`,
      value: s('light'),
      field: 'Casualties2',
    },
    { words: '7 February', kind: 'date', subject: null, value: d('1922-02-07') },
    {
      words: 'more than 100',
      kind: 'quantity',
      subject: `casualties · ${SOV_B}`,
      value: q(100, null),
    },
  ],
);

const synopsis = buildSynopsis([a, b]);
const row = (label: string): SynopticRow => {
  const found = synopsis.rows.find((r) => r.label === label);
  if (!found)
    throw new Error(`no row ${label}; rows: ${synopsis.rows.map((r) => r.label).join(' | ')}`);
  return found;
};
const texts = (r: SynopticRow, key: string): string[] =>
  (r.cells.find((c) => c.account === key)?.claims ?? []).map((c) => c.text);

describe('buildSynopsis', () => {
  it('meets the sides of two accounts however they are worded and ordered', () => {
    const soviet = row(`casualties · ${SOV_A}`);
    expect(texts(soviet, 'a')).toEqual(['Heavy', 'over 100', 'around 100']);
    expect(texts(soviet, 'b')).toEqual(['Moderate', 'more than 100']);
    expect(soviet.sides).toEqual({ a: SOV_A, b: SOV_B });
    expect(texts(row(`strength · ${BAS_A}`), 'b')).toEqual(['about 1,500']);
  });

  it('calls "Heavy" against "Moderate" for the same side a conflict, naming both', () => {
    const soviet = row(`casualties · ${SOV_A}`);
    expect(soviet.status).toBe('conflict');
    expect(soviet.reason).toContain('“Heavy”');
    expect(soviet.reason).toContain('“Moderate”');
    const bad = soviet.verdicts.filter((v) => !v.compatible);
    expect(bad.map((v) => [v.a.claim.text, v.b.claim.text])).toEqual([['Heavy', 'Moderate']]);
  });

  it('compares prose figures only with figures of the same day', () => {
    const soviet = row(`casualties · ${SOV_A}`);
    const good = soviet.verdicts
      .filter((v) => v.compatible)
      .map((v) => [v.a.claim.text, v.b.claim.text]);
    expect(good).toEqual([['over 100', 'more than 100']]);
  });

  it('lets approximate figures agree, and says the agreement', () => {
    const basmachi = row(`strength · ${BAS_A}`);
    expect(basmachi.status).toBe('agree');
    expect(basmachi.reason).toMatch(/~1,500.*about 1,500/);
    expect(row(`casualties · ${BAS_A}`).status).toBe('agree');
  });

  it('finds the dates compatible when one alternative falls in the other period', () => {
    expect(row('date').status).toBe('agree');
  });

  it('does not set an unknown number or an unknown commander against a value', () => {
    expect(row(`strength · ${SOV_A}`).status).toBe('uncompared');
    expect(row(`commander · ${SOV_A}`).status).toBe('uncompared');
    expect(row(`commander · ${BAS_A}`).status).toBe('agree');
  });

  it('sees that two results give the victory to different sides', () => {
    expect(row('result').status).toBe('conflict');
  });

  it('sorts conflicts first and filters by side, kind and status', () => {
    const sorted = sortRows(synopsis.rows, 'conflicts-first');
    expect(sorted.slice(0, 2).map((r) => r.status)).toEqual(['conflict', 'conflict']);
    expect(sorted).toHaveLength(synopsis.rows.length);
    expect(filterRows(synopsis.rows, { side: 'garrison' }).map((r) => r.label)).toEqual([
      `commander · ${SOV_A}`,
      `strength · ${SOV_A}`,
      `casualties · ${SOV_A}`,
    ]);
    expect(
      filterRows(synopsis.rows, { kind: 'scale', status: ['agree'] }).map((r) => r.label),
    ).toEqual([`casualties · ${BAS_A}`]);
  });
});

describe('commanders', () => {
  const base = (key: string, names: string, side: string) =>
    accountOf(
      key,
      `= X =\n- Combatant1: ${side}\n- Commander1: ${names}`,
      names.split(', ').map((name) => ({
        words: name,
        kind: 'name' as const,
        subject: `commander · ${side}`,
        value: n(name),
        field: 'Commander1',
      })),
    );

  it('conflict only when each account names exactly one, different, person', () => {
    const one = buildSynopsis([
      base('a', 'Mazarof', 'Red Army'),
      base('b', 'Kuznetsov', 'Soviet garrison'),
    ]);
    expect(one.rows[0]!.status).toBe('conflict');
    const two = buildSynopsis([
      base('a', 'Mazarof, Ivanov', 'Red Army'),
      base('b', 'Kuznetsov', 'Soviet garrison'),
    ]);
    expect(two.rows[0]!.status).toBe('uncompared');
  });

  it('reads two spellings of one surname as one person', () => {
    const spelt = buildSynopsis([
      base('a', 'Mazarof', 'Red Army'),
      base('b', 'Mazarov', 'Soviet garrison'),
    ]);
    expect(spelt.rows[0]!.status).toBe('agree');
  });
});

describe('rows of one account', () => {
  it('are single, and say who speaks', () => {
    const alone = buildSynopsis([a, accountOf('b', '= Y =\n- Combatant1: Red Army', [])]);
    expect(alone.rows.every((r) => r.status === 'single')).toBe(true);
    expect(alone.rows[0]!.reason).toBe('only A speaks of this');
  });
});

describe('inner disagreements', () => {
  const text =
    '= X =\n- Combatant1: Red Army\nThe town fell on 2 September.\nOthers say the town fell on 5 September.';
  const both = (key: string) =>
    accountOf(key, text, [
      { words: '2 September', kind: 'date', subject: 'date · ends', value: d('1920-09-02') },
      { words: '5 September', kind: 'date', subject: 'date · ends', value: d('1920-09-05') },
    ]);

  it('are not a conflict between two accounts that share them', () => {
    const row = buildSynopsis([both('a'), both('b')]).rows[0]!;
    expect(row.status).toBe('agree');
    expect(row.conflicting).toEqual([]);
  });

  it('make a conflict with an account that gives only one of the readings', () => {
    const one = accountOf('b', '= X =\n- Combatant1: Red Army\nThe town fell on 2 September.', [
      { words: '2 September', kind: 'date', subject: 'date · ends', value: d('1920-09-02') },
    ]);
    const row = buildSynopsis([both('a'), one]).rows[0]!;
    expect(row.status).toBe('conflict');
    expect(row.conflicting.map((v) => [v.a.claim.text, v.b.claim.text])).toEqual([
      ['5 September', '2 September'],
    ]);
  });
});
