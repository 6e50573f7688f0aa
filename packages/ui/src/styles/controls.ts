import { css } from 'lit';

/**
 * The controls the UI's elements share, one copy each so that a form field, a status word or a
 * tool button looks the same wherever it stands: in a dialog, the claim inspector, the claims
 * panel or the claim toolbar. An element lists the pieces it uses in its `static styles`, before
 * its own sheet (which may then adjust a size).
 */

/** A labelled form field: the label above the control, a red border on a field that is invalid. */
export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--apx-space-1);
    margin-bottom: var(--apx-space-3);
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
`;

/**
 * A claim's status as a small bordered word (`.status[data-status]`): disputed and refuted in the
 * error colour, supported in the ok colour. The word is always there, so colour is never alone.
 */
export const statusWordStyles = css`
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
`;

/** A plain tool button: the surface colour, a hairline border, the UI face. */
export const toolButtonStyles = css`
  button {
    font: inherit;
    color: var(--apx-ink);
    background: var(--apx-surface);
    border: 1px solid var(--apx-rule-strong);
    border-radius: var(--apx-radius);
    padding: var(--apx-space-1) var(--apx-space-3);
    cursor: pointer;
  }
`;

/**
 * The look every dialog shares (with {@link fieldStyles}, which it includes): a plain sheet on a dimmed page, labels above fields,
 * errors in the error colour beside the field they concern, the primary button in the accent.
 * Colours come from the tokens, which pass WCAG AA on the surface colour.
 */
const dialogSheet = css`
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
  label,
  legend {
    font-weight: 600;
    font-size: 0.8rem;
    color: var(--apx-ink-soft);
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

/** A dialog's look: {@link fieldStyles} and the dialog sheet. */
export const dialogStyles = [fieldStyles, dialogSheet];
