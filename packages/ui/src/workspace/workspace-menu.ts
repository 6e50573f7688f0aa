import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { focusAndMotion } from '../styles/tokens.ts';
import './import-backup-dialog.ts';
import type { ImportBackupDialog } from './import-backup-dialog.ts';
import './integrity-dialog.ts';
import type { IntegrityDialog } from './integrity-dialog.ts';
import { flushEdits, type WorkspaceServices } from './services.ts';
import { backupFileName, messageOf } from './words.ts';

/** The menu's items, in order, with the names assistive tech and tests find them by. */
export const WORKSPACE_ACTIONS = {
  export: 'Export backup',
  import: 'Import backup',
  check: 'Check integrity',
} as const;
export type WorkspaceAction = keyof typeof WORKSPACE_ACTIONS;
const ACTIONS = Object.keys(WORKSPACE_ACTIONS) as WorkspaceAction[];

/**
 * `apx-workspace-menu` — the header's "Workspace" button and its menu: "Export backup" downloads
 * the whole workspace as `apparatus-backup-YYYY-MM-DD.json`; "Import backup" asks for a file and
 * then, in the "Import backup" dialog, says what importing it will replace before doing it;
 * "Check integrity" lists what is broken in plain words. A WAI-ARIA menu button: Enter, Space or
 * ArrowDown open it on the first item, arrows and Home/End move, Escape closes it and returns
 * focus to the button, a click elsewhere closes it.
 *
 * @fires apx-flush-edits - before an export, so the backup holds the last edit
 * @fires apx-workspace-replaced - re-fired from the import dialog after an import
 */
export class WorkspaceMenu extends LitElement {
  static override properties = {
    services: { attribute: false },
    _open: { state: true },
    _note: { state: true },
  };

  static override styles = [
    focusAndMotion,
    css`
      :host {
        position: relative;
        display: inline-block;
        font-family: var(--apx-font-ui);
        font-size: 0.875rem;
      }
      button {
        font: inherit;
        cursor: pointer;
      }
      #trigger {
        padding: 0.35rem 0.75rem;
        border: 1px solid var(--apx-rule-strong);
        border-radius: var(--apx-radius);
        background: var(--apx-surface);
        color: var(--apx-ink);
      }
      #trigger[aria-expanded='true'],
      #trigger:hover {
        background: var(--apx-infobox);
      }
      [role='menu'] {
        position: absolute;
        right: 0;
        top: calc(100% + 4px);
        z-index: 3;
        display: flex;
        flex-direction: column;
        min-width: 12rem;
        padding: var(--apx-space-1) 0;
        background: var(--apx-surface);
        border: 1px solid var(--apx-rule-strong);
        border-radius: var(--apx-radius);
        box-shadow: 0 0.4rem 1.2rem rgb(0 0 0 / 0.14);
      }
      [role='menu'][hidden] {
        display: none;
      }
      [role='menuitem'] {
        text-align: left;
        padding: var(--apx-space-2) var(--apx-space-4);
        border: 0;
        background: transparent;
        color: var(--apx-ink);
      }
      [role='menuitem']:hover,
      [role='menuitem']:focus-visible {
        background: var(--apx-accent-soft);
      }
      .note {
        position: absolute;
        right: 0;
        top: calc(100% + 4px);
        z-index: 2;
        width: max-content;
        max-width: 24rem;
        margin: 0;
        padding: var(--apx-space-2) var(--apx-space-3);
        background: var(--apx-surface);
        border: 1px solid var(--apx-rule);
        border-radius: var(--apx-radius);
        color: var(--apx-ink-soft);
      }
      .note {
        overflow-wrap: normal;
        word-break: keep-all;
      }
      .note[data-tone='error'] {
        color: var(--apx-error);
        border-color: var(--apx-error);
      }
      .note button {
        margin-left: var(--apx-space-2);
        padding: 0 var(--apx-space-2);
        border: 1px solid var(--apx-rule);
        border-radius: var(--apx-radius);
        background: var(--apx-surface);
      }
    `,
  ];

  /** The workspace operations (from the app); without them the menu says they are unavailable. */
  declare services: WorkspaceServices | undefined;
  declare _open: boolean;
  /** What the last action did (an export's file name, or why it failed). */
  declare _note: { readonly text: string; readonly tone: 'info' | 'error' } | null;

  constructor() {
    super();
    this.services = undefined;
    this._open = false;
    this._note = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.#onOutside, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onOutside, { capture: true });
  }

  protected override render(): TemplateResult {
    return html`
      <button
        type="button"
        id="trigger"
        aria-haspopup="menu"
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${this.#toggle}
        @keydown=${this.#onTriggerKey}
      >
        Workspace
      </button>
      <div
        id="menu"
        role="menu"
        aria-labelledby="trigger"
        ?hidden=${!this._open}
        @keydown=${this.#onMenuKey}
      >
        ${ACTIONS.map(
          (action) =>
            html`<button
              type="button"
              role="menuitem"
              tabindex="-1"
              data-action=${action}
              @click=${() => void this.#act(action)}
            >
              ${WORKSPACE_ACTIONS[action]}
            </button>`,
        )}
      </div>
      ${
        this._note && !this._open
          ? html`<p class="note" data-tone=${this._note.tone} aria-live="polite">
              ${this._note.text}
              <button type="button" @click=${() => (this._note = null)}>Dismiss</button>
            </p>`
          : nothing
      }
      <input
        type="file"
        accept=".json,application/json"
        hidden
        aria-hidden="true"
        tabindex="-1"
        @change=${this.#onFile}
      />
      <apx-import-backup-dialog
        .services=${this.services}
        @apx-export-backup=${() => void this.exportBackup()}
      ></apx-import-backup-dialog>
      <apx-integrity-dialog .services=${this.services}></apx-integrity-dialog>
    `;
  }

  /** Exports the workspace and starts the download of its backup file. */
  async exportBackup(): Promise<void> {
    const services = this.services;
    if (!services) {
      this._note = { text: 'Backups are not available here.', tone: 'error' };
      return;
    }
    const name = backupFileName(new Date());
    try {
      await flushEdits(this);
      const blob = await services.exportBackup();
      download(blob, name);
      this._note = { text: `Backup exported as ${name}. Keep it somewhere safe.`, tone: 'info' };
    } catch (reason) {
      this._note = {
        text: `The backup could not be made. ${messageOf(reason, 'Try again, or reload the page.')}`,
        tone: 'error',
      };
    }
  }

  async #act(action: WorkspaceAction): Promise<void> {
    this.#close(false);
    this._note = null;
    const trigger = this.#trigger();
    if (action === 'export') {
      await this.exportBackup();
    } else if (action === 'import') {
      const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) return;
      input.value = '';
      input.click();
      trigger?.focus();
    } else {
      await this.renderRoot.querySelector<IntegrityDialog>('apx-integrity-dialog')?.show(trigger);
    }
  }

  #onFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    void this.renderRoot
      .querySelector<ImportBackupDialog>('apx-import-backup-dialog')
      ?.show(file, this.#trigger());
  }

  #toggle(): void {
    if (this._open) this.#close(false);
    else void this.#openAt(0);
  }

  async #openAt(index: number): Promise<void> {
    this._open = true;
    await this.updateComplete;
    this.#focusItem(index);
  }

  #close(returnFocus: boolean): void {
    this._open = false;
    if (returnFocus) this.#trigger()?.focus();
  }

  #items(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  #trigger(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('#trigger');
  }

  #focusItem(index: number): void {
    const items = this.#items();
    if (items.length === 0) return;
    items[(index + items.length) % items.length]?.focus();
  }

  #onTriggerKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      void this.#openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      void this.#openAt(-1);
    }
  }

  #onMenuKey(event: KeyboardEvent): void {
    const items = this.#items();
    const active = this.shadowRoot?.activeElement;
    const current = items.findIndex((item) => item === active);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      this.#focusItem(to);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#close(true);
    } else if (event.key === 'Tab') {
      this.#close(false);
    }
  }

  readonly #onOutside = (event: Event): void => {
    if (this._open && !event.composedPath().includes(this)) this.#close(false);
  };
}

/** Hands `blob` to the browser as a download called `name`. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the URL as the download starts; freed well after, not at once (a revoke
  // in the same task can cancel a large download before it began).
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

customElements.define('apx-workspace-menu', WorkspaceMenu);

declare global {
  interface HTMLElementTagNameMap {
    'apx-workspace-menu': WorkspaceMenu;
  }
}
