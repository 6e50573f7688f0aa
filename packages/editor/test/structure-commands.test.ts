import { describe, expect, it } from 'vitest';
import { claimIndexOf } from '../src/claim-index-plugin.ts';
import {
  enterInField,
  exitEmptyListItem,
  joinGuardInField,
  liftFirstListItem,
} from '../src/structure-commands.ts';
import { claim, doc, field, infobox, li, list, p, title } from './builder.ts';
import { apply, stateAt } from './helpers.ts';

describe('infobox fields', () => {
  it('Enter moves to the next field instead of splitting one', () => {
    const state = apply(
      stateAt(doc(title('T'), infobox(field('Date', '19<a>22'), field('Place', 'Dushanbe')))),
      enterInField,
    )!;
    expect(
      state.doc.eq(doc(title('T'), infobox(field('Date', '1922'), field('Place', 'Dushanbe')))),
    ).toBe(true);
    expect(state.selection.$from.parent.attrs['key']).toBe('Place');
  });

  it('Enter in the last field leaves the infobox, making a paragraph when none follows', () => {
    const state = apply(stateAt(doc(title('T'), infobox(field('Date', '1922<a>')))), enterInField)!;
    expect(state.doc.eq(doc(title('T'), infobox(field('Date', '1922')), p()))).toBe(true);
    expect(state.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('Backspace at a field start and Delete at its end do not merge fields', () => {
    const d = doc(title('T'), infobox(field('Date', '1922'), field('Place', '<a>Dushanbe')));
    expect(apply(stateAt(d), joinGuardInField(-1))!.doc.eq(d)).toBe(true);
    const end = doc(title('T'), infobox(field('Date', '1922<a>'), field('Place', 'Dushanbe')));
    expect(apply(stateAt(end), joinGuardInField(1))!.doc.eq(end)).toBe(true);
    expect(
      apply(stateAt(doc(title('T'), infobox(field('Date', '19<a>22')))), joinGuardInField(-1)),
    ).toBeNull();
  });
});

describe('list items', () => {
  it('Enter in an empty item ends the list there, splitting it', () => {
    const state = apply(
      stateAt(doc(title('T'), list(li('one'), li('<a>'), li('two')))),
      exitEmptyListItem,
    )!;
    expect(state.doc.eq(doc(title('T'), list(li('one')), p(), list(li('two'))))).toBe(true);
    expect(state.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('Enter in a non-empty item is left to the base keymap', () => {
    expect(apply(stateAt(doc(title('T'), list(li('on<a>e')))), exitEmptyListItem)).toBeNull();
  });

  it('Backspace at the start of the first item lifts it out as a paragraph, with its claims', () => {
    const state = apply(
      stateAt(doc(title('T'), list(li('<a>', claim('c', 'Enver'), ' Pasha'), li('two')))),
      liftFirstListItem,
    )!;
    expect(state.doc.eq(doc(title('T'), p(claim('c', 'Enver'), ' Pasha'), list(li('two'))))).toBe(
      true,
    );
    const r = claimIndexOf(state).rangeOf('c')!;
    expect(state.doc.textBetween(r.from, r.to)).toBe('Enver');
    expect(claimIndexOf(state).detached.size).toBe(0);
  });
});
