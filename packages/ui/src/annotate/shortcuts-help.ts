import { LitElement, css, html, type TemplateResult } from 'lit';
import { focusAndMotion } from '../styles/tokens.ts';
import { dialogStyles } from '../styles/controls.ts';
import { FocusReturn, type FocusTarget } from './focus-return.ts';
import { SHORTCUTS, isMacPlatform, keyLabel } from './shortcuts.ts';

/**
 * `apx-shortcuts-help` — the modal dialog "Keyboard shortcuts", listing {@link SHORTCUTS} (the
 * same table the host binds, so the help cannot drift from the keys). Opened with `?` or F1;
 * Escape or "Close" closes it and focus returns where it came from.
 *
 * @fires apx-dialog-cancel - when the dialog closes
 * @csspart dialog - the `<dialog>` element
 */
export class ShortcutsHelp extends LitElement {
  static override properties = {
    mac: { type: Boolean },
  };

  static override styles = [
    focusAndMotion,
    dialogStyles,
    css`
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: start;
        padding: var(--apx-space-1) var(--apx-space-2);
        border-bottom: 1px solid var(--apx-rule);
        vertical-align: top;
      }
      th[scope='col'] {
        font-size: 0.75rem;
        color: var(--apx-ink-muted);
        font-weight: 600;
      }
      kbd {
        font-family: var(--apx-font-mono);
        font-size: 0.8rem;
        border: 1px solid var(--apx-rule-strong);
        border-radius: 3px;
        padding: 0 0.3em;
        background: var(--apx-paper);
        white-space: nowrap;
      }
    `,
  ];

  /** Show keys as on a Mac (⌘); defaults to the platform the page runs on. */
  declare mac: boolean;

  readonly #focus = new FocusReturn();

  constructor() {
    super();
    this.mac = isMacPlatform();
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  /** Opens the dialog with focus on "Close"; focus returns to `returnFocusTo` (or the caller). */
  async show(returnFocusTo?: FocusTarget | null): Promise<void> {
    this.#focus.remember(returnFocusTo);
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  }

  /** Closes the dialog. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  protected override render(): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose}>
      <h2 id="title">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          ${SHORTCUTS.map(
            (s) =>
              html`<tr>
                <td>
                  ${s.keys.map(
                    (keys, i) => html`${i > 0 ? ' or ' : ''}<kbd>${keyLabel(keys, this.mac)}</kbd>`,
                  )}
                </td>
                <td>${s.description}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint">
        In the Claims list, the arrow keys move between claims and Enter goes to one.
      </p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.close()}>Close</button>
      </div>
    </dialog>`;
  }

  #onClose(): void {
    this.dispatchEvent(new CustomEvent('apx-dialog-cancel', { bubbles: true, composed: true }));
    this.#focus.restore();
  }
}

customElements.define('apx-shortcuts-help', ShortcutsHelp);

declare global {
  interface HTMLElementTagNameMap {
    'apx-shortcuts-help': ShortcutsHelp;
  }
}
