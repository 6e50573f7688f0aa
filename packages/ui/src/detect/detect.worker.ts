/**
 * The claim detection worker: runs the claims engine (`extractClaims`) over a long article off
 * the main thread (ARCHITECTURE.md: "claim detection over long texts runs in a Web Worker"). It
 * answers a {@link DetectRequest} with the claims in {@link DETECT_REPLY_SLICE}-sized messages, so
 * that the page receives a book's 38,000 claims in small copies rather than one long one.
 * Started by `claim-detection.ts`, the only module that talks to it.
 */
import { extractClaims } from '@apparatus/core';
import { DETECT_REPLY_SLICE, type DetectReply, type DetectRequest } from './detect-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DetectRequest>) => void) | null;
  postMessage(message: DetectReply): void;
};

scope.onmessage = (event) => {
  const { id, article } = event.data;
  try {
    const claims = extractClaims(article);
    for (let i = 0; i < claims.length; i += DETECT_REPLY_SLICE) {
      scope.postMessage({ id, claims: claims.slice(i, i + DETECT_REPLY_SLICE), done: false });
    }
    scope.postMessage({ id, claims: [], done: true });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
