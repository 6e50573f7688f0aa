import type { Article, DetectedClaim } from '@apparatus/core';

/** Asks the detection worker for the claims of one article. */
export interface DetectRequest {
  readonly id: number;
  readonly article: Article;
}

/**
 * One answer of the detection worker: a slice of the claims (the last one says `done`), or the
 * engine's failure — a programmer error, which the page reports by detecting on the main thread.
 */
export type DetectReply =
  | { readonly id: number; readonly claims: readonly DetectedClaim[]; readonly done: boolean }
  | { readonly id: number; readonly error: string };

/** How many claims one message of the worker carries (each message is copied on the main thread). */
export const DETECT_REPLY_SLICE = 2000;
