import { css } from 'lit';

/**
 * The design tokens every element reads, as custom properties set once on the app's host (they
 * inherit through shadow roots). System font stacks only: the app works offline and downloads no
 * web font. A serif for the text under review, a sans for the tool around it, so a reader always
 * knows which words are the article's and which are the tool's.
 */
export const tokens = css`
  :host {
    --apx-font-text:
      'Iowan Old Style', 'Palatino Linotype', Palatino, 'Book Antiqua', Charter,
      'Bitstream Charter', Cambria, Georgia, 'Noto Serif', 'Liberation Serif', 'Times New Roman',
      serif;
    --apx-font-ui:
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans',
      'Helvetica Neue', Arial, sans-serif;
    --apx-font-mono: ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace;

    --apx-paper: #fbfaf6;
    --apx-surface: #ffffff;
    --apx-ink: #1f1d1a;
    --apx-ink-soft: #4a463f;
    --apx-ink-muted: #6b665c;
    --apx-rule: #dcd7cc;
    --apx-rule-strong: #b9b2a3;
    --apx-infobox: #f4f1e8;
    --apx-accent: #7a2e1f;
    --apx-accent-soft: #f3e6e1;
    --apx-focus: #1f5fbf;
    --apx-ok: #2f6b3a;
    --apx-error: #a3261b;

    --apx-measure: 68ch;
    --apx-radius: 4px;
    --apx-space-1: 0.25rem;
    --apx-space-2: 0.5rem;
    --apx-space-3: 0.75rem;
    --apx-space-4: 1rem;
    --apx-space-6: 1.5rem;
    --apx-space-8: 2rem;

    color: var(--apx-ink);
    font-family: var(--apx-font-ui);
  }
`;

/**
 * The visible focus ring every interactive control uses, and the one motion rule: nothing
 * animates for a reader who asked the system for reduced motion.
 */
export const focusAndMotion = css`
  :focus-visible {
    outline: 2px solid var(--apx-focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;
