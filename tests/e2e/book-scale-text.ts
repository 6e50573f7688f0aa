/**
 * A book-length article for the book-scale measurements (ARCHITECTURE.md, "Built for book scale"):
 * the seed's head (title, caption, infobox), then its body paragraphs over and over, each round
 * under its own `== Part n ==` heading, with the figures varied so the claims engine sees new
 * values rather than one paragraph's claims repeated verbatim. Deterministic, so two runs measure
 * the same text. Shared by `measure-book.ts` (in the browser) and the save benchmark (in Node).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The seed article's text, as the app's first run reads it. */
export const seedText = readFileSync(
  fileURLToPath(new URL('../../fixtures/siege-of-dushanbe.txt', import.meta.url)),
  'utf8',
);

/** One million words: the book size ARCHITECTURE.md promises to stay instant at. */
export const BOOK_WORDS = 1_000_000;

/**
 * An article of about `words` words in the plain article format: the seed's head once, then its
 * body paragraphs repeated with every figure but a four-digit year shifted by the round number.
 */
export function bookText(words: number = BOOK_WORDS): string {
  const firstParagraph = seedText.indexOf('\n\nThe siege');
  const head = seedText.slice(0, firstParagraph + 2);
  const body = seedText
    .slice(firstParagraph + 2, seedText.indexOf('== See also =='))
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('=='));
  const parts: string[] = [head];
  let count = head.split(/\s+/).length;
  for (let round = 0; count < words; round += 1) {
    parts.push(`== Part ${round + 1} ==\n\n`);
    for (const paragraph of body) {
      const varied = paragraph.replace(/\d[\d,]*/g, (n) =>
        n.length === 4 && !n.includes(',') ? n : String(Number(n.replace(/,/g, '')) + (round % 97)),
      );
      parts.push(varied, '\n\n');
      count += varied.split(/\s+/).length;
    }
  }
  return parts.join('').replace(/\n\n$/, '\n');
}
