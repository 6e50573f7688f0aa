import { fail, ok } from '@apparatus/core';
import type { Article, ArticleBlock, InfoboxField, Parsed, TextSpan } from '@apparatus/core';
import { piecesOf, type ArticleLayout } from './layout.ts';

/**
 * Reads the plain article format of the seed:
 *
 * ```text
 * = Title =
 *
 * An optional caption line (directly above the infobox)
 * - Key: Value            ← infobox lines, before the first paragraph or heading
 *
 * A paragraph (one or more consecutive lines).
 *
 * == Section ==           ← level = number of `=` (2–6)
 * - item                  ← list items
 * ```
 *
 * Every piece keeps its offsets into `text` (the text exactly as given: CRLF line ends stay,
 * and a line's `\r` never belongs to a span), and the {@link ArticleLayout} keeps everything
 * between the pieces, so {@link writeArticle} gives the text back byte for byte.
 *
 * Never throws on user text: a text that is not an article gives an error a person can read.
 */
export function readArticle(text: string): Parsed<Article> {
  if (text.includes('\u0000'))
    return fail('This is not a text file: it contains binary data (NUL bytes).');
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length && lines[i]!.content.trim() === '') i += 1;
  const titleLine = lines[i];
  const titleMatch = titleLine && TITLE.exec(titleLine.content);
  if (!titleLine || !titleMatch) {
    const first = titleLine ? `“${shorten(titleLine.content)}”` : 'nothing';
    return fail(
      `The text has no title line: an article starts with a line like “= Siege of Dushanbe =”, but line ${i + 1} is ${first}.`,
    );
  }
  const span = (line: Line, from: number, to: number): TextSpan => ({
    text: text.slice(line.start + from, line.start + to),
    start: line.start + from,
    end: line.start + to,
  });
  const title = span(
    titleLine,
    titleMatch[1]!.length,
    titleMatch[1]!.length + titleMatch[2]!.length,
  );
  if (title.text === '') return fail('The title line “= … =” is empty: give the article a title.');
  i += 1;

  const blocks: ArticleBlock<TextSpan>[] = [];
  let seenBody = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const content = line.content;
    if (content.trim() === '') {
      i += 1;
      continue;
    }
    const heading = HEADING.exec(content);
    if (heading) {
      const from = heading[1]!.length + heading[2]!.length;
      blocks.push({
        type: 'heading',
        level: heading[1]!.length,
        text: span(line, from, from + heading[3]!.length),
      });
      seenBody = true;
      i += 1;
      continue;
    }
    if (!seenBody && (FIELD.test(content) || (isCaption(lines, i) && !ITEM.test(content)))) {
      if (!FIELD.test(content)) {
        blocks.push({
          type: 'caption',
          text: span(line, leading(content), content.trimEnd().length),
        });
        i += 1;
      }
      const fields: InfoboxField<TextSpan>[] = [];
      while (i < lines.length && FIELD.test(lines[i]!.content)) {
        const field = lines[i]!;
        const m = FIELD.exec(field.content)!;
        const keyFrom = m[1]!.length;
        const valueFrom = m[0].length;
        fields.push({
          key: span(field, keyFrom, keyFrom + m[2]!.length),
          value: span(field, valueFrom, field.content.trimEnd().length),
        });
        i += 1;
      }
      blocks.push({ type: 'infobox', fields });
      seenBody = true;
      continue;
    }
    if (ITEM.test(content)) {
      const items: TextSpan[] = [];
      while (i < lines.length && ITEM.test(lines[i]!.content)) {
        const item = lines[i]!;
        const m = ITEM.exec(item.content)!;
        items.push(span(item, m[0].length, item.content.trimEnd().length));
        i += 1;
      }
      blocks.push({ type: 'list', items });
      seenBody = true;
      continue;
    }
    // A paragraph: this line and the following ones up to a blank line, a heading or a list.
    const first = line;
    let last = line;
    i += 1;
    while (i < lines.length) {
      const next = lines[i]!.content;
      if (next.trim() === '' || HEADING.test(next) || ITEM.test(next)) break;
      last = lines[i]!;
      i += 1;
    }
    const from = first.start + leading(first.content);
    const to = last.start + last.content.trimEnd().length;
    blocks.push({ type: 'paragraph', text: { text: text.slice(from, to), start: from, end: to } });
    seenBody = true;
  }

  // The chrome is what lies between the pieces in the order writeArticle walks them (piecesOf).
  const chrome = chromeAround(text, piecesOf<TextSpan>({ title, blocks }));
  const layout: ArticleLayout = { kind: 'article-layout', chrome };
  return ok({ title, blocks, text, layout });
}

/** One line of the text: where its content starts, and its content without the line end. */
interface Line {
  readonly start: number;
  readonly content: string;
}

/** `= Title =`: one `=` either side (two or more make a section heading). */
const TITLE = /^(\s*=(?!=)\s*)(.*?)\s*=\s*$/;
const HEADING = /^(={2,6})(\s*)(.*?)\s*\1\s*$/;
/** `- Key: Value`: a key of letters, digits and spaces, no longer than a field name would be. */
const FIELD = /^(-\s+)([A-Za-z][A-Za-z0-9_ ]{0,39}?):[ \t]*/;
const ITEM = /^-\s+/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    lines.push({ start, content });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** A caption is a lone line directly above the infobox's first field. */
function isCaption(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && FIELD.test(next.content) && !HEADING.test(lines[i]!.content);
}

function leading(content: string): number {
  return content.length - content.trimStart().length;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** The text between consecutive spans (and before the first, after the last). */
function chromeAround(text: string, spans: readonly TextSpan[]): string[] {
  const chrome: string[] = [];
  let at = 0;
  for (const s of spans) {
    chrome.push(text.slice(at, s.start));
    at = s.end;
  }
  chrome.push(text.slice(at));
  return chrome;
}
