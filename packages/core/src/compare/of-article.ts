/**
 * An account to compare, made from an article read from text. Kept apart from `account.ts` so
 * that the comparison itself (which works on claims already found) does not load the extractor.
 */
import type { Article } from '../article.ts';
import { extractClaims } from '../engine/extract.ts';
import { newId } from '../ids.ts';
import type { ComparedAccount } from './account.ts';

/**
 * Makes an account to compare: its claims are found by the claims engine ({@link extractClaims},
 * what `apparatus audit` lists), with fresh ids, so the two commands never disagree on a text.
 * The audit's own conflicts within the account are not needed here.
 */
export function accountOfArticle(key: string, article: Article, name?: string): ComparedAccount {
  const claims = extractClaims(article).map((c) => ({ id: newId(), ...c }));
  const base = { key, title: article.title.text, article, claims };
  return name === undefined ? base : { ...base, name };
}
