/**
 * The claims engine on articles of the genre beyond the Central Asian seed: each case is a
 * misreading found while auditing new articles (Kars 1877, Vienna 1683, Lissa 1866, Annual 1921,
 * Chitral 1895), written small, with the subject a careful reader gives it.
 */
import { describe, expect, it } from 'vitest';
import { auditArticle } from '../../src/engine/audit.ts';
import type { AuditReport } from '../../src/engine/audit.ts';
import { articleOf } from '../compare/build.ts';

const SPAIN_RIF = [
  '- Combatant1: Kingdom of Spain',
  '- Combatant2: Republic of the Rif',
  '- Commander1: Manuel Silvestre, Felipe Navarro',
  '- Commander2: Abd el-Krim',
];

function audit(lines: readonly string[], title = 'Battle of Annual'): AuditReport {
  return auditArticle(articleOf([`= ${title} =`, ...lines].join('\n')));
}

/** The subject of the claim whose words are `text` (the first such claim). */
function subjectOf(report: AuditReport, text: string): string | null | undefined {
  return report.claims.find((c) => c.text === text)?.subject;
}

describe('measures of the genre', () => {
  it('reads killed and wounded together as casualties, in the infobox and in prose', () => {
    const r = audit([
      ...SPAIN_RIF,
      '- Casualties1: 2,270 killed and wounded',
      'The Riffians lost about 1,500 killed and wounded.',
    ]);
    expect(subjectOf(r, '2,270')).toBe('casualties · Kingdom of Spain');
    expect(subjectOf(r, 'about 1,500')).toBe('casualties · Republic of the Rif');
  });

  it('reads men captured as prisoners and ships sunk as ships lost', () => {
    const r = audit([...SPAIN_RIF, '- Casualties1: 500 killed, 17,000 captured, 2 gunboats sunk']);
    expect(subjectOf(r, '17,000')).toBe('prisoners · Kingdom of Spain');
    expect(subjectOf(r, '2')).toBe('gunboats lost · Kingdom of Spain');
  });

  it('counts arms apart when a Strength field gives several, and ships by their kind', () => {
    const r = audit([
      ...SPAIN_RIF,
      '- Strength1: some 28,000 infantry, 5,000 cavalry',
      '- Strength2: 2,500 cavalry',
      '- Casualties2: 7 ironclads, 20 unarmoured ships',
    ]);
    expect(subjectOf(r, 'some 28,000')).toBe('strength (infantry) · Kingdom of Spain');
    expect(subjectOf(r, '5,000')).toBe('strength (cavalry) · Kingdom of Spain');
    expect(subjectOf(r, '2,500')).toBe('strength · Republic of the Rif');
    expect(subjectOf(r, '7')).toBe('ironclads · Republic of the Rif');
    expect(subjectOf(r, '20')).toBe('ships · Republic of the Rif');
    expect(r.conflicts).toEqual([]);
  });

  it('counts horsemen as cavalry and squadrons as squadrons, never as the army', () => {
    const r = audit([
      ...SPAIN_RIF,
      '- Strength1: 37,000',
      'Silvestre led a dozen squadrons of hussars, and the Spanish cavalry, some 18,000 horsemen in all, charged.',
    ]);
    expect(subjectOf(r, 'a dozen')).toBe('squadrons · Kingdom of Spain');
    expect(subjectOf(r, 'some 18,000')).toBe('strength (cavalry) · Kingdom of Spain');
    expect(r.conflicts).toEqual([]);
  });
});

describe('sides of the genre', () => {
  it('knows a country by its people', () => {
    const r = audit(
      [
        '- Combatant1: Austrian Empire',
        '- Combatant2: Kingdom of Italy',
        'The Italians lost 612 men killed, while the Austrians lost 38 killed.',
      ],
      'Battle of Lissa',
    );
    expect(subjectOf(r, '612')).toBe('killed · Kingdom of Italy');
    expect(subjectOf(r, '38')).toBe('killed · Austrian Empire');
  });

  it('counts a side named by its own word, and men under a commander of one side', () => {
    const r = audit([
      ...SPAIN_RIF,
      'About 3,000 Riffians surrounded the camp.',
      'The survivors fell back, where some 3,000 soldiers under Felipe Navarro held out.',
    ]);
    expect(subjectOf(r, 'About 3,000')).toBe('strength · Republic of the Rif');
    expect(r.claims.filter((c) => c.text === 'some 3,000')[0]?.subject).toBe(
      'strength · Kingdom of Spain',
    );
  });

  it('does not take a place entered for the side of the figures after it', () => {
    const r = audit([
      ...SPAIN_RIF,
      'Silvestre pushed west into the Rif with a chain of small posts, many held by a few dozen men.',
    ]);
    expect(subjectOf(r, 'a few dozen')).toBe('strength · Kingdom of Spain');
  });

  it('gives the dead of a killing to the other side when there are two', () => {
    const r = audit([...SPAIN_RIF, 'The Riffians took the post of Abarrán, killing 179 soldiers.']);
    expect(subjectOf(r, '179')).toBe('killed · Kingdom of Spain');
  });

  it('leaves the garrison of one post unplaced', () => {
    const r = audit([
      ...SPAIN_RIF,
      '- Strength1: 20,000–25,000',
      'The Riffians surrounded the camp at Annual, which held some 5,000 Spanish troops.',
    ]);
    expect(subjectOf(r, 'some 5,000')).toBeNull();
    expect(r.conflicts).toEqual([]);
  });

  it('does not date a force by the day the paragraph began with', () => {
    const r = audit(
      [
        ...SPAIN_RIF,
        '- Strength2: 24,000',
        'The blockade began on 21 October 1921. The staff counted only 15,000 Riffians in the hills.',
      ],
      'Siege of Annual',
    );
    expect(subjectOf(r, '15,000')).toBe('strength · Republic of the Rif');
    expect(r.conflicts.map((c) => c.subject)).toContain('strength · Republic of the Rif');
  });
});

describe('scales, dates and durations of the genre', () => {
  it('reads heavy losses in prose as a scale of that side’s casualties', () => {
    const r = audit([
      ...SPAIN_RIF,
      'The Riffians inflicted heavy losses on the Spanish. Heavy fighting followed.',
    ]);
    const scales = r.claims.filter((c) => c.kind === 'scale');
    expect(scales.map((c) => [c.text, c.subject, c.value])).toEqual([
      ['heavy losses', 'casualties · Kingdom of Spain', { type: 'scale', level: 'heavy' }],
    ]);
  });

  it('gives a date in another calendar in brackets the subject of the date before it', () => {
    const r = audit(
      [
        '- Date: 12 September 1683',
        'The battle of Vienna was fought on 12 September 1683 (20 Ramazan 1094) on the Kahlenberg.',
      ],
      'Battle of Vienna',
    );
    expect(subjectOf(r, '20 Ramazan 1094')).toBe('date');
    expect(r.agreements.find((a) => a.subject === 'date')?.claims).toHaveLength(3);
  });

  it('sets a beginning or an end against the infobox Date', () => {
    const r = audit(
      [
        '- Date: 17–18 November 1877',
        'The blockade began on 21 October 1877.',
        'By 18 November the citadel had surrendered.',
      ],
      'Siege of Kars',
    );
    const begins = r.conflicts.find((c) => c.subject === 'date · begins');
    expect(begins?.claims).toHaveLength(2);
    expect(r.agreements.map((a) => a.subject)).toContain('date · ends');
  });

  it('compares durations in days', () => {
    const agree = audit(
      [
        '- Date: 3 March – 20 April 1895',
        'The siege lasted 48 days.',
        'The fort was besieged for seven weeks.',
      ],
      'Siege of Chitral',
    );
    expect(agree.conflicts).toEqual([]);
    expect(agree.agreements.map((a) => a.subject)).toContain('duration');
    const differ = audit(
      ['The siege lasted 12 days.', 'The fort was besieged for seven weeks.'],
      'Siege of Chitral',
    );
    expect(differ.conflicts.map((c) => c.subject)).toEqual(['duration']);
  });
});

describe('commanders of the genre', () => {
  it('keeps a title after a comma with its name', () => {
    const r = audit(
      [
        '- Combatant1: Holy Roman Empire',
        '- Commander1: Charles V, Duke of Lorraine, Ernst von Starhemberg',
      ],
      'Battle of Vienna',
    );
    expect(r.claims.filter((c) => c.kind === 'name').map((c) => c.text)).toEqual([
      'Charles V, Duke of Lorraine',
      'Ernst von Starhemberg',
    ]);
  });
});

describe('dates of the engagement in the genre', () => {
  it('reads a date after the time of day as leading its sentence', () => {
    const r = audit(
      ['- Date: 17–18 November 1877', 'By the morning of the 18th the citadel had surrendered.'],
      'Siege of Kars',
    );
    expect(subjectOf(r, 'the 18th')).toBe('date · ends');
  });

  it('does not end the siege when one named fort falls', () => {
    const r = audit(
      [
        '- Date: 17–18 November 1877',
        'On the evening of 17 November, five Russian columns moved on, and Fort Hafiz Pasha fell before midnight.',
      ],
      'Siege of Kars',
    );
    expect(subjectOf(r, '17 November')).toBeNull();
    expect(subjectOf(r, 'five')).toBeNull();
  });

  it('gives a duration to the engagement only when its own word stands in the clause', () => {
    const r = audit(
      [
        'The battle of Vienna was fought in 1683, after the army had besieged the city for two months.',
      ],
      'Battle of Vienna',
    );
    expect(subjectOf(r, 'two months')).toBeNull();
  });
});

describe('a third pass over unseen articles', () => {
  const PRUSSIA_AUSTRIA = [
    '- Date: 2–3 July 1866',
    '- Combatant1: Kingdom of Prussia',
    '- Combatant2: Austrian Empire',
    '- Casualties2: 4,700',
  ];

  it('reads a list of losses across its commas as casualties', () => {
    const r = audit(
      [
        ...PRUSSIA_AUSTRIA,
        '- Casualties1: 1,300 killed, wounded and missing',
        'On the 3rd, the Austrians lost 3,900 killed, wounded and missing.',
      ],
      'Battle of Trautenau',
    );
    expect(subjectOf(r, '1,300')).toBe('casualties · Kingdom of Prussia');
    expect(subjectOf(r, '3,900')).toBe('casualties · Austrian Empire · 3 July 1866');
  });

  it('keeps losses given kind by kind apart', () => {
    const r = audit(
      [...PRUSSIA_AUSTRIA, '- Casualties1: 500 killed, 800 wounded'],
      'Battle of Trautenau',
    );
    expect(subjectOf(r, '500')).toBe('killed · Kingdom of Prussia');
    expect(subjectOf(r, '800')).toBe('wounded · Kingdom of Prussia');
  });

  it('does not date a total by the day of the sentence before', () => {
    const r = audit(
      [
        ...PRUSSIA_AUSTRIA,
        'On the 3rd, the Austrians lost 3,900 men. In all the Austrians lost 5,800 men.',
      ],
      'Battle of Trautenau',
    );
    expect(subjectOf(r, '5,800')).toBe('casualties · Austrian Empire');
    expect(
      r.conflicts.some(
        (c) => c.subject === 'casualties · Austrian Empire' && c.claims.length === 2,
      ),
    ).toBe(true);
  });

  it('does not date losses "during the fighting" by the day of the sentence before', () => {
    const r = audit(
      [
        ...PRUSSIA_AUSTRIA,
        'On 2 July the Austrians held the village. The Austrians lost 900 men during the fighting.',
      ],
      'Battle of Trautenau',
    );
    expect(subjectOf(r, '900')).toBe('casualties · Austrian Empire');
  });
});

describe('whose figure it is, on unseen articles', () => {
  const VENICE_OTTOMANS = [
    '- Date: spring 1453',
    '- Combatant1: Republic of Venice',
    '- Combatant2: Ottoman Empire',
    '- Strength1: c. 1,000',
  ];

  it('does not give a figure to the side whose chroniclers report it', () => {
    const r = audit(
      [...VENICE_OTTOMANS, 'Venetian chroniclers put the besieging army at 20,000.'],
      'Siege of Novigrad',
    );
    expect(subjectOf(r, '20,000')).toBeNull();
    expect(r.conflicts).toEqual([]);
  });

  it('does not carry a side into a contrasting clause with its own subject', () => {
    const r = audit(
      [
        ...VENICE_OTTOMANS,
        'The Ottomans lost about 3,000 men, while the defenders lost fewer than 200.',
      ],
      'Siege of Novigrad',
    );
    expect(subjectOf(r, 'about 3,000')).toBe('casualties · Ottoman Empire');
    expect(subjectOf(r, 'fewer than 200')).toBeNull();
  });

  it('still reads a contrasting clause whose side is its own', () => {
    const r = audit(
      [
        ...VENICE_OTTOMANS,
        'The Ottomans lost about 3,000 men, while the Venetians lost fewer than 200.',
      ],
      'Siege of Novigrad',
    );
    expect(subjectOf(r, 'fewer than 200')).toBe('casualties · Republic of Venice');
  });
});

describe('the garrison is the side holding the place', () => {
  const KARS = [
    '- Date: 17–18 November 1877',
    '- Combatant1: Russian Empire',
    '- Combatant2: Ottoman Empire',
    '- Strength2: 24,000',
  ];

  it('gives the garrison to the side the other storms', () => {
    const r = audit(
      [
        ...KARS,
        'Russian columns stormed the fortress. The garrison numbered between 20,000 and 25,000 men.',
      ],
      'Siege of Kars',
    );
    expect(subjectOf(r, 'between 20,000 and 25,000')).toBe('strength · Ottoman Empire');
    expect(r.agreements.some((a) => a.subject === 'strength · Ottoman Empire')).toBe(true);
  });

  it('gives the garrison to the side named before it, and the besiegers to the other', () => {
    const r = audit(
      [
        ...KARS,
        'The Ottoman garrison held out. The garrison, some 400 men, sallied out.',
        'The besiegers lost 900 men.',
      ],
      'Siege of Kars',
    );
    expect(subjectOf(r, 'some 400')).toBe('strength · Ottoman Empire');
    expect(subjectOf(r, '900')).toBe('casualties · Russian Empire');
  });

  it('leaves the garrison unplaced when the article does not say whose it is, or it is a post’s', () => {
    const unclear = audit([...KARS, 'The garrison numbered 20,000 men.'], 'Siege of Kars');
    expect(subjectOf(unclear, '20,000')).toBeNull();
    const post = audit(
      [...KARS, 'The Ottoman garrison held out. The garrison of the redoubt numbered 300 men.'],
      'Siege of Kars',
    );
    expect(subjectOf(post, '300')).toBeNull();
  });
});

describe('a remnant is not a strength', () => {
  it('does not read the horsemen a commander escapes with as his side’s cavalry', () => {
    const r = audit(
      [
        '- Combatant1: Russian Empire',
        '- Combatant2: Ottoman Empire',
        'Hüseyin Pasha escaped with a few hundred horsemen toward Erzurum.',
        'The Ottomans marched with 5,000 horsemen toward Erzurum.',
      ],
      'Siege of Kars',
    );
    expect(subjectOf(r, 'a few hundred')).toBeNull();
    expect(subjectOf(r, '5,000')).toBe('strength (cavalry) · Ottoman Empire');
  });
});

describe('the dead named before their count', () => {
  it('reads “put the X dead at N” as the killed of X', () => {
    const r = audit(
      [
        '- Combatant1: Russian Empire',
        '- Combatant2: Taranchi Sultanate',
        '- Casualties2: 2,000+ killed',
        'Russian reports put the Taranchi dead at 1,200 to 1,500.',
      ],
      'Battle of Kuldja Pass',
    );
    expect(subjectOf(r, '1,200 to 1,500')).toBe('killed · Taranchi Sultanate');
    expect(r.conflicts.some((c) => c.subject === 'killed · Taranchi Sultanate')).toBe(true);
  });
});
