/**
 * The audit of one article: its claims with fresh ids, the conflicts a careful reader sees and
 * the agreements worth knowing (the repaired "7,0008,000" agreeing with the Aftermath's
 * "7,000–8,000 troops"). What `apparatus audit` prints and the editor's first annotation pass uses.
 */
import type { Article } from '../article.ts';
import type { Agreement, Conflict } from '../conflict.ts';
import { newId } from '../ids.ts';
import { detectConflicts, findAgreements } from './conflicts.ts';
import type { AuditedClaim } from './conflicts.ts';
import { locateClaims } from './extract.ts';

/** The result of {@link auditArticle}: claims in text order, then conflicts and agreements. */
export interface AuditReport {
  readonly title: string;
  readonly claims: readonly AuditedClaim[];
  readonly conflicts: readonly Conflict[];
  readonly agreements: readonly Agreement[];
}

/** Finds, places and compares every claim of the article. */
export function auditArticle(article: Article): AuditReport {
  const claims: AuditedClaim[] = locateClaims(article).map((c) => ({ id: newId(), ...c }));
  return {
    title: article.title.text,
    claims,
    conflicts: detectConflicts(claims),
    agreements: findAgreements(claims),
  };
}
