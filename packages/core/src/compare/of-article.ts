/**
 * An account to compare, made from an article read from text. Kept apart from `account.ts` so
 * that the comparison itself (which works on claims already found) does not load the extractor.
 */
import type { Article } from '../article.ts';
import { auditArticle } from '../engine/audit.ts';
import type { ComparedAccount } from './account.ts';

/**
 * Makes an account to compare: its claims are found by the claims engine ({@link auditArticle}),
 * exactly as `apparatus audit` would find them, so the two commands never disagree on a text.
 */
export function accountOfArticle(key: string, article: Article, name?: string): ComparedAccount {
  const { claims } = auditArticle(article);
  const base = { key, title: article.title.text, article, claims };
  return name === undefined ? base : { ...base, name };
}
