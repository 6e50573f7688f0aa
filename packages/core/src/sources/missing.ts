import type { CslData } from '../source.ts';

/** The bibliographic fields whose absence the Sources view points out. */
export const REFERENCE_FIELDS = ['author', 'title', 'issued', 'publisher'] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

/** How each missing field is shown, so every view says it the same way. */
export const MISSING_FIELD_TEXT: Readonly<Record<ReferenceField, string>> = {
  author: 'no author known',
  title: 'no title known',
  issued: 'no year known',
  publisher: 'no publisher known',
};

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Which of the main reference fields a record lacks. The seed sources are deliberately
 * incomplete (the article names Cemal Kutay without a work), and the tool must say so rather
 * than let a formatted reference look complete.
 */
export function missingFields(csl: CslData): ReferenceField[] {
  const missing: ReferenceField[] = [];
  const names = csl.author ?? [];
  const hasAuthor = names.some(
    (name) => hasText(name.family) || hasText(name.given) || hasText(name.literal),
  );
  if (!hasAuthor) missing.push('author');
  if (!hasText(csl.title)) missing.push('title');
  const parts = csl.issued?.['date-parts']?.[0];
  const hasYear =
    (parts !== undefined && parts[0] !== undefined && String(parts[0]).trim() !== '') ||
    hasText(csl.issued?.literal);
  if (!hasYear) missing.push('issued');
  if (!hasText(csl.publisher)) missing.push('publisher');
  return missing;
}
