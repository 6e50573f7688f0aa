// What the measurement scripts (measure-book.ts, measure-typing.ts, measure-backup.ts,
// scale-claims.ts) share: the app served and opened in Chromium, a generated article's claims
// detected in Node and written through the app's own port, keystroke latency, long tasks, CPU
// profiles, and the way figures are printed. Each script keeps only what it measures. Nothing here
// asserts: no test may fail on wall-clock time.
import { randomUUID } from 'node:crypto';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { extractClaims, quoteAt, type DetectedClaim } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
// For the types only: `apx-app`'s `port` and `services`, and the elements under it, read in the page.
import type {} from '@apparatus/ui';
import { launchBrowser, openApp } from './browser.ts';
import { startPreview } from './preview.ts';

/** Prints one line of figures (stdout, so a run can be piped into a report). */
export const out = (line: string): void => void process.stdout.write(`${line}\n`);

/** The first number on the command line (words, claims, megabytes), else `fallback`. */
export function numberArgument(fallback: number): number {
  return Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? fallback);
}

/** A generated article as the rows the port stores: its account and each claim with its subject's label. */
export interface ArticleRows {
  readonly account: { readonly id: string } & Record<string, unknown>;
  readonly claims: readonly { readonly claim: Record<string, unknown>; subject: string | null }[];
}

/**
 * Reads `text` as an article and detects its claims in Node, so that the page is measured and not
 * the engine. Throws when the text is not an article (the generator's fault, not the user's).
 */
export function detectClaims(text: string): { title: string; detected: DetectedClaim[] } {
  const article = readArticle(text);
  if ('error' in article) throw new Error(article.error);
  return { title: article.value.title.text, detected: extractClaims(article.value) };
}

/**
 * The rows of a never-saved import of `text` (`doc: null`: the app lays it out from the text, as
 * after an import) with `detected` as unreviewed detected claims, quoted as the editor quotes.
 */
export function articleRows(
  text: string,
  title: string,
  detected: readonly DetectedClaim[],
): ArticleRows {
  const now = new Date().toISOString();
  const accountId = randomUUID();
  const account = {
    id: accountId,
    title,
    kind: 'article',
    sourceId: null,
    revisionOf: null,
    doc: null,
    text,
    createdAt: now,
    updatedAt: now,
  };
  const claims = detected.map((d) => ({
    claim: {
      id: randomUUID(),
      accountId,
      kind: d.kind,
      value: d.value,
      subjectId: null,
      ...(d.field === undefined ? {} : { field: d.field }),
      status: 'unreviewed',
      statusReason: '',
      statusChangedAt: null,
      origin: 'detected',
      quote: quoteAt(text, d.start, d.end),
      position: { start: d.start, end: d.end },
      detached: false,
      createdAt: now,
      updatedAt: now,
    },
    subject: d.subject,
  }));
  return { account, claims };
}

/**
 * Replaces the workspace's accounts with `rows` through `apx-app`'s `port` (no debug UI in the
 * shipped app). With `subjects`, each claim's subject label is found or made first; without, the
 * claims are stored with no subject.
 */
export async function importRows(
  page: Page,
  rows: ArticleRows,
  options: { subjects: boolean } = { subjects: true },
): Promise<void> {
  await page.evaluate(
    async ({ input, withSubjects }) => {
      const { account, claims } = input as {
        account: { id: string };
        claims: { claim: Record<string, unknown>; subject: string | null }[];
      };
      const port = document.querySelector('apx-app')!.port!;
      const subjects = new Map((await port.listSubjects()).map((s) => [s.label, s.id]));
      for (const { subject } of claims) {
        if (!withSubjects || subject === null || subjects.has(subject)) continue;
        const id = crypto.randomUUID();
        await port.putSubject({ id, label: subject, createdAt: new Date().toISOString() });
        subjects.set(subject, id);
      }
      const full = claims.map(({ claim, subject }) => ({
        ...claim,
        subjectId: !withSubjects || subject === null ? null : (subjects.get(subject) ?? null),
      }));
      for (const old of await port.listAccounts()) await port.deleteAccount(old.id);
      await port.putAccountWithClaims({ account, claims: full } as never);
    },
    { input: rows, withSubjects: options.subjects },
  );
}

/**
 * Serves the built app (or uses `MEASURE_URL`, an app already served away from others' rebuilds;
 * `MEASURE_PORT` overrides `port`), opens it in headless Chromium, runs `measure`, prints any page
 * errors, and closes browser and server whatever happens.
 */
export async function measureApp(
  port: number,
  measure: (page: Page, browser: Browser) => Promise<void>,
): Promise<void> {
  const preview = process.env.MEASURE_URL
    ? { baseURL: process.env.MEASURE_URL, stop: () => undefined }
    : await startPreview(Number(process.env.MEASURE_PORT ?? port));
  const browser = await launchBrowser();
  try {
    const { page, errors } = await openApp(browser, preview.baseURL);
    await measure(page, browser);
    if (errors.length > 0) out(`page errors:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
    preview.stop();
  }
}

/** The seed's lead paragraph in the editor: where the scripts type (every later offset moves). */
export function leadParagraph(page: Page): Locator {
  return page
    .getByRole('textbox', { name: 'Article text' })
    .locator('p', { hasText: 'The siege of Dushanbe took place' })
    .first();
}

/** Types `text` one key at a time; per keystroke, ms from keydown to the frame after it. */
export async function typeAndTime(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __listening?: boolean };
    w.__latencies = [];
    if (w.__listening) return;
    w.__listening = true;
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - t0);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
  }
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

/** p50 / p95 / max of a list of durations, with its size. */
export function summary(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (n=${values.length})`;
}

/** One node of a V8 CPU profile, as much of it as {@link hottest} reads. */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Starts sampling the page's main thread every `interval` µs; {@link stopProfile} reads it. */
export async function startProfile(page: Page, interval: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval });
  await cdp.send('Profiler.start');
  return cdp;
}

/** Stops a profile from {@link startProfile} and returns its {@link hottest} lines. */
export async function stopProfile(cdp: CDPSession, top: number): Promise<string[]> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return hottest(profile.nodes, profile.samples ?? [], profile.timeDeltas ?? [], top);
}

/** The functions with the most self time in a CPU profile, with their script and line. */
function hottest(
  nodes: readonly ProfileNode[],
  samples: readonly number[],
  deltas: readonly number[],
  top: number,
): string[] {
  const self = new Map<number, number>();
  samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${k}`);
}
