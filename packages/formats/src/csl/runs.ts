/** A stretch of formatted text; the UI renders each as a text node, in `<i>` when italic. */
export interface TextRun {
  readonly text: string;
  readonly italic: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Turns citeproc's HTML for one entry into runs of plain text, so no HTML ever reaches the UI
 * (never as raw HTML in a template). Citeproc's HTML is a small fixed vocabulary: `<i>`, `<span
 * style="font-style:italic">` and `font-style:normal` (the flip inside an italic title), `<b>`,
 * `<div>`s around entries. Italic nesting is tracked as a stack; every other tag is dropped and
 * only its text kept. Adjacent runs of the same style are joined.
 */
export function htmlToRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const stack: (boolean | null)[] = [];
  const italicNow = (): boolean => {
    for (let i = stack.length - 1; i >= 0; i -= 1) {
      const entry = stack[i];
      if (entry !== null && entry !== undefined) return entry;
    }
    return false;
  };
  const push = (raw: string): void => {
    const text = decodeEntities(raw);
    if (text === '') return;
    const italic = italicNow();
    const last = runs[runs.length - 1];
    if (last !== undefined && last.italic === italic)
      runs[runs.length - 1] = { text: last.text + text, italic };
    else runs.push({ text, italic });
  };
  const tag = /<(\/?)([a-z]+)([^>]*)>/gi;
  let at = 0;
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    push(html.slice(at, match.index));
    at = match.index + match[0].length;
    const [, closing, name = '', attrs = ''] = match;
    const lower = name.toLowerCase();
    if (lower === 'br') continue;
    if (closing === '/') {
      stack.pop();
      continue;
    }
    if (lower === 'i' || lower === 'em') stack.push(true);
    else if (/font-style:\s*italic/i.test(attrs)) stack.push(true);
    else if (/font-style:\s*normal/i.test(attrs)) stack.push(false);
    else stack.push(null);
  }
  push(html.slice(at));
  return trimRuns(runs);
}

/** Drops the whitespace citeproc puts around entries (indentation, the final newline). */
function trimRuns(runs: TextRun[]): TextRun[] {
  const out = runs.map((run) => ({ ...run, text: run.text.replace(/\s*\n\s*/g, '') }));
  const first = out[0];
  if (first !== undefined) out[0] = { ...first, text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last !== undefined) out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out.filter((run) => run.text !== '');
}
