import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractClaims, type Article } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import {
  DETECT_REPLY_SLICE,
  type DetectReply,
  type DetectRequest,
} from '../../src/detect/detect-protocol.ts';
import { fixtureText } from '../workspace-setup.ts';

const seed = fixtureText('siege-of-dushanbe.txt');

function article(text: string): Article {
  const read = readArticle(text);
  if ('error' in read) throw new Error(read.error);
  return read.value;
}

/** The seed with its body paragraphs repeated until it is past the worker threshold. */
function longArticle(): Article {
  const head = seed.slice(0, seed.indexOf('== See also =='));
  const body = head.slice(head.indexOf('\n\nThe siege') + 2);
  return article(
    `${head}${Array.from({ length: 12 }, (_, i) => `== Part ${i} ==\n\n${body}`).join('')}`,
  );
}

/** A stand-in for the module worker: answers like detect.worker.ts, in a later task. */
class FakeWorker {
  static started: FakeWorker[] = [];
  static answer: 'claims' | 'error' = 'claims';
  onmessage: ((event: MessageEvent<DetectReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly requests: DetectRequest[] = [];
  readonly replies: DetectReply[] = [];
  constructor(readonly url: URL) {
    FakeWorker.started.push(this);
  }
  postMessage(request: DetectRequest): void {
    this.requests.push(request);
    setTimeout(() => {
      const { id } = request;
      const replies: DetectReply[] = [];
      if (FakeWorker.answer === 'error') replies.push({ id, error: 'engine failed' });
      else {
        const claims = extractClaims(request.article);
        for (let i = 0; i < claims.length; i += DETECT_REPLY_SLICE)
          replies.push({ id, claims: claims.slice(i, i + DETECT_REPLY_SLICE), done: false });
        replies.push({ id, claims: [], done: true });
      }
      for (const reply of replies) {
        this.replies.push(reply);
        this.onmessage?.({ data: reply } as MessageEvent<DetectReply>);
      }
    }, 0);
  }
  terminate(): void {}
}

async function freshClient() {
  vi.resetModules();
  return import('../../src/detect/claim-detection.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
  FakeWorker.answer = 'claims';
});

describe('detectClaims', () => {
  it('reads a short text on the spot, without a worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { detectClaims, WORKER_THRESHOLD } = await freshClient();
    const short = article(seed);
    expect(short.text.length).toBeLessThan(WORKER_THRESHOLD);
    expect(await detectClaims(short)).toEqual(extractClaims(short));
    expect(FakeWorker.started).toHaveLength(0);
  });

  it('sends a long text to one worker and puts its slices back together in order', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { detectClaims, WORKER_THRESHOLD } = await freshClient();
    const long = longArticle();
    expect(long.text.length).toBeGreaterThanOrEqual(WORKER_THRESHOLD);
    const [first, second] = await Promise.all([detectClaims(long), detectClaims(long)]);
    const expected = extractClaims(long);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]!.url.pathname).toMatch(/detect\.worker\.ts$/);
    expect(FakeWorker.started[0]!.replies.length).toBeGreaterThan(2);
  });

  it('reads the text on the main thread when the worker reports a failure', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = 'error';
    const { detectClaims } = await freshClient();
    const long = longArticle();
    expect(await detectClaims(long)).toEqual(extractClaims(long));
  });

  it('reads a long text on the main thread where there are no workers', async () => {
    const { detectClaims } = await freshClient();
    expect(typeof Worker).toBe('undefined');
    const long = longArticle();
    expect(await detectClaims(long)).toEqual(extractClaims(long));
  });
});
