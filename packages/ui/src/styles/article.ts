import { css } from 'lit';

/**
 * The article as a reader sees it: a serif text face at a readable measure with generous
 * leading, headings clearly ranked, the infobox set off like an encyclopedia's (key | value in two
 * columns). The essential ProseMirror rules (`white-space: pre-wrap` etc.) are restated here
 * because the UI imports nothing from prosemirror — not even its stylesheet.
 *
 * Book scale: every top-level block gets `content-visibility: auto` with an intrinsic size, so
 * the browser lays out and paints only what is near the viewport (ARCHITECTURE.md measured 3×
 * faster opening and keystrokes 87 → 24 ms p50 on a 6 MB document).
 */
export const articleStyles = css`
  :host {
    display: block;
    font-family: var(--apx-font-text);
    color: var(--apx-ink);
  }

  .error {
    font-family: var(--apx-font-ui);
    font-size: 0.9rem;
    color: var(--apx-error);
    border-left: 3px solid var(--apx-error);
    padding: var(--apx-space-2) var(--apx-space-3);
    background: var(--apx-accent-soft);
  }

  /* ProseMirror's own essentials (prosemirror-view/style/prosemirror.css). */
  .ProseMirror {
    position: relative;
    word-wrap: break-word;
    white-space: pre-wrap;
    white-space: break-spaces;
    font-variant-ligatures: none;
    font-feature-settings: 'liga' 0;
    outline: none;
  }
  .ProseMirror pre {
    white-space: pre-wrap;
  }
  .ProseMirror li {
    position: relative;
  }
  .ProseMirror-hideselection *::selection {
    background: transparent;
  }
  .ProseMirror-hideselection {
    caret-color: transparent;
  }
  .ProseMirror [draggable][contenteditable='false'] {
    user-select: text;
  }
  .ProseMirror-selectednode {
    outline: 2px solid var(--apx-focus);
  }
  img.ProseMirror-separator {
    display: inline !important;
    border: none !important;
    margin: 0 !important;
  }

  /*
   * The text. Prose keeps a readable measure; the infobox floats to the right of it, as in an
   * encyclopedia, and blocks beside it narrow (each block is its own formatting context, a side
   * effect of content-visibility, so lines do not run under the box).
   */
  .ProseMirror {
    --apx-infobox-width: 19rem;
    display: flow-root;
    font-size: 1.125rem;
    line-height: 1.7;
    hyphens: auto;
    font-kerning: normal;
    caret-color: var(--apx-accent);
  }

  .ProseMirror:focus-visible {
    outline: none;
  }

  .text:focus-within {
    box-shadow: -0.75rem 0 0 -0.6rem var(--apx-focus);
  }

  /* Book scale: only blocks near the viewport are laid out and painted. */
  .ProseMirror > .apx-block {
    content-visibility: auto;
    contain-intrinsic-size: auto 6lh;
  }

  .ProseMirror p {
    max-width: var(--apx-measure);
    margin: 0 0 1em;
  }

  /*
   * The article's title line is the page's h1 (the shell shows the account's title above the
   * text), so it is not shown a second time inside the text.
   */
  .ProseMirror .apx-title {
    display: none;
  }

  /* The stray caption line of the seed ("Bukharan PSR") heads the infobox, as in an encyclopedia. */
  .ProseMirror .apx-caption {
    box-sizing: border-box;
    float: right;
    clear: right;
    width: var(--apx-infobox-width);
    margin: 0.35em 0 0 var(--apx-space-6);
    padding: 0.45rem 0.9rem;
    background: #ebe6d8;
    border: 1px solid var(--apx-rule-strong);
    border-bottom: none;
    font-family: var(--apx-font-ui);
    font-size: 0.85rem;
    font-weight: 600;
    text-align: center;
    color: var(--apx-ink-soft);
  }

  .ProseMirror .apx-caption + .apx-infobox {
    margin-top: 0;
  }

  .ProseMirror .apx-caption:not(:has(+ .apx-infobox)) {
    border-bottom: 1px solid var(--apx-rule-strong);
    margin-bottom: 1em;
  }

  /* The infobox: a two-column key | value block, set off from the prose. */
  .ProseMirror .apx-infobox {
    box-sizing: border-box;
    float: right;
    clear: right;
    width: var(--apx-infobox-width);
    margin: 0 0 1.25em var(--apx-space-6);
    padding: 0.3rem 0;
    background: var(--apx-infobox);
    border: 1px solid var(--apx-rule-strong);
    font-family: var(--apx-font-ui);
    font-size: 0.85rem;
    line-height: 1.45;
    hyphens: manual;
  }

  .ProseMirror .apx-field {
    display: grid;
    grid-template-columns: 6.6rem minmax(0, 1fr);
    gap: 0.6rem;
    padding: 0.28rem 0.8rem;
  }

  .ProseMirror .apx-field + .apx-field {
    border-top: 1px solid var(--apx-rule);
  }

  .ProseMirror .apx-field dt {
    font-weight: 600;
    color: var(--apx-ink-soft);
    overflow-wrap: anywhere;
    user-select: none;
  }

  .ProseMirror .apx-field dd {
    margin: 0;
    color: var(--apx-ink);
  }

  /* Headings, ranked: the article's == sections == and === subsections ===. */
  .ProseMirror .apx-heading {
    font-weight: 400;
    line-height: 1.3;
    color: var(--apx-ink);
    hyphens: manual;
  }

  .ProseMirror .apx-heading[data-level='1'] {
    font-size: 1.8rem;
    margin: 1.4em 0 0.6em;
  }

  .ProseMirror .apx-heading[data-level='2'] {
    font-size: 1.5rem;
    margin: 1.5em 0 0.55em;
    padding-bottom: 0.2em;
    border-bottom: 1px solid var(--apx-rule);
  }

  .ProseMirror .apx-heading[data-level='3'] {
    font-size: 1.22rem;
    font-weight: 600;
    margin: 1.3em 0 0.4em;
  }

  .ProseMirror .apx-heading:not([data-level='1']):not([data-level='2']):not([data-level='3']) {
    font-size: 1.05rem;
    font-weight: 600;
    margin: 1.2em 0 0.3em;
  }

  .ProseMirror ul,
  .ProseMirror ol {
    max-width: var(--apx-measure);
    margin: 0 0 1em;
    padding-left: 1.5em;
  }

  .ProseMirror li {
    margin: 0.15em 0;
  }

  .ProseMirror li > p {
    margin: 0;
  }

  .ProseMirror a {
    color: #1f4e8c;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  /* On a narrow screen the infobox stops floating and heads the text. */
  @media (max-width: 48rem) {
    .ProseMirror .apx-caption,
    .ProseMirror .apx-infobox {
      float: none;
      width: auto;
      margin-left: 0;
    }
  }

  /* Claims: a quiet underline; its style says the kind, its colour the status (issue 4). */
  .ProseMirror .apx-claim,
  .ProseMirror [data-claim] {
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: color-mix(in srgb, var(--apx-accent) 55%, transparent);
    text-decoration-thickness: 1.5px;
    text-underline-offset: 0.2em;
  }

  /* Once the stored claims are known, each claim's decoration span draws it instead: the line's
     style says the kind (date dashed, figure dotted, scale or outcome wavy, others solid), its
     colour the status; a disputed claim is heavier and tinted, a refuted one struck through. */
  .ProseMirror .apx-claim:has(.apx-claim-status) {
    text-decoration-line: none;
  }
  .ProseMirror .apx-claim-status {
    text-decoration-line: underline;
    text-decoration-style: solid;
    text-decoration-color: color-mix(in srgb, var(--apx-accent) 45%, transparent);
    text-decoration-thickness: 1.5px;
    text-underline-offset: 0.2em;
  }
  .ProseMirror .apx-claim-status[data-kind='date'] {
    text-decoration-style: dashed;
  }
  .ProseMirror .apx-claim-status[data-kind='quantity'] {
    text-decoration-style: dotted;
  }
  .ProseMirror .apx-claim-status[data-kind='scale'],
  .ProseMirror .apx-claim-status[data-kind='outcome'] {
    text-decoration-style: wavy;
    text-decoration-thickness: 1px;
  }
  .ProseMirror .apx-claim-status[data-status='supported'] {
    text-decoration-color: var(--apx-ok);
  }
  .ProseMirror .apx-claim-status[data-status='disputed'] {
    text-decoration-color: var(--apx-error);
    text-decoration-thickness: 2px;
    background: color-mix(in srgb, var(--apx-error) 15%, transparent);
    color: var(--apx-error);
  }
  .ProseMirror .apx-claim-status[data-status='refuted'] {
    text-decoration-line: underline line-through;
    text-decoration-color: var(--apx-error);
  }
  /* In conflict with another claim (or offering alternatives): an amber wash and a mark before
     it; the reason is the span's title (shown on hover) and its aria-description. */
  .ProseMirror .apx-conflict {
    background: color-mix(in srgb, #c98a12 16%, transparent);
    box-shadow: inset 0 -0.12em 0 color-mix(in srgb, #c98a12 55%, transparent);
    cursor: help;
  }
  .ProseMirror .apx-conflict[data-status='disputed'] {
    background: color-mix(in srgb, var(--apx-error) 12%, #fdf1d6);
  }
`;
