/**
 * Reading the golden fixtures (`fixtures/`) the way `apparatus` reads a file: bytes decoded by
 * `decodeText`, then `readArticle`. A fixture that does not read is a broken test, so it throws.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '@apparatus/core';
import { decodeText, readArticle } from '@apparatus/formats';

/** The fixtures folder, with its trailing slash. */
export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A fixture's text and the article read from it. */
export function readFixture(file: string): { article: Article; text: string } {
  const decoded = decodeText(readFileSync(fixturesDir + file));
  if ('error' in decoded) throw new Error(`${file}: ${decoded.error}`);
  const article = readArticle(decoded.value);
  if ('error' in article) throw new Error(`${file}: ${article.error}`);
  return { article: article.value, text: decoded.value };
}
