import type { CslData } from '@apparatus/core';
import { citationJs } from './engine.ts';
import type { ReferenceStyle } from './style.ts';
import { htmlToRuns, type TextRun } from './runs.ts';

/**
 * A reference as citeproc formats it, in a form the UI can show without HTML: the plain text
 * (for copying, search and accessible names) and the same text as runs marking italics.
 * `error` is set when citeproc could not format the record; `text` then falls back to a plain
 * description so the list never shows a blank.
 */
export interface FormattedReference {
  readonly text: string;
  readonly runs: readonly TextRun[];
  readonly error?: string;
}

/** CSL name variables: citeproc wants arrays of name objects and warns on the console otherwise. */
const NAME_FIELDS = [
  'author',
  'editor',
  'translator',
  'container-author',
  'collection-editor',
  'composer',
  'director',
  'interviewer',
  'recipient',
  'reviewed-author',
];
/** CSL date variables: citeproc wants `{ 'date-parts' }` or `{ literal }` objects. */
const DATE_FIELDS = ['issued', 'accessed', 'event-date', 'original-date', 'submitted'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanNames(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : [{ literal: value }];
  if (!Array.isArray(value)) return undefined;
  const names = value.filter(isObject);
  return names.length > 0 ? names : undefined;
}

function cleanDate(value: unknown): unknown {
  if (!isObject(value)) return undefined;
  const parts = value['date-parts'];
  if (Array.isArray(parts) && parts.every((part) => Array.isArray(part))) return value;
  if (typeof value['literal'] === 'string') return { literal: value['literal'] };
  return undefined;
}

/**
 * A copy of a user's record that citeproc reads without warnings or crashes: empty fields
 * dropped, names and dates in the shapes citeproc expects (a name given as a string becomes a
 * literal name), an id and a type always present.
 */
function sanitize(csl: CslData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(csl)) {
    const clean = NAME_FIELDS.includes(field)
      ? cleanNames(value)
      : DATE_FIELDS.includes(field)
        ? cleanDate(value)
        : value;
    if (clean === null || clean === undefined || clean === '') continue;
    out[field] = clean;
  }
  out['id'] = typeof csl.id === 'string' && csl.id !== '' ? csl.id : 'item';
  out['type'] = typeof csl.type === 'string' && csl.type !== '' ? csl.type : 'document';
  return out;
}

function fallback(csl: CslData, error: string): FormattedReference {
  const title = typeof csl.title === 'string' ? csl.title : '';
  const text = title !== '' ? title : '(unformattable record)';
  return { text, runs: [{ text, italic: false }], error };
}

/**
 * Formats one record as a reference-list entry with citeproc, Chicago author-date unless APA
 * is asked for. A record with missing fields formats as far as it goes ("Kutay, Cemal. n.d.");
 * marking what is missing is the UI's job (`missingFields` in core). Never throws: a record
 * citeproc chokes on comes back with `error` set.
 */
export function formatReference(
  csl: CslData,
  style: ReferenceStyle = 'chicago-author-date',
): FormattedReference {
  try {
    const html = citationJs().output.format('bibliography', [sanitize(csl)], {
      format: 'html',
      template: style,
      lang: 'en-US',
    });
    const runs = htmlToRuns(html);
    const text = runs.map((run) => run.text).join('');
    if (text === '') return fallback(csl, 'citeproc produced no text');
    return { text, runs };
  } catch (error) {
    return fallback(csl, error instanceof Error ? error.message : String(error));
  }
}
