/**
 * Builds small accounts for the comparison tests without the article reader of `formats` (which
 * `core` may not import): an infobox of `- Key: Value` lines and paragraphs, every piece with its
 * offsets, and claims made by naming their words — never by counted offsets.
 */
import type { Article, ArticleBlock, InfoboxField, TextSpan } from '../../src/article.ts';
import type { ComparedAccount, ComparedClaim } from '../../src/compare/account.ts';
import type { ClaimKind } from '../../src/claim.ts';
import type { ClaimValue } from '../../src/values.ts';

/** Reads `= Title =`, `- Key: Value` lines and paragraphs (one per line) with their offsets. */
export function articleOf(text: string): Article {
  const lines: TextSpan[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start: at, end: at + line.length });
    at += line.length + 1;
  }
  const first = lines[0]!;
  const title: TextSpan = {
    text: first.text.slice(2, -2),
    start: first.start + 2,
    end: first.end - 2,
  };
  const fields: InfoboxField<TextSpan>[] = [];
  const blocks: ArticleBlock<TextSpan>[] = [];
  for (const line of lines.slice(1)) {
    const m = /^- ([^:]+): (.*)$/.exec(line.text);
    if (m) {
      const keyStart = line.start + 2;
      const valueStart = keyStart + m[1]!.length + 2;
      fields.push({
        key: { text: m[1]!, start: keyStart, end: keyStart + m[1]!.length },
        value: { text: m[2]!, start: valueStart, end: line.end },
      });
    } else if (line.text.trim() !== '') blocks.push({ type: 'paragraph', text: line });
  }
  return { title, text, blocks: [{ type: 'infobox', fields }, ...blocks] };
}

let next = 0;

/** What a test says about a claim: its words (the `nth` occurrence), kind, subject and value. */
export interface ClaimSpec {
  readonly words: string;
  readonly kind: ClaimKind;
  readonly subject: string | null;
  readonly value: ClaimValue | null;
  readonly field?: string;
  readonly nth?: number;
}

/** Makes the account's claims from specs, finding each claim's words in the text. */
export function accountOf(key: string, text: string, specs: readonly ClaimSpec[]): ComparedAccount {
  const article = articleOf(text);
  const claims = specs.map((s): ComparedClaim => {
    let start = -1;
    for (let n = 0; n <= (s.nth ?? 0); n += 1) start = text.indexOf(s.words, start + 1);
    if (start < 0) throw new Error(`“${s.words}” is not in the text`);
    const base = {
      id: `${key}-${(next += 1)}`,
      kind: s.kind,
      text: s.words,
      start,
      end: start + s.words.length,
      subject: s.subject,
      value: s.value,
    };
    return s.field === undefined ? base : { ...base, field: s.field };
  });
  return { key, title: article.title.text, name: key.toUpperCase(), article, claims };
}

/** A figure: `q(1500, 1500, true)` is "about 1,500"; null bounds are open. */
export const q = (min: number | null, max: number | null, approximate = false): ClaimValue => ({
  type: 'quantity',
  min,
  max,
  approximate,
});
/** A day or a period, ISO bounds. */
export const d = (earliest: string, latest: string = earliest): ClaimValue => ({
  type: 'date',
  calendar: 'gregorian',
  precision: 'day',
  earliest,
  latest,
});
/** A scale. */
export const s = (level: 'light' | 'moderate' | 'heavy'): ClaimValue => ({ type: 'scale', level });
/** A commander. */
export const n = (name: string): ClaimValue => ({ type: 'name', name });
/** An outcome or a place. */
export const t = (text: string): ClaimValue => ({ type: 'text', text });
