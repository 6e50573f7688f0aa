import { css } from 'lit';
import { statusWordStyles } from '../styles/controls.ts';

/**
 * The claims panel's look: quiet, a serif for the article's words and a small sans label for the
 * tool's (status word, kind, count). Status colours are the tokens' ink, ok and error colours,
 * which pass WCAG AA on the surface; the status is also a word, never colour alone.
 */
const panelSheet = css`
  :host {
    display: block;
    font-family: var(--apx-font-ui);
    font-size: 0.875rem;
    color: var(--apx-ink-soft);
  }
  aside {
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule);
    border-radius: var(--apx-radius);
    height: var(--apx-claims-height, calc(100vh - 7rem));
    display: flex;
    flex-direction: column;
  }
  h2 {
    margin: 0;
    padding: var(--apx-space-3) var(--apx-space-4);
    border-bottom: 1px solid var(--apx-rule);
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--apx-ink-muted);
    display: flex;
    justify-content: space-between;
  }
  .count {
    font-weight: 400;
    letter-spacing: 0;
    text-transform: none;
  }
  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--apx-space-2);
    padding: var(--apx-space-2) var(--apx-space-4);
    border-bottom: 1px solid var(--apx-rule);
  }
  .filters label {
    display: flex;
    flex-direction: column;
    font-size: 0.75rem;
    color: var(--apx-ink-muted);
  }
  select {
    width: 100%;
    min-width: 0;
    font: inherit;
    font-size: 0.8rem;
    color: var(--apx-ink);
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule-strong);
    border-radius: var(--apx-radius);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.claims {
    flex: 1 1 auto;
    min-height: 6rem;
    overflow-y: auto;
  }
  li {
    width: 100%;
  }
  .item {
    display: block;
    width: 100%;
    text-align: start;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-bottom: 1px solid var(--apx-infobox);
    padding: var(--apx-space-2) var(--apx-space-4);
    cursor: pointer;
  }
  .item:hover {
    background: var(--apx-paper);
  }
  .item[aria-current='true'] {
    background: var(--apx-accent-soft);
    box-shadow: inset 3px 0 0 var(--apx-accent);
  }
  .item:focus-visible {
    outline-offset: -2px;
  }
  .text {
    display: block;
    font-family: var(--apx-font-text);
    font-size: 0.95rem;
    color: var(--apx-ink);
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    gap: var(--apx-space-2);
    margin-top: 0.15rem;
    color: var(--apx-ink-muted);
    font-size: 0.75rem;
  }
  .detached {
    border-top: 1px solid var(--apx-rule-strong);
    max-height: 35%;
    overflow-y: auto;
  }
  h3 {
    margin: var(--apx-space-2) var(--apx-space-4) 0;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--apx-ink-soft);
  }
  .hint,
  .empty {
    margin: var(--apx-space-1) var(--apx-space-4) var(--apx-space-2);
    font-size: 0.75rem;
    color: var(--apx-ink-muted);
    line-height: 1.5;
  }
  .context {
    color: var(--apx-ink-muted);
  }
  mark {
    background: var(--apx-accent-soft);
    color: var(--apx-ink);
    text-decoration: line-through;
  }
`;

/** The panel's sheet after the shared {@link statusWordStyles}. */
export const panelStyles = [statusWordStyles, panelSheet];
