import { css } from 'lit';

/**
 * The look every annotation dialog shares: a plain sheet on a dimmed page, labels above fields,
 * errors in the error colour beside the field they concern, the primary button in the accent.
 * Colours come from the tokens, which pass WCAG AA on the surface colour.
 */
export const dialogStyles = css`
  dialog {
    font-family: var(--apx-font-ui);
    font-size: 0.9rem;
    color: var(--apx-ink);
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule-strong);
    border-radius: var(--apx-radius);
    padding: var(--apx-space-6);
    width: min(34rem, calc(100vw - 2rem));
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.18);
  }
  dialog::backdrop {
    background: rgb(31 29 26 / 0.35);
  }
  h2 {
    margin: 0 0 var(--apx-space-4);
    font-family: var(--apx-font-text);
    font-size: 1.2rem;
    font-weight: 600;
  }
  .claim {
    margin: 0 0 var(--apx-space-4);
    font-family: var(--apx-font-text);
    color: var(--apx-ink-soft);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--apx-space-1);
    margin-bottom: var(--apx-space-3);
  }
  label,
  legend {
    font-weight: 600;
    font-size: 0.8rem;
    color: var(--apx-ink-soft);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--apx-ink);
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule-strong);
    border-radius: var(--apx-radius);
    padding: var(--apx-space-1) var(--apx-space-2);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--apx-error);
  }
  fieldset {
    border: 1px solid var(--apx-rule);
    border-radius: var(--apx-radius);
    margin: 0 0 var(--apx-space-3);
    padding: var(--apx-space-3);
  }
  .error {
    color: var(--apx-error);
    font-size: 0.8rem;
    margin: 0;
  }
  .hint {
    color: var(--apx-ink-muted);
    font-size: 0.8rem;
    margin: 0;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--apx-space-2);
    margin-top: var(--apx-space-4);
  }
  button {
    font: inherit;
    border-radius: var(--apx-radius);
    padding: var(--apx-space-1) var(--apx-space-4);
    border: 1px solid var(--apx-rule-strong);
    background: var(--apx-surface);
    color: var(--apx-ink);
    cursor: pointer;
  }
  button.primary {
    background: var(--apx-accent);
    border-color: var(--apx-accent);
    color: #ffffff;
  }
`;
