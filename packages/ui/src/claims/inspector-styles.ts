import { css } from 'lit';
import { fieldStyles, statusWordStyles, toolButtonStyles } from '../styles/controls.ts';

/**
 * The inspector's look: a reading column, the claim's words in the text's serif with their
 * context muted, small labels for the tool's facts, the status a small bordered word.
 */
const inspectorSheet = css`
  :host {
    display: block;
    font-family: var(--apx-font-ui);
    font-size: 0.875rem;
    color: var(--apx-ink-soft);
  }
  section[part='inspector'] {
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule);
    border-radius: var(--apx-radius);
    padding: var(--apx-space-3) var(--apx-space-4);
  }
  h2 {
    margin: 0 0 var(--apx-space-2);
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--apx-ink-muted);
  }
  h3 {
    margin: var(--apx-space-4) 0 var(--apx-space-2);
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--apx-ink-soft);
  }
  blockquote {
    margin: 0 0 var(--apx-space-3);
    font-family: var(--apx-font-text);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--apx-ink);
  }
  .context {
    color: var(--apx-ink-muted);
  }
  mark {
    background: var(--apx-accent-soft);
    color: var(--apx-ink);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem var(--apx-space-3);
    margin: 0 0 var(--apx-space-3);
  }
  dt {
    color: var(--apx-ink-muted);
    font-size: 0.75rem;
  }
  dd {
    margin: 0;
    color: var(--apx-ink);
  }
  label {
    font-weight: 600;
    font-size: 0.75rem;
    color: var(--apx-ink-soft);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--apx-space-2);
    margin: var(--apx-space-2) 0;
  }
  .reading,
  .empty,
  .when,
  .missing {
    margin: 0;
    color: var(--apx-ink-muted);
    font-size: 0.8rem;
  }
  .error {
    margin: 0;
    color: var(--apx-error);
    font-size: 0.8rem;
  }
  .reason {
    margin: var(--apx-space-1) 0;
    font-family: var(--apx-font-text);
    color: var(--apx-ink);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--apx-space-2);
    margin-top: var(--apx-space-2);
  }
  button {
    font-size: 0.8rem;
  }
  button.danger {
    color: var(--apx-error);
  }
  button.link {
    border: 0;
    padding: 0;
    color: var(--apx-focus);
    text-decoration: underline;
    background: none;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .citation {
    border-top: 1px solid var(--apx-infobox);
    padding: var(--apx-space-2) 0;
  }
  .reference {
    margin: 0 0 var(--apx-space-1);
    color: var(--apx-ink);
  }
  .source-words {
    border-left: 3px solid var(--apx-rule);
    padding-left: var(--apx-space-2);
    font-size: 0.9rem;
  }
`;

/** The inspector's sheet after the shared fields, status word and tool buttons it uses. */
export const inspectorStyles = [fieldStyles, statusWordStyles, toolButtonStyles, inspectorSheet];
