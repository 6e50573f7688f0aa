import {
  SOURCE_CATEGORIES,
  newId,
  sourceLabel,
  type CslData,
  type CslName,
  type Source,
  type SourceCategory,
} from '@apparatus/core';

/** The text of every field of the source dialog, as typed. */
export interface SourceFormValues {
  readonly author: string;
  readonly title: string;
  readonly year: string;
  readonly publisher: string;
  readonly url: string;
  /** '' for "not set", else a {@link SourceCategory}. */
  readonly category: string;
  readonly knownVia: string;
  readonly composed: string;
  readonly perspective: string;
  readonly reliability: string;
}

/** The fields that can be wrong, each with the sentence shown beside it. */
export type SourceFormErrors = Partial<
  Record<'year' | 'url' | 'knownVia' | 'category' | 'form', string>
>;

/** An empty form, for "Add source". */
export const EMPTY_SOURCE_FORM: SourceFormValues = {
  author: '',
  title: '',
  year: '',
  publisher: '',
  url: '',
  category: '',
  knownVia: '',
  composed: '',
  perspective: '',
  reliability: '',
};

/** Separates several authors, or several "known via" sources, in one textbox. */
const LIST_SEPARATOR = ';';

/** One name as the Author box shows it: "Kutay, Cemal", or the literal name. */
function nameText(name: CslName): string {
  if (name.literal !== undefined && name.literal.trim() !== '') return name.literal;
  if (name.family !== undefined && name.given !== undefined && name.given !== '')
    return `${name.family}, ${name.given}`;
  return name.family ?? name.given ?? '';
}

/**
 * Reads the Author box: names separated by ";", each "Family, Given" or "Given Family" (the last
 * word is the family name) or a single word (a family name only: "Mazarof").
 */
export function parseAuthors(text: string): CslName[] {
  return text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '')
    .map((part): CslName => {
      const comma = part.indexOf(',');
      if (comma >= 0) {
        const family = part.slice(0, comma).trim();
        const given = part.slice(comma + 1).trim();
        return given === '' ? { family } : { family, given };
      }
      const words = part.split(' ');
      const family = words.pop() ?? part;
      return words.length === 0 ? { family } : { family, given: words.join(' ') };
    });
}

function yearOf(csl: CslData): string {
  const first = csl.issued?.['date-parts']?.[0]?.[0];
  if (first !== undefined) return String(first);
  return csl.issued?.literal ?? '';
}

/** Fills the form from a stored source, for "Edit source". */
export function formValuesOf(source: Source, sources: readonly Source[]): SourceFormValues {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return {
    author: (source.csl.author ?? []).map(nameText).join(`${LIST_SEPARATOR} `),
    title: typeof source.csl.title === 'string' ? source.csl.title : '',
    year: yearOf(source.csl),
    publisher: typeof source.csl.publisher === 'string' ? source.csl.publisher : '',
    url: typeof source.csl.URL === 'string' ? source.csl.URL : '',
    category: source.category ?? '',
    knownVia: source.via
      .map((id) => byId.get(id))
      .filter((s): s is Source => s !== undefined)
      .map(sourceLabel)
      .join(`${LIST_SEPARATOR} `),
    composed: source.composed,
    perspective: source.perspective,
    reliability: source.reliability,
  };
}

function checkYear(year: string): string | undefined {
  if (year === '') return undefined;
  if (!/^\d{1,4}$/.test(year) || Number(year) === 0)
    return 'Year must be a year, like 1956 (or leave it empty).';
  return undefined;
}

function checkUrl(url: string): string | undefined {
  if (url === '') return undefined;
  const message = 'URL must be a web address starting with http:// or https://.';
  if (!/^https?:\/\//i.test(url)) return message;
  try {
    new URL(url);
  } catch {
    return message;
  }
  return undefined;
}

/** Finds the sources named in "Known via", by their label, case-insensitively. */
function resolveVia(
  text: string,
  sources: readonly Source[],
  selfId: string | undefined,
): { ids: string[] } | { error: string } {
  const ids: string[] = [];
  for (const raw of text.split(LIST_SEPARATOR)) {
    const name = raw.trim();
    if (name === '') continue;
    const matches = sources.filter(
      (s) => sourceLabel(s).toLocaleLowerCase() === name.toLocaleLowerCase(),
    );
    if (matches.length === 0)
      return { error: `No source is called “${name}”. Add it first, or leave Known via empty.` };
    if (matches.length > 1)
      return { error: `Several sources are called “${name}”; give them distinct titles first.` };
    const [match] = matches;
    if (match === undefined) continue;
    if (match.id === selfId) return { error: 'A source cannot be known via itself.' };
    if (!ids.includes(match.id)) ids.push(match.id);
  }
  return { ids };
}

function isCategory(value: string): value is SourceCategory {
  return (SOURCE_CATEGORIES as readonly string[]).includes(value);
}

/** The outcome of reading the form: the source to save, or the errors to show inline. */
export type SourceFormResult = { readonly source: Source } | { readonly errors: SourceFormErrors };

/**
 * Reads the dialog into a {@link Source}: validates Year (a year) and URL (http or https),
 * resolves "Known via" to existing sources, and refuses a record with neither author nor title.
 * When editing, every CSL field the form does not show (type, place, DOI, a full date whose year
 * is unchanged…) is kept as it was. User input: never throws.
 */
export function sourceFromForm(
  raw: SourceFormValues,
  sources: readonly Source[],
  existing: Source | undefined,
  now: string = new Date().toISOString(),
): SourceFormResult {
  const values = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, v.trim()]),
  ) as unknown as SourceFormValues;
  const errors: SourceFormErrors = {};
  const yearError = checkYear(values.year);
  if (yearError !== undefined) errors.year = yearError;
  const urlError = checkUrl(values.url);
  if (urlError !== undefined) errors.url = urlError;
  if (values.category !== '' && !isCategory(values.category))
    errors.category = 'Choose primary, secondary or tertiary.';
  const via = resolveVia(values.knownVia, sources, existing?.id);
  if ('error' in via) errors.knownVia = via.error;
  if (values.author === '' && values.title === '')
    errors.form = 'Give at least an author or a title.';
  if (Object.keys(errors).length > 0 || 'error' in via) return { errors };

  const id = existing?.id ?? newId();
  const csl: Record<string, unknown> = { ...(existing?.csl ?? { type: 'document' }), id };
  const set = (field: string, value: unknown): void => {
    if (value === undefined || value === '') delete csl[field];
    else csl[field] = value;
  };
  const authors = parseAuthors(values.author);
  set('author', authors.length > 0 ? authors : undefined);
  set('title', values.title);
  const keepIssued = existing !== undefined && yearOf(existing.csl) === values.year;
  if (!keepIssued)
    set('issued', values.year === '' ? undefined : { 'date-parts': [[Number(values.year)]] });
  set('publisher', values.publisher);
  set('URL', values.url);
  const source: Source = {
    id,
    csl: csl as CslData,
    category: isCategory(values.category) ? values.category : null,
    composed: values.composed,
    perspective: values.perspective,
    reliability: values.reliability,
    via: via.ids,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  return { source };
}

/**
 * Names of sources matching what is being typed in "Known via" (the part after the last ";"),
 * names that start with it first, at most `limit`. Offered as buttons under the textbox: an
 * `<input list>` would turn the textbox into a combobox, and ARCHITECTURE.md names it a textbox.
 */
export function viaSuggestions(text: string, labels: readonly string[], limit = 6): string[] {
  const typed = (text.split(LIST_SEPARATOR).pop() ?? '').trim().toLocaleLowerCase();
  if (typed === '') return [];
  const starts: string[] = [];
  const contains: string[] = [];
  for (const label of labels) {
    const lower = label.toLocaleLowerCase();
    if (lower === typed) return [];
    if (lower.startsWith(typed)) starts.push(label);
    else if (lower.includes(typed)) contains.push(label);
  }
  return [...new Set([...starts, ...contains])].slice(0, limit);
}

/** "Known via" with its last, half-typed name replaced by `label`. */
export function chooseVia(text: string, label: string): string {
  const parts = text.split(LIST_SEPARATOR);
  parts[parts.length - 1] = parts.length > 1 ? ` ${label}` : label;
  return parts.join(LIST_SEPARATOR);
}
