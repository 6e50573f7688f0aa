import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Account,
  Citation,
  Claim,
  Source,
  Subject,
  SubjectOverrides,
  SynopticRow,
  Unsubscribe,
  WorkspacePort,
} from '@apparatus/core';
import { failureMessage } from '../autosave.ts';
import { WatchController } from '../watch-controller.ts';
import {
  buildCompareModel,
  counterpartIndex,
  revisionPairOf,
  type CompareModel,
  type CompareRow,
  type RevisionPartner,
} from './compare-model.ts';

/** The model, with what the view derives from it once per build rather than once per render. */
export interface CurrentModel {
  readonly model: CompareModel;
  /** Each synopsis row's printable row, for sorting and filtering by the core. */
  readonly byRow: ReadonlyMap<SynopticRow, CompareRow>;
  /** The counterparts of each claim, for parallel reading. */
  readonly counterparts: ReadonlyMap<string, readonly string[]>;
  /**
   * The accounts' revision pair, if one revises another: built with the model, so the revision
   * diff (a word diff of both whole texts) is not redone on every render of the view.
   */
  readonly revision:
    { readonly older: RevisionPartner; readonly newer: RevisionPartner } | undefined;
}

/**
 * What the Compare view is made of, followed live from the port: the accounts, subjects,
 * citations, sources, the reader's joins and splits, and the claims of the chosen accounts
 * (`watchClaims` per account, so a status set in the Article view or in another tab shows at
 * once). The model is built from them only when one of them changed — compared by identity,
 * and for the accounts only by what the comparison reads (id, title, text, what it revises), so
 * a save that changes nothing else does not rebuild it. Several values arriving before the host
 * renders make one rebuild, not one each.
 */
export class CompareData implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #accounts: WatchController<Account[]>;
  readonly #subjects: WatchController<Subject[]>;
  readonly #citations: WatchController<Citation[]>;
  readonly #sources: WatchController<Source[]>;
  readonly #overrides: WatchController<SubjectOverrides>;
  #port: WorkspacePort | undefined;
  /** The claims of each followed account, replaced (a new map) on every value. */
  #claims: ReadonlyMap<string, readonly Claim[]> = new Map();
  readonly #following = new Map<string, Unsubscribe>();
  #connected = false;
  #wanted: readonly string[] = [];
  #error = '';
  #cache: { key: readonly unknown[]; current: CurrentModel } | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    this.#accounts = new WatchController(host);
    this.#subjects = new WatchController(host);
    this.#citations = new WatchController(host);
    this.#sources = new WatchController(host);
    this.#overrides = new WatchController(host);
    host.addController(this);
  }

  /** Follows `port` (the workspace context may hand a new one). */
  connect(port: WorkspacePort): void {
    if (port === this.#port) return;
    this.#port = port;
    this.#accounts.follow(port.watchAccounts());
    this.#subjects.follow(port.watchSubjects());
    this.#citations.follow(port.watchCitations());
    this.#sources.follow(port.watchSources());
    this.#overrides.follow(port.watchSubjectOverrides());
    this.#stopClaims();
    this.#syncClaims();
  }

  /** The workspace's accounts (oldest first), or undefined before they were read. */
  get accounts(): readonly Account[] | undefined {
    return this.#accounts.value;
  }

  /** The reader's stored joins and splits. */
  get overrides(): SubjectOverrides {
    return this.#overrides.value ?? {};
  }

  /** What reading claims failed with, for the view to say; empty when nothing failed. */
  get error(): string {
    return this.#error;
  }

  /**
   * Follows the claims of exactly these accounts from now on (the host calls it before each
   * render with the chosen ones); accounts no longer chosen are let go.
   */
  followClaims(accountIds: readonly string[]): void {
    this.#wanted = accountIds;
    this.#syncClaims();
  }

  /**
   * The model of `chosen` (at least two accounts whose claims have arrived), rebuilt only when
   * an input changed; undefined while something is still being read.
   */
  model(chosen: readonly Account[]): CurrentModel | undefined {
    const accounts = chosen.filter((a) => this.#claims.has(a.id));
    const subjects = this.#subjects.value;
    if (accounts.length < 2 || subjects === undefined) return undefined;
    const citations = this.#citations.value ?? [];
    const sources = this.#sources.value ?? [];
    const overrides = this.overrides;
    const key = [
      ...accounts.flatMap((a) => [a.id, a.title, a.text, a.revisionOf, this.#claims.get(a.id)]),
      subjects,
      citations,
      sources,
      overrides,
    ];
    const old = this.#cache;
    if (old && old.key.length === key.length && old.key.every((k, i) => k === key[i]))
      return old.current;
    const model = buildCompareModel({
      accounts,
      claims: this.#claims,
      subjects,
      citations,
      sources,
      overrides,
    });
    const byRow = new Map(model.synopsis.rows.map((row, i) => [row, model.rows[i]!]));
    const counterparts = counterpartIndex(model.synopsis);
    const revision = revisionPairOf(accounts, (id) => this.#claims.get(id));
    this.#cache = { key, current: { model, byRow, counterparts, revision } };
    return this.#cache.current;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#syncClaims();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopClaims();
  }

  #syncClaims(): void {
    const port = this.#port;
    const wanted = new Set(this.#connected && port ? this.#wanted : []);
    let dropped = false;
    for (const [id, stop] of this.#following) {
      if (wanted.has(id)) continue;
      stop();
      this.#following.delete(id);
      dropped = true;
    }
    if (dropped) {
      const kept = new Map(this.#claims);
      for (const id of kept.keys()) if (!this.#following.has(id)) kept.delete(id);
      this.#claims = kept;
    }
    if (!port) return;
    for (const id of wanted) {
      if (this.#following.has(id)) continue;
      // Set before subscribing: a stream may answer at once, inside `subscribe`.
      this.#following.set(id, () => undefined);
      const stop = port.watchClaims(id).subscribe(
        (claims) => {
          if (!this.#following.has(id)) return;
          this.#claims = new Map(this.#claims).set(id, claims);
          this.#error = '';
          this.#host.requestUpdate();
        },
        (reason) => {
          this.#error = failureMessage(reason);
          this.#host.requestUpdate();
        },
      );
      if (this.#following.has(id)) this.#following.set(id, stop);
      else stop();
    }
  }

  #stopClaims(): void {
    for (const stop of this.#following.values()) stop();
    this.#following.clear();
    this.#claims = new Map();
  }
}
