import { html, nothing, type TemplateResult } from 'lit';
import { sourceLabel } from '@apparatus/core';
import type { Citation, Claim, Source } from '@apparatus/core';
import type { ReferenceCache } from '../sources/reference-cache.ts';

/**
 * The inspector's "Citations" section: for each citation of `claim`, the source formatted by
 * citeproc (Chicago author-date, as runs of text, never HTML), the stance, the locator, the value
 * as the source gives it and the source's own words. A citation whose source was deleted says
 * so rather than vanishing.
 */
export function renderCitations(
  claim: Claim,
  citations: readonly Citation[],
  sources: readonly Source[],
  references: ReferenceCache,
): TemplateResult {
  const mine = citations.filter((c) => c.claimId === claim.id);
  const byId = new Map(sources.map((s) => [s.id, s]));
  return html`<section class="citations" aria-labelledby="citations-title">
    <h3 id="citations-title">Citations</h3>
    ${
      mine.length === 0
        ? html`<p class="empty">No citations yet. Use “Attach citation” to add one.</p>`
        : html`<ul>
            ${mine.map((c) => {
              const source = byId.get(c.sourceId);
              return html`<li class="citation">
                <p class="reference">
                  ${source ? reference(source, references) : html`<em>a deleted source</em>`}
                </p>
                <dl class="facts">
                  <dt>Stance</dt>
                  <dd><span class="stance" data-stance=${c.stance}>${c.stance}</span></dd>
                  <dt>Locator</dt>
                  <dd>
                    ${c.locator === '' ? html`<span class="missing">none given</span>` : c.locator}
                  </dd>
                  ${
                    c.value === ''
                      ? nothing
                      : html`<dt>Value in the source</dt>
                          <dd>${c.value}</dd>`
                  }
                </dl>
                ${c.quote === '' ? nothing : html`<blockquote class="source-words">${c.quote}</blockquote>`}
              </li>`;
            })}
          </ul>`
    }
  </section>`;
}

function reference(source: Source, references: ReferenceCache): TemplateResult {
  const formatted = references.get(source, 'chicago-author-date', false);
  const runs =
    formatted && formatted.runs.length > 0
      ? formatted.runs
      : [{ text: sourceLabel(source), italic: false }];
  return html`${runs.map((run) => (run.italic ? html`<i>${run.text}</i>` : run.text))}`;
}
