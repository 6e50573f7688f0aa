import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CHICAGO_AUTHOR_DATE_CSL } from './chicago-author-date.ts';

let registered = false;

/**
 * citation-js with its CSL, BibTeX and RIS plugins loaded and our Chicago style registered, once.
 * Importing the plugins registers them globally; this module is the only place that does it.
 */
export function citationJs(): typeof plugins {
  if (!registered) {
    const styles = plugins.config.get('@csl').styles;
    if (!styles.has('chicago-author-date'))
      styles.add('chicago-author-date', CHICAGO_AUTHOR_DATE_CSL);
    registered = true;
  }
  return plugins;
}
