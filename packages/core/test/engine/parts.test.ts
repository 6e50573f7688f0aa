import { describe, expect, it } from 'vitest';
import { commanderNames, fieldRole } from '../../src/engine/infobox.ts';
import { buildSides, sideOfWord } from '../../src/engine/sides.ts';
import { eventFacts, placeDate, placeFigure, viewSentence } from '../../src/engine/subjects.ts';
import { sentencesOf, wordsOf } from '../../src/engine/text.ts';

describe('sentencesOf', () => {
  it('splits at stops followed by a capital, not after abbreviations or initials', () => {
    const text =
      'Some c. 1,500 men came. Gen. Frunze and A. Smith met on 12 January (O.S.) in Tashkent. Then 20 more.';
    const got = sentencesOf(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual([
      'Some c. 1,500 men came.',
      'Gen. Frunze and A. Smith met on 12 January (O.S.) in Tashkent.',
      'Then 20 more.',
    ]);
  });

  it('keeps offsets into the whole text when given a range', () => {
    const text = 'xx First one. Second one. yy';
    const got = sentencesOf(text, 3, 25);
    expect(got.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});

describe('fieldRole', () => {
  it('ties numbered fields to their combatant and never reads the digit as a claim', () => {
    expect(fieldRole('Strength2')).toEqual({ role: 'strength', side: 2 });
    expect(fieldRole('Casualties1')).toEqual({ role: 'casualties', side: 1 });
    expect(fieldRole('Commander2')).toEqual({ role: 'commander', side: 2 });
    expect(fieldRole('Partof')).toEqual({ role: 'name-of-war' });
    expect(fieldRole('Territory')).toEqual({ role: 'outcome', subject: 'territory' });
    expect(fieldRole('Date')).toEqual({ role: 'date' });
  });
});

describe('commanderNames', () => {
  it('reads the scraped "commanderKIA" as commander (KIA), one name per person', () => {
    const value = 'Unknown Soviet commanderKIA, Mazarof';
    const names = commanderNames(value);
    expect(names.map((n) => [value.slice(n.start, n.end), n.name, n.note])).toEqual([
      ['Unknown Soviet commanderKIA', 'Unknown Soviet commander', 'KIA'],
      ['Mazarof', 'Mazarof', undefined],
    ]);
  });

  it('splits on "and" and keeps bracketed notes', () => {
    const names = commanderNames('Enver Pasha (POW) and Ibrahim Bek');
    expect(names.map((n) => [n.name, n.note])).toEqual([
      ['Enver Pasha', 'POW'],
      ['Ibrahim Bek', undefined],
    ]);
  });
});

const sides = buildSides(
  new Map([
    [1, 'Basmachi Movement'],
    [2, 'Russian SFSR, Soviet Bukhara'],
  ]),
  new Map([
    [1, ['Enver Pasha']],
    [2, ['Unknown Soviet commander', 'Mazarof']],
  ]),
);

describe('sides', () => {
  it('maps family words and commanders to the combatant they belong to', () => {
    expect(sideOfWord('bolsheviks', sides)?.index).toBe(2);
    expect(sideOfWord('soviets', sides)?.index).toBe(2);
    expect(sideOfWord('rebels', sides)?.index).toBe(1);
    expect(sideOfWord("enver's", sides)?.index).toBe(1);
    expect(sideOfWord('town', sides)).toBeNull();
  });
});

const event = eventFacts('Siege of Dushanbe', 'Dushanbe, Soviet Union (now Tajikistan)');

/** Places the figure or date written between « and » in the sentence. */
function place(
  marked: string,
  kind: 'figure' | 'date',
  qualifier: string | null = null,
): string | null {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  const text = marked.replace('«', '').replace('»', '');
  const view = viewSentence(text, wordsOf(text, 0, text.length), sides, event);
  return kind === 'figure'
    ? placeFigure(view, start, end, '', { any: qualifier, day: qualifier })
    : placeDate(view, text, start);
}

describe('placing prose figures', () => {
  it('reads measure and side from the sentence', () => {
    expect(
      place('Enver Pasha’s forces, numbering around «1,500» men, captured four towns.', 'figure'),
    ).toBe('strength · Basmachi Movement');
    expect(place('They faced a Soviet force estimated at «7,000–8,000» troops.', 'figure')).toBe(
      'strength · Russian SFSR, Soviet Bukhara',
    );
    expect(place('«Seventy-two» Russian troops defected and joined the Basmachis.', 'figure')).toBe(
      'defected · Russian SFSR, Soviet Bukhara',
    );
    expect(
      place(
        'His troops seized 120 rifles, inflicting around «100» casualties on the Russian garrison.',
        'figure',
      ),
    ).toBe('casualties · Russian SFSR, Soviet Bukhara');
  });

  it('qualifies a figure by the part of the engagement the sentence is about', () => {
    expect(
      place(
        'On 7 February, the Soviets suffered over «100» casualties.',
        'figure',
        '7 February 1922',
      ),
    ).toBe('casualties · Russian SFSR, Soviet Bukhara · 7 February 1922');
  });

  it('leaves a figure unplaced when the side or the measure is unclear', () => {
    expect(place('His troops seized «120» rifles.', 'figure')).toBeNull();
    expect(place('The town had «3» gates.', 'figure')).toBeNull();
  });

  it('places a date only when a verb of the engagement governs it', () => {
    expect(place('The town was besieged on «28 January».', 'date')).toBe('date · begins');
    expect(
      place('The siege of Dushanbe took place in «February 1922» during the rebellion.', 'date'),
    ).toBe('date');
    expect(
      place('The siege occurred during an insurgency that lasted from «1916» to 1934.', 'date'),
    ).toBeNull();
    expect(
      place('«On 31 January», Soviet troops attempted to raid the village.', 'date'),
    ).toBeNull();
  });
});
