/**
 * What kind of text a reader pasted or chose, so that the "Import account" dialog can read it or
 * say plainly why it cannot. Only the plain article format is read today; wikitext and Markdown
 * are recognised so the reader hears "not readable yet" instead of a confusing parse error.
 */

/** The formats the import recognises. `untitled` is article-like prose without a `= Title =` line. */
export const TEXT_FORMATS = ['article', 'untitled', 'wikitext', 'markdown'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** How each format is named to the reader. */
export const TEXT_FORMAT_NAMES: Readonly<Record<TextFormat, string>> = {
  article: 'article text',
  untitled: 'article text without a title line',
  wikitext: 'MediaWiki wikitext',
  markdown: 'Markdown',
};

const ARTICLE_TITLE = /^[ \t]*=[ \t]*[^=\s][^\n]*?[ \t]*=[ \t]*\r?$/;
const WIKITEXT =
  /\{\{\s*(infobox|cite|citation|sfn|reflist)|<ref[\s>]|\[\[[^\]\n]+\]\]|^'''[^'\n]+'''/im;
const MARKDOWN =
  /^#{1,6}[ \t]+\S|^\s*[-*][ \t]+\[[^\]]*\]\([^)]*\)|\[[^\]\n]+\]\([^)\s]+\)|^```|^\*\*[^*\n]+\*\*/m;

/**
 * Recognises a text's format from its first non-blank line and a few unmistakable marks:
 * `= Title =` opens an article; wikitext shows templates, `<ref>` or `[[links]]` (an article
 * never has them); Markdown shows `#` headings, `[text](url)` links or fences.
 */
export function detectTextFormat(text: string): TextFormat {
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  if (ARTICLE_TITLE.test(first) && !/^\s*==/.test(first)) return 'article';
  if (WIKITEXT.test(text)) return 'wikitext';
  if (MARKDOWN.test(text)) return 'markdown';
  return 'untitled';
}
