import { css } from 'lit';

/**
 * The shell's layout and chrome: a quiet top bar in the UI face, the article in a readable
 * column on the left, the claims panel on the right. No framework look: native controls, styled
 * only as far as they need to be legible and clearly focusable.
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
    gap: var(--apx-space-6);
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

  .article-layout {
    display: grid;
    grid-template-columns: minmax(0, 52rem) minmax(15rem, 19rem);
    justify-content: center;
    gap: var(--apx-space-8);
    align-items: start;
  }

  .text-column {
    min-width: 0;
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule);
    border-radius: var(--apx-radius);
    padding: var(--apx-space-8) var(--apx-space-8) 3rem;
  }

  .kicker {
    margin: 0 0 var(--apx-space-1);
    font-size: 0.75rem;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--apx-ink-muted);
  }

  .title {
    margin: 0 0 var(--apx-space-4);
    padding-bottom: var(--apx-space-2);
    border-bottom: 1px solid var(--apx-rule);
    font-family: var(--apx-font-text);
    font-weight: 400;
    font-size: 2.1rem;
    line-height: 1.2;
    color: var(--apx-ink);
  }

  .side-column {
    position: sticky;
    top: 4.5rem;
  }

  .claims {
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule);
    border-radius: var(--apx-radius);
    font-size: 0.875rem;
    color: var(--apx-ink-soft);
  }

  .claims h2 {
    margin: 0;
    padding: var(--apx-space-3) var(--apx-space-4);
    border-bottom: 1px solid var(--apx-rule);
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--apx-ink-muted);
  }

  .claims p {
    margin: 0;
    padding: var(--apx-space-4);
    line-height: 1.5;
  }

  .sources {
    display: block;
    max-width: 64rem;
    margin: 0 auto;
  }

  .coming {
    max-width: var(--apx-measure);
    margin: 0 auto;
    font-family: var(--apx-font-text);
    font-size: 1.1rem;
    line-height: 1.6;
    color: var(--apx-ink-soft);
  }

  .coming h1 {
    font-weight: 400;
    font-size: 2rem;
    color: var(--apx-ink);
  }

  .notice {
    max-width: var(--apx-measure);
    margin: 2rem auto;
    color: var(--apx-ink-soft);
  }

  @media (max-width: 60rem) {
    .article-layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .side-column {
      position: static;
    }
    .text-column {
      padding: var(--apx-space-4);
    }
  }
`;
