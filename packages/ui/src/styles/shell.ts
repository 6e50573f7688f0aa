import { css } from 'lit';

/**
 * The shell's layout and chrome: a quiet top bar in the UI face and the view below it (the
 * Article view lays out its own columns, in `annotate/article-view-styles.ts`). No framework
 * look: native controls, styled only as far as they need to be legible and clearly focusable.
 */
export const shellStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--apx-paper);
  }

  [hidden] {
    display: none !important;
  }

  .bar {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--apx-space-2) var(--apx-space-3);
    padding: var(--apx-space-2) var(--apx-space-6);
    background: var(--apx-surface);
    border-bottom: 1px solid var(--apx-rule);
    font-size: 0.875rem;
  }

  .brand {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    font-family: var(--apx-font-text);
    font-size: 1.25rem;
    font-weight: 600;
    letter-spacing: 0.01em;
    color: var(--apx-ink);
  }

  .brand-mark {
    color: var(--apx-accent);
    font-weight: 400;
  }

  .views {
    display: flex;
    gap: var(--apx-space-1);
  }

  .views button {
    font: inherit;
    color: var(--apx-ink-soft);
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--apx-radius);
    padding: 0.35rem 0.75rem;
    white-space: nowrap;
    cursor: pointer;
  }

  .views button:hover {
    color: var(--apx-ink);
    background: var(--apx-infobox);
  }

  .views button[aria-pressed='true'] {
    color: var(--apx-ink);
    border-color: var(--apx-rule-strong);
    background: var(--apx-paper);
    font-weight: 600;
  }

  .status {
    margin: 0 0 0 auto;
    color: var(--apx-ink-muted);
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    white-space: nowrap;
  }

  .status::before {
    content: '';
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--apx-rule-strong);
  }

  .status[data-state='saved']::before {
    background: var(--apx-ok);
  }

  .status[data-state='unsaved']::before,
  .status[data-state='saving']::before {
    background: #b7791f;
  }

  .status[data-state='failed'] {
    color: var(--apx-error);
    white-space: normal;
    max-width: 40ch;
  }

  .status[data-state='failed']::before {
    background: var(--apx-error);
  }

  .banner {
    margin: 0;
    padding: var(--apx-space-2) var(--apx-space-6);
    background: var(--apx-accent-soft);
    color: var(--apx-accent);
    border-bottom: 1px solid var(--apx-rule);
    font-size: 0.9rem;
  }

  .main {
    padding: var(--apx-space-8) var(--apx-space-6) var(--apx-space-8);
  }

  .sources {
    display: block;
    max-width: 64rem;
    margin: 0 auto;
  }

  .notice {
    max-width: var(--apx-measure);
    margin: 2rem auto;
    color: var(--apx-ink-soft);
  }
`;
