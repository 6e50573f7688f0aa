import { newId } from '../ids.ts';
import type { Citation, CslName, Source, Stance } from '../source.ts';
import { STANCES } from '../source.ts';

/** The fields of the "Attach citation" dialog an error can point at. */
export type CitationField = 'source' | 'stance' | 'author' | 'title';

/**
 * A validated value, or a message for the reader together with the field it belongs to, so a
 * dialog can show the message beside that field. Assignable to `Parsed<T>`.
 */
export type FieldChecked<T> =
  { readonly value: T } | { readonly error: string; readonly field: CitationField };

/** What a reader typed into "Attach citation"; every text is taken as typed (trimmed). */
export interface CitationDraft {
  readonly claimId: string;
  /** The chosen source's id; empty when none was chosen. */
  readonly sourceId: string;
  /** Page, chapter, folio… free text ("p. 212", "ch. 3"); may be empty. */
  readonly locator: string;
  /** The source's own words; may be empty. */
  readonly quote: string;
  /** One of {@link STANCES}; arrives as text from a `<select>`, hence `string`. */
  readonly stance: string;
  /** The value as the source gives it ("7,000"); may be empty. */
  readonly value?: string;
  readonly now: string;
}

/** Narrows text from a form to a {@link Stance}. */
export function isStance(text: string): text is Stance {
  return (STANCES as readonly string[]).includes(text);
}

/**
 * Builds a citation from the dialog's fields. A citation without a source is not a citation, so
 * that is an error; so is a stance outside {@link STANCES}. The locator is free text because
 * historians cite folios, columns and archive signatures no schema foresees.
 */
export function newCitation(draft: CitationDraft): FieldChecked<Citation> {
  const sourceId = draft.sourceId.trim();
  if (sourceId === '')
    return { error: 'Choose the source this citation comes from.', field: 'source' };
  if (!isStance(draft.stance)) {
    return { error: `The stance must be one of: ${STANCES.join(', ')}.`, field: 'stance' };
  }
  return {
    value: {
      id: newId(),
      claimId: draft.claimId,
      sourceId,
      locator: draft.locator.trim(),
      quote: draft.quote.trim(),
      stance: draft.stance,
      value: (draft.value ?? '').trim(),
      createdAt: draft.now,
    },
  };
}

/**
 * A CSL name from what a person typed: "Kutay, Cemal" is family, given; a single word is a
 * family name; anything else is kept whole as a literal, because guessing which word of
 * "Cemal Kutay" or "Ahmed Zeki Velidi Togan" is the family name would invent a fact.
 */
export function nameFromText(text: string): CslName {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const comma = trimmed.indexOf(',');
  if (comma > 0) {
    const family = trimmed.slice(0, comma).trim();
    const given = trimmed.slice(comma + 1).trim();
    return given === '' ? { family } : { family, given };
  }
  if (!trimmed.includes(' ')) return { family: trimmed };
  return { literal: trimmed };
}

/** The two fields a source made inside "Attach citation" asks for. */
export interface InlineSourceDraft {
  readonly author: string;
  readonly title: string;
  readonly now: string;
}

/**
 * A source made without leaving "Attach citation": only an author and a title, the rest left
 * empty for the Sources view to complete (and shown there as missing — nothing is invented).
 * It needs at least one of the two, or nobody could tell later which source it was.
 */
export function newInlineSource(draft: InlineSourceDraft): FieldChecked<Source> {
  const author = draft.author.trim();
  const title = draft.title.trim().replace(/\s+/g, ' ');
  if (author === '' && title === '') {
    return { error: 'A new source needs at least an author or a title.', field: 'author' };
  }
  const id = newId();
  return {
    value: {
      id,
      csl: {
        id,
        type: 'document',
        ...(title === '' ? {} : { title }),
        ...(author === '' ? {} : { author: [nameFromText(author)] }),
      },
      category: null,
      composed: '',
      perspective: '',
      reliability: '',
      via: [],
      createdAt: draft.now,
      updatedAt: draft.now,
    },
  };
}
