import type { CslData, CslName, Source } from '../source.ts';

/**
 * A name as a person would say it ("Cemal Kutay", "Mazarof"): given before family, or the
 * literal form. Used for labels and for duplicate keys, never for formatted references (citeproc
 * does those).
 */
export function displayName(name: CslName): string {
  if (name.literal !== undefined && name.literal.trim() !== '') return name.literal.trim();
  return [name.given, name.family]
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map((part) => part.trim())
    .join(' ');
}

/** The authors of a record as one phrase ("Cemal Kutay", "A and B"), or '' when none is known. */
export function authorsOf(csl: CslData): string {
  const names = (csl.author ?? []).map(displayName).filter((name) => name !== '');
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** CSL types whose untitled records read naturally as "X's report", "X's letter"… */
const UNTITLED_NOUNS: Readonly<Record<string, string>> = {
  report: 'report',
  personal_communication: 'letter',
  interview: 'interview',
  speech: 'speech',
  manuscript: 'manuscript',
};

/**
 * The short name a source goes by in chains, pickers and confirm dialogs: its title when it has
 * one; else, for an untitled report or letter, "Mazarof's report" (a description, not a title, so
 * nothing is invented in the CSL record); else its author; else "Untitled source".
 */
export function sourceLabel(source: Source): string {
  const title = typeof source.csl.title === 'string' ? source.csl.title.trim() : '';
  if (title !== '') return title;
  const author = authorsOf(source.csl);
  const noun = UNTITLED_NOUNS[source.csl.type];
  if (author !== '' && noun !== undefined) return `${author}'s ${noun}`;
  if (author !== '') return author;
  return 'Untitled source';
}
