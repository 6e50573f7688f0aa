import {
  citeSeed,
  claimsFromDetected,
  newId,
  seedSources,
  type Account,
  type Article,
  type Citation,
  type DetectedClaim,
} from '@apparatus/core';
import type { WorkspaceSeed } from '@apparatus/store';

/**
 * What a first run puts into an empty workspace: the seed article as an account, the claims
 * `detected` in it (by the caller, in a worker when the text is long) with their subjects, the sources the article names (Cemal Kutay, and
 * Mazarof's report known via Kutay), and the article's sentence reporting Mazarof's words as a
 * `statement` claim citing the report. Pure: the app hands the result to the store's idempotent
 * `seedWorkspace`, which writes it in one transaction or not at all.
 *
 * The account's `doc` is left `null`: the editor lays a document out from the text and the claims'
 * positions when it first opens it (the same path an imported text takes), and the first save
 * stores it.
 */
export function buildSeed(
  article: Article,
  detected: readonly DetectedClaim[],
  now: string,
): WorkspaceSeed {
  const account: Account = {
    id: newId(),
    title: article.title.text,
    kind: 'article',
    sourceId: null,
    revisionOf: null,
    doc: null,
    text: article.text,
    createdAt: now,
    updatedAt: now,
  };

  const { claims, subjects } = claimsFromDetected(account.id, article.text, detected, { now });

  const { sources, citations: plans } = seedSources(now);
  const citations: Citation[] = [];
  for (const plan of plans) {
    const start = article.text.indexOf(plan.sentence);
    if (start < 0) continue; // the article was edited away from the seed: cite nothing rather than guess
    const statement: DetectedClaim = {
      kind: 'statement',
      text: plan.sentence,
      start,
      end: start + plan.sentence.length,
      subject: null,
      value: { type: 'text', text: plan.sentence },
    };
    const [claim] = claimsFromDetected(account.id, article.text, [statement], {
      now,
      origin: 'user',
    }).claims;
    if (!claim) continue;
    claims.push(claim);
    citations.push(citeSeed(plan, claim.id, now));
  }

  return {
    accounts: [{ account, claims }],
    subjects,
    sources,
    citations,
  };
}
