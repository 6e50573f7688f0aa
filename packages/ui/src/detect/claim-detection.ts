import { extractClaims, type Article, type DetectedClaim } from '@apparatus/core';
import type { DetectReply, DetectRequest } from './detect-protocol.ts';

/**
 * Texts at least this long (UTF-16 units) are read by the worker; shorter ones on the spot. The
 * engine reads ~6 M characters a second on the machines we measure on, so 50,000 characters is
 * well under the 50 ms a task may take, and spares short texts a worker's start-up.
 */
export const WORKER_THRESHOLD = 50_000;

/** Detects an article's claims and resolves with them; how is decided by {@link detectClaims}. */
export type ClaimDetector = (article: Article) => Promise<DetectedClaim[]>;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
  number,
  { claims: DetectedClaim[]; resolve: (claims: DetectedClaim[]) => void; article: Article }
>();

/**
 * The claims the engine detects in `article` (what `extractClaims` returns), without freezing the
 * page: a long text (first-run seeding, an import of a book) is read by a module Web Worker and
 * its claims come back in slices; a short one, or a page without workers (tests in happy-dom),
 * is read on the main thread. Should the worker fail, the text is read on the main thread rather
 * than lose the claims.
 */
export const detectClaims: ClaimDetector = (article) => {
  if (article.text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    return Promise.resolve(extractClaims(article));
  }
  const started = startWorker();
  if (started === undefined) return Promise.resolve(extractClaims(article));
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { claims: [], resolve, article });
    started.postMessage({ id, article } satisfies DetectRequest);
  });
};

function startWorker(): Worker | undefined {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./detect.worker.ts', import.meta.url), {
      type: 'module',
      name: 'claim detection',
    });
  } catch {
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<DetectReply>) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    // The worker could not run (a failed load): every request still waiting is read here.
    worker?.terminate();
    worker = undefined;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.resolve(extractClaims(job.article));
    }
  };
  return worker;
}

function receive(reply: DetectReply): void {
  const job = pending.get(reply.id);
  if (job === undefined) return;
  if ('error' in reply) {
    pending.delete(reply.id);
    job.resolve(extractClaims(job.article));
    return;
  }
  for (const claim of reply.claims) job.claims.push(claim);
  if (reply.done) {
    pending.delete(reply.id);
    job.resolve(job.claims);
  }
}
