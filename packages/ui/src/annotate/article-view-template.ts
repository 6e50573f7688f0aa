import { html, nothing, type TemplateResult } from 'lit';
import type { Account, Citation, Claim, Conflict, Source, Subject } from '@apparatus/core';
import type { EditorReadyEvent } from '../article-editor.ts';
import '../article-editor.ts';
import '../claims/claim-list.ts';
import type { ClaimSelectDetail } from '../claims/claim-list.ts';
import type { ClaimChangeDetail, ClaimRemoveDetail } from '../claims/claim-inspector.ts';
import type { AttachCitationDetail } from './citation-dialog.ts';
import './claim-toolbar.ts';
import type { ClaimRequestDetail } from './claim-toolbar.ts';
import type { FlagDetail } from './flag-dialog.ts';
import { isMacPlatform, keyLabel } from './shortcuts.ts';
import type { Tone, ViewHandlers } from './view-handlers.ts';

/** What the Article view shows: its account, the stored rows it follows, and its own state. */
export interface ArticleViewState {
  readonly account: Account;
  readonly readOnly: boolean;
  readonly claims: readonly Claim[];
  readonly citations: readonly Citation[];
  readonly subjects: readonly Subject[];
  readonly sources: readonly Source[];
  readonly conflicts: readonly Conflict[];
  readonly selectedId: string | null;
  /** The selected claim's row, when it is known. */
  readonly selected: Claim | undefined;
  readonly unplaced: ReadonlySet<string>;
  readonly hasSelection: boolean;
  /** The claim a dialog is open for. */
  readonly target: Claim | null;
  readonly announce: { readonly text: string; readonly tone: Tone } | null;
  /** The article's year, for values typed without one. */
  readonly year: number | undefined;
}

/** Where the Article view's template sends what happens in it. */
export interface ArticleViewEvents {
  readonly handlers: ViewHandlers;
  readonly editorReady: (event: EditorReadyEvent) => void;
  readonly select: (event: CustomEvent<ClaimSelectDetail>) => void;
  readonly help: () => void;
}

/**
 * The Article view's markup (see `ArticleView`): the tools bar with "Claim tools", the help
 * button and the live region; the account's kind and title (`h1`) over the editor; beside them
 * the inspector (for a selected claim) over the "Claims" panel; and the three dialogs. Kept apart
 * from the element so that the element is only its wiring and state.
 */
export function articleViewTemplate(s: ArticleViewState, on: ArticleViewEvents): TemplateResult {
  const { handlers } = on;
  return html`
    <div class="article-layout">
      <article class="text-column" aria-labelledby="account-title">
        <div class="tools">
          <apx-claim-toolbar
            .claimId=${s.selectedId}
            .hasSelection=${s.hasSelection}
            .readOnly=${s.readOnly}
            @apx-flag-request=${(e: CustomEvent<ClaimRequestDetail>) =>
              handlers.request('flag', e.detail.claimId)}
            @apx-support-request=${(e: CustomEvent<ClaimRequestDetail>) =>
              handlers.request('support', e.detail.claimId)}
            @apx-cite-request=${(e: CustomEvent<ClaimRequestDetail>) =>
              handlers.request('cite', e.detail.claimId)}
          ></apx-claim-toolbar>
          <button type="button" class="help-button" aria-keyshortcuts="F1" @click=${on.help}>
            Keyboard shortcuts<kbd aria-hidden="true">${keyLabel('F1', isMacPlatform())}</kbd>
          </button>
          <p class="announce" aria-live="polite" data-tone=${s.announce?.tone ?? 'info'}>
            ${s.announce?.text ?? ''}
          </p>
        </div>
        <p class="kicker">${kindLabel(s.account)}</p>
        <h1 id="account-title" class="title">${s.account.title}</h1>
        <apx-article-editor
          .account=${s.account}
          .readOnly=${s.readOnly}
          .claims=${s.claims}
          @apx-editor-ready=${on.editorReady}
        ></apx-article-editor>
      </article>
      <div class="side-column">
        ${
          s.selected === undefined
            ? nothing
            : html`<apx-claim-inspector
                .claim=${s.selected}
                .claims=${s.claims}
                .subjects=${s.subjects}
                .citations=${s.citations}
                .sources=${s.sources}
                .conflicts=${s.conflicts}
                .year=${s.year}
                @apx-claim-change=${(e: CustomEvent<ClaimChangeDetail>) => handlers.change(e.detail)}
                @apx-claim-remove=${(e: CustomEvent<ClaimRemoveDetail>) => handlers.remove(e.detail)}
                @apx-claim-select=${on.select}
              ></apx-claim-inspector>`
        }
        <apx-claim-list
          .claims=${s.claims}
          .citations=${s.citations}
          .subjects=${s.subjects}
          .sources=${s.sources}
          .selectedId=${s.selectedId}
          .unplaced=${s.unplaced}
          @apx-claim-select=${on.select}
        ></apx-claim-list>
      </div>
    </div>
    <apx-flag-dialog
      .claimText=${s.target?.quote.exact ?? ''}
      @apx-flag=${(e: CustomEvent<FlagDetail>) => handlers.flag(e.detail)}
    ></apx-flag-dialog>
    <apx-citation-dialog
      .sources=${s.sources}
      .claimId=${s.target?.id ?? ''}
      .claimText=${s.target?.quote.exact ?? ''}
      @apx-citation-attach=${(e: CustomEvent<AttachCitationDetail>) => handlers.attach(e.detail)}
    ></apx-citation-dialog>
    <apx-shortcuts-help></apx-shortcuts-help>
  `;
}

/** The kicker above the title: what kind of text this is. */
function kindLabel(account: Account): string {
  switch (account.kind) {
    case 'article':
      return 'Article under review';
    case 'revision':
      return 'Revision';
    case 'source-text':
      return "A source's own text";
  }
}
