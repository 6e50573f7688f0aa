/**
 * Dates read against the event the accounts share. The claims engine places a prose date under
 * `date · begins` / `date · ends` only when its sentence names the article's own event — the
 * nouns of its title ("Siege of …" → siege, besieged). Accounts of one event are often titled
 * differently ("Battles for Dushanbe" and "Siege of Dushanbe"), so a date one account dates the
 * siege by ("the fighting … began in late 1921 …; the siege lasted …") may stay unplaced in its
 * own reading. For a comparison the event is the union of all the accounts' events: each date the
 * engine left unplaced is offered again to the engine's own {@link placeDate}, with that union.
 * Nothing is re-parsed and no placement rule is added here; placed claims are never moved.
 */
import { readInfobox } from '../engine/extract.ts';
import { placeDate, viewSentence } from '../engine/subjects.ts';
import type { EventFacts } from '../engine/subjects.ts';
import { wordsOf } from '../engine/text.ts';
import type { ComparedAccount, ComparedClaim } from './account.ts';
import { sidesOfAccount } from './account.ts';
import { proseSentenceOf } from './moment.ts';

/** The union of several accounts' events: any of their nouns and places names the shared event. */
export function sharedEvent(accounts: readonly ComparedAccount[]): EventFacts {
  const nouns = new Set<string>();
  const places = new Set<string>();
  for (const a of accounts) {
    const e = readInfobox(a.article).event;
    for (const n of e.nouns) nouns.add(n);
    for (const p of e.places) places.add(p);
  }
  return { nouns, places };
}

/**
 * The account's claims with each unplaced prose date placed, where the engine places it when it
 * reads the sentence against the shared event. Other claims are returned unchanged.
 */
export function placeDatesAgainst(account: ComparedAccount, event: EventFacts): ComparedClaim[] {
  const { article } = account;
  const sides = sidesOfAccount(article);
  const sentenceOf = proseSentenceOf(article);
  return account.claims.map((claim) => {
    if (claim.subject !== null || claim.kind !== 'date' || claim.field !== undefined) return claim;
    const sentence = sentenceOf(claim.start, claim.end);
    if (!sentence) return claim;
    const view = viewSentence(
      article.text,
      wordsOf(article.text, sentence.start, sentence.end),
      sides,
      event,
    );
    const subject = placeDate(view, article.text, claim.start);
    return subject === null ? claim : { ...claim, subject };
  });
}
