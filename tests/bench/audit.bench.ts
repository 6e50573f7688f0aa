/**
 * Speed of `audit` at book scale (issue 3, "Speed"): a synthetic article of one million words —
 * the seed's infobox once, then its paragraphs repeated with varied figures and dates — read and
 * audited in Node. The goal is under 2 s, reported as a ratio to a bare `text.split(/\s+/)` over
 * the same text in the same run (goal ≤ 20×), with peak memory. The figures are printed once, then
 * vitest's own table follows.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditArticle } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { bench, describe } from 'vitest';

const WORDS = 1_000_000;
const seed = readFileSync(
  fileURLToPath(new URL('../../fixtures/siege-of-dushanbe.txt', import.meta.url)),
  'utf8',
);

/** The seed's head (title and infobox), then its body paragraphs over and over with the numbers varied. */
function syntheticArticle(): string {
  const firstParagraph = seed.indexOf('\n\nThe siege');
  const head = seed.slice(0, firstParagraph + 2);
  const body = seed
    .slice(firstParagraph + 2, seed.indexOf('== See also =='))
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('=='));
  const parts: string[] = [head];
  let words = head.split(/\s+/).length;
  for (let round = 0; words < WORDS; round += 1) {
    parts.push(`== Part ${round + 1} ==\n\n`);
    for (const paragraph of body) {
      const varied = paragraph.replace(/\d[\d,]*/g, (n) =>
        n.length === 4 && !n.includes(',') ? n : String(Number(n.replace(/,/g, '')) + (round % 97)),
      );
      parts.push(varied, '\n\n');
      words += varied.split(/\s+/).length;
    }
  }
  return parts.join('');
}

const text = syntheticArticle();

function audit(): number {
  const article = readArticle(text);
  if ('error' in article) throw new Error(article.error);
  return auditArticle(article.value).claims.length;
}

function split(): number {
  return text.split(/\s+/).length;
}

function measure(): void {
  const time = (fn: () => number): { ms: number; n: number } => {
    const t0 = performance.now();
    const n = fn();
    return { ms: performance.now() - t0, n };
  };
  split();
  const bare = time(split);
  const full = time(audit);
  const mem = process.memoryUsage();
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  process.stdout.write(
    `\naudit of ${bare.n.toLocaleString('en-US')} words (${(text.length / 1e6).toFixed(1)} M chars): ${full.ms.toFixed(0)} ms, ` +
      `${full.n.toLocaleString('en-US')} claims; text.split(/\\s+/): ${bare.ms.toFixed(1)} ms; ratio ${(full.ms / bare.ms).toFixed(1)}×; ` +
      `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used now ${mb(mem.heapUsed)}\n`,
  );
}

measure();

describe('audit of one million words', () => {
  bench('text.split(/\\s+/)', () => void split(), { iterations: 3, warmupIterations: 1, time: 0 });
  bench('readArticle + auditArticle', () => void audit(), {
    iterations: 2,
    warmupIterations: 0,
    time: 0,
  });
});
