import type { Claim } from '@apparatus/core';
import type { ClaimChangeDetail, ClaimRemoveDetail } from '../claims/claim-inspector.ts';
import type { AnnotationActions } from './annotation-actions.ts';
import type { HistoryOutcome } from './annotation-history.ts';
import type { AttachCitationDetail } from './citation-dialog.ts';
import type { ToolbarAction } from './claim-toolbar.ts';
import type { FlagDetail } from './flag-dialog.ts';

/** How an announcement reads: news, or something that went wrong. */
export type Tone = 'info' | 'error';

/** What the handlers need of the Article view (the element implements it). */
export interface ViewHandlersHost {
  /** True while this tab may not write. */
  isReadOnly(): boolean;
  /** The actions on the mounted editor, or undefined before it is mounted. */
  actions(): AnnotationActions | undefined;
  /** The claim a dialog is open for. */
  target(): Claim | null;
  setTarget(claim: Claim): void;
  /** Selects a claim in the list and the inspector (null: none). */
  select(id: string | null): void;
  /** A claim's row: what this tab just wrote, else what the port last reported. */
  claimById(id: string): Claim | undefined;
  /** Keeps a row this tab just wrote until the port's watcher brings it back. */
  remember(claim: Claim): void;
  forget(id: string): void;
  /** Opens "Flag as disputed" or "Attach citation" for the target. */
  openDialog(kind: 'flag' | 'cite'): Promise<void>;
  say(text: string, tone?: Tone): void;
  focusEditor(): void;
}

/**
 * The Article view's answers to what the reader asks for — a toolbar button or shortcut, a
 * dialog's submit, the inspector's change or removal — turned into {@link AnnotationActions} and
 * an announcement in the view's live region. Failed writes are said, never thrown.
 */
export class ViewHandlers {
  readonly #host: ViewHandlersHost;

  constructor(host: ViewHandlersHost) {
    this.#host = host;
  }

  /** A toolbar button or shortcut: on the claim at the cursor, or one made from the selection. */
  async request(action: ToolbarAction, claimId: string | null): Promise<void> {
    const host = this.#host;
    const actions = host.actions();
    if (host.isReadOnly() || !actions) return;
    try {
      const target = await actions.targetClaim(claimId);
      if (!('value' in target)) return host.say(target.error, 'error');
      const claim = target.value;
      host.remember(claim);
      host.select(claim.id);
      host.setTarget(claim);
      if (action === 'support') {
        host.remember(await actions.support(claim));
        host.say(`Marked “${quoted(claim)}” as supported.`);
        return;
      }
      await host.openDialog(action === 'flag' ? 'flag' : 'cite');
    } catch (reason) {
      this.fail(reason);
    }
  }

  /** "Flag" in the flag dialog. */
  async flag(detail: FlagDetail): Promise<void> {
    const host = this.#host;
    const target = host.target();
    const actions = host.actions();
    if (!target || !actions) return;
    const claim = host.claimById(target.id) ?? target;
    try {
      const flagged = await actions.flag(claim, detail.reason);
      if ('value' in flagged) {
        host.remember(flagged.value);
        host.say(`Flagged “${quoted(claim)}” as disputed.`);
      } else host.say(flagged.error, 'error');
    } catch (reason) {
      this.fail(reason);
    }
  }

  /** "Attach" in the citation dialog. */
  async attach(detail: AttachCitationDetail): Promise<void> {
    const actions = this.#host.actions();
    if (!actions) return;
    try {
      await actions.attach(detail.citation, detail.newSource);
      this.#host.say('Citation attached.');
    } catch (reason) {
      this.fail(reason);
    }
  }

  /** The inspector changed a claim's status, value or subject. */
  async change(detail: ClaimChangeDetail): Promise<void> {
    const host = this.#host;
    const actions = host.actions();
    const before = host.claimById(detail.claim.id);
    if (host.isReadOnly() || !actions || !before) return;
    try {
      await actions.replaceClaim(before, detail.claim, 'Change claim', detail.newSubject);
      host.remember(detail.claim);
    } catch (reason) {
      this.fail(reason);
    }
  }

  /** The inspector's "Remove claim". */
  async remove(detail: ClaimRemoveDetail): Promise<void> {
    const host = this.#host;
    const actions = host.actions();
    const claim = host.claimById(detail.id);
    if (host.isReadOnly() || !actions || !claim) return;
    try {
      await actions.remove(claim);
      host.forget(claim.id);
      host.select(null);
      host.say(`Removed the claim “${quoted(claim)}”. Undo brings it back.`);
      host.focusEditor();
    } catch (reason) {
      this.fail(reason);
    }
  }

  /** Says what an undo or redo did (`verb`: "Undone" or "Redone"). */
  report(outcome: HistoryOutcome, verb: 'Undone' | 'Redone'): void {
    if (outcome.kind === 'annotation') this.#host.say(`${verb}: ${outcome.label}.`);
    else if (outcome.kind === 'refused') {
      this.#host.say(`Not ${verb.toLowerCase()}: ${outcome.label}. ${outcome.reason}`, 'error');
    }
  }

  /** Says a failed write in the port's own words. */
  fail(reason: unknown): void {
    const message =
      typeof reason === 'object' && reason !== null && 'message' in reason
        ? String((reason as { message: unknown }).message)
        : 'The change could not be saved.';
    this.#host.say(message, 'error');
  }
}

/** The longest quote an announcement repeats: a claim made from a paragraph is named, not recited. */
const QUOTE_IN_MESSAGE = 60;

/** A claim's words for an announcement, cut at a word boundary with an ellipsis when long. */
export function quoted(claim: Pick<Claim, 'quote'>): string {
  const words = claim.quote.exact.replace(/\s+/g, ' ').trim();
  if (words.length <= QUOTE_IN_MESSAGE) return words;
  const cut = words.slice(0, QUOTE_IN_MESSAGE);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_IN_MESSAGE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
