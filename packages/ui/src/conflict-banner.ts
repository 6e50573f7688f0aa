import { css, html, nothing, type TemplateResult } from 'lit';
import { toolButtonStyles } from './styles/controls.ts';

/** What the editor tells the reader about another tab's save of the same account. */
export type ConflictNotice =
  /** Another tab saved first while this tab had unsaved edits: nothing of them was written. */
  | { readonly kind: 'conflict'; readonly busy: boolean; readonly error?: string }
  /** The edits were kept as a new account and the editor shows the other tab's version. */
  | { readonly kind: 'kept'; readonly title: string };

/**
 * The banner above the text when another tab saved this account while this tab had unsaved
 * edits. One way out, and it loses nothing: "Reload" first keeps this tab's text as a new
 * revision account, then shows the stored version. The words say both halves before the click.
 */
export function conflictBanner(
  notice: ConflictNotice | undefined,
  actions: { readonly reload: () => void; readonly dismiss: () => void },
): TemplateResult | typeof nothing {
  if (notice === undefined) return nothing;
  if (notice.kind === 'kept') {
    return html`<div class="conflict kept">
      <p>
        Your edits from this tab were kept as the account “${notice.title}”; the text below is the
        version saved in the other tab.
      </p>
      <button type="button" @click=${actions.dismiss}>Dismiss</button>
    </div>`;
  }
  return html`<div class="conflict" role="alert">
    <p>
      This account was changed in another tab. Your latest edits here are not saved, and nothing was
      overwritten. Reload shows the other tab's version, after keeping your edits as a new account.
    </p>
    ${notice.error === undefined ? nothing : html`<p class="error">${notice.error}</p>`}
    <button type="button" ?disabled=${notice.busy} @click=${actions.reload}>Reload</button>
  </div>`;
}

const conflictSheet = css`
  .conflict {
    font-family: var(--apx-font-ui);
    font-size: 0.9rem;
    border-left: 3px solid var(--apx-error);
    background: var(--apx-accent-soft);
    padding: var(--apx-space-2) var(--apx-space-3);
    margin: 0 0 var(--apx-space-3);
  }
  .conflict p {
    margin: 0 0 var(--apx-space-2);
  }
  .conflict.kept {
    border-left-color: var(--apx-ok);
    background: var(--apx-surface);
  }
`;

/**
 * How the banner looks: the app's notice colours, the UI face, above the article's text; its
 * buttons are the shared tool buttons (the editor's shadow root has no other buttons).
 */
export const conflictStyles = [toolButtonStyles, conflictSheet];
