import { css } from 'lit';

/**
 * The Article view's layout: the text in a readable column with the claim tools pinned above it
 * (under the app's bar), and beside it a sticky column holding the inspector (when a claim is
 * selected) over the Claims panel, which takes the rest of the screen's height.
 */
export const articleViewStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .article-layout {
    display: grid;
    grid-template-columns: minmax(0, 52rem) minmax(16rem, 23rem);
    justify-content: center;
    gap: var(--apx-space-6);
    align-items: start;
  }
  .text-column {
    min-width: 0;
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule);
    border-radius: var(--apx-radius);
    padding: 0 var(--apx-space-8) 3rem;
  }
  .tools {
    position: sticky;
    /* Tucked under the app's bar (which is drawn above it), so no text shows between the two. */
    top: 2.5rem;
    z-index: 1;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: var(--apx-space-1) var(--apx-space-4);
    margin: 0 calc(-1 * var(--apx-space-8)) var(--apx-space-6);
    padding: var(--apx-space-2) var(--apx-space-8);
    background: var(--apx-surface);
    border-bottom: 1px solid var(--apx-rule);
    border-radius: var(--apx-radius) var(--apx-radius) 0 0;
  }
  .help-button {
    font: inherit;
    font-size: 0.8rem;
    color: var(--apx-ink-soft);
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--apx-radius);
    padding: var(--apx-space-1) var(--apx-space-2);
    cursor: pointer;
  }
  .help-button:hover {
    border-color: var(--apx-rule-strong);
  }
  .help-button kbd {
    font-family: var(--apx-font-mono);
    font-size: 0.75rem;
    border: 1px solid var(--apx-rule-strong);
    border-radius: 3px;
    padding: 0 0.3em;
    margin-inline-start: 0.3em;
  }
  .announce {
    grid-column: 1 / -1;
    margin: 0;
    min-height: 1.2em;
    font-size: 0.8rem;
    color: var(--apx-ink-muted);
  }
  .announce[data-tone='error'] {
    color: var(--apx-error);
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
    top: 4rem;
    display: flex;
    flex-direction: column;
    gap: var(--apx-space-3);
    height: calc(100vh - 5.5rem);
    min-height: 24rem;
  }
  .side-column apx-claim-inspector {
    flex: 0 1 auto;
    max-height: 62%;
    overflow: auto;
    border-radius: var(--apx-radius);
  }
  .side-column apx-claim-list {
    flex: 1 1 12rem;
    min-height: 12rem;
    --apx-claims-height: 100%;
  }
  @media (max-width: 60rem) {
    .article-layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .side-column {
      position: static;
      height: auto;
    }
    .side-column apx-claim-list {
      --apx-claims-height: 70vh;
    }
  }
`;
