import { css } from 'lit';

/**
 * The inspector's look: a reading column, the claim's words in the text's serif with their
 * context muted, small labels for the tool's facts, the status a small bordered word.
 */
export const inspectorStyles = css`
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
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--apx-space-1);
    margin-bottom: var(--apx-space-3);
  }
  label {
    font-weight: 600;
    font-size: 0.75rem;
    color: var(--apx-ink-soft);
  }
  input,
  select {
    font: inherit;
    color: var(--apx-ink);
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule-strong);
    border-radius: var(--apx-radius);
    padding: var(--apx-space-1) var(--apx-space-2);
  }
  input[aria-invalid='true'] {
    border-color: var(--apx-error);
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
  .status {
    border: 1px solid currentColor;
    border-radius: 2px;
    padding: 0 0.3em;
    font-variant: small-caps;
    letter-spacing: 0.03em;
  }
  .status[data-status='disputed'],
  .status[data-status='refuted'] {
    color: var(--apx-error);
  }
  .status[data-status='supported'] {
    color: var(--apx-ok);
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
    font: inherit;
    font-size: 0.8rem;
    color: var(--apx-ink);
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule-strong);
    border-radius: var(--apx-radius);
    padding: var(--apx-space-1) var(--apx-space-3);
    cursor: pointer;
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
