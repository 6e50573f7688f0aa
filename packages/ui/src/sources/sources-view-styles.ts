import { css } from 'lit';
/**
 * The look of the Sources view: a reading list, references in the text face (they are the
 * sources' words, not the tool's), missing fields and chains in the tool's face, muted.
 */
export const sourcesViewStyles = css`
  :host {
    display: block;
    font-family: var(--apx-font-ui);
    color: var(--apx-ink);
  }
  header {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--apx-space-3);
    margin-bottom: var(--apx-space-3);
  }
  h2 {
    margin: 0;
    font-family: var(--apx-font-text);
    font-size: 1.4rem;
    font-weight: 600;
  }
  .count {
    color: var(--apx-ink-muted);
    font-size: 0.85rem;
  }
  .style-picker {
    margin-left: auto;
    font-size: 0.85rem;
    color: var(--apx-ink-soft);
    display: flex;
    gap: var(--apx-space-2);
    align-items: center;
  }
  select,
  button {
    font: inherit;
    font-size: 0.85rem;
    border-radius: var(--apx-radius);
    border: 1px solid var(--apx-rule-strong);
    background: var(--apx-surface);
    color: var(--apx-ink);
    padding: var(--apx-space-1) var(--apx-space-3);
  }
  button {
    cursor: pointer;
  }
  button.primary {
    background: var(--apx-accent);
    border-color: var(--apx-accent);
    color: #ffffff;
  }
  .status:empty {
    display: none;
  }
  .status,
  .error,
  .empty {
    margin: 0 0 var(--apx-space-3);
    font-size: 0.85rem;
  }
  .status {
    color: var(--apx-ok);
  }
  .error {
    color: var(--apx-error);
  }
  .duplicates {
    border: 1px solid var(--apx-rule-strong);
    background: var(--apx-infobox);
    border-radius: var(--apx-radius);
    padding: var(--apx-space-2) var(--apx-space-3);
    margin-bottom: var(--apx-space-3);
    font-size: 0.85rem;
  }
  .duplicates p {
    margin: var(--apx-space-1) 0;
  }
  lit-virtualizer {
    height: calc(100vh - 12rem);
    min-height: 20rem;
  }
  .plain-list {
    display: block;
  }
  .source {
    width: 100%;
    box-sizing: border-box;
    padding: var(--apx-space-3) 0;
    border-bottom: 1px solid var(--apx-rule);
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: var(--apx-space-3);
  }
  .source > p {
    grid-column: 1;
    margin: 0;
  }
  .reference {
    font-family: var(--apx-font-text);
    font-size: 1rem;
    line-height: 1.45;
    padding-left: 1.5em;
    text-indent: -1.5em;
  }
  .missing {
    color: var(--apx-ink-muted);
    font-size: 0.8rem;
    font-style: italic;
  }
  .chain {
    color: var(--apx-ink-soft);
    font-size: 0.85rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--apx-space-3);
    color: var(--apx-ink-muted);
    font-size: 0.8rem;
  }
  .note {
    color: var(--apx-ink-soft);
    font-size: 0.8rem;
    max-width: var(--apx-measure);
  }
  a {
    color: var(--apx-accent);
  }
  .row-actions {
    grid-column: 2;
    grid-row: 1 / span 4;
    display: flex;
    gap: var(--apx-space-2);
    align-items: flex-start;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
