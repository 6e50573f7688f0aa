import type { CslData } from '@apparatus/core';
import { seedSources } from '@apparatus/core';
import { describe, expect, it } from 'vitest';
import { formatReference, htmlToRuns } from '../../src/csl/index.ts';

const book: CslData = {
  id: 'book',
  type: 'book',
  author: [{ family: 'Kutay', given: 'Cemal' }],
  title: 'Enver Paşa & the <Basmachi>',
  issued: { 'date-parts': [[1956]] },
  publisher: 'Tarih Yayınları',
  'publisher-place': 'İstanbul',
};

const article: CslData = {
  id: 'art',
  type: 'article-journal',
  author: [
    { family: 'Olcott', given: 'Martha B.' },
    { family: 'Doe', given: 'Jane' },
  ],
  title: 'The Basmachi or Freemen’s Revolt in Turkestan 1918–24',
  'container-title': 'Soviet Studies',
  volume: '33',
  issue: '3',
  page: '352-369',
  issued: { 'date-parts': [[1981]] },
  DOI: '10.1080/09668138108411365',
};

describe('formatReference', () => {
  it('formats a full book in Chicago author-date by default, title in italics', () => {
    const ref = formatReference(book);
    expect(ref.text).toBe(
      'Kutay, Cemal. 1956. Enver Paşa & the <Basmachi>. İstanbul: Tarih Yayınları.',
    );
    expect(ref.runs.filter((run) => run.italic).map((run) => run.text)).toEqual([
      'Enver Paşa & the <Basmachi>',
    ]);
    expect(ref.runs.map((run) => run.text).join('')).toBe(ref.text);
    expect(ref.error).toBeUndefined();
  });

  it('formats the same book in APA on request', () => {
    expect(formatReference(book, 'apa').text).toBe(
      'Kutay, C. (1956). Enver Paşa & the <Basmachi>. Tarih Yayınları.',
    );
  });

  it('formats a journal article in both styles', () => {
    expect(formatReference(article).text).toBe(
      'Olcott, Martha B., and Jane Doe. 1981. “The Basmachi or Freemen’s Revolt in Turkestan 1918–24.” Soviet Studies 33 (3): 352–69. https://doi.org/10.1080/09668138108411365.',
    );
    expect(formatReference(article, 'apa').text).toBe(
      'Olcott, M. B., & Doe, J. (1981). The Basmachi or Freemen’s Revolt in Turkestan 1918–24. Soviet Studies, 33(3), 352–369. https://doi.org/10.1080/09668138108411365',
    );
  });

  it('formats the empty seed records as far as they go', () => {
    const { kutay, mazarof } = seedSources();
    expect(formatReference(kutay.csl).text).toBe('Kutay, Cemal. n.d.');
    expect(formatReference(kutay.csl, 'apa').text).toBe('Kutay, C. (n.d.).');
    expect(formatReference(mazarof.csl).text).toBe('Mazarof. n.d.');
  });

  it('starts with the title when there is no author', () => {
    const ref = formatReference({
      id: 'n',
      type: 'book',
      title: 'Anonymous chronicle',
      issued: { 'date-parts': [[1930]] },
    });
    expect(ref.text).toBe('Anonymous chronicle. 1930.');
  });

  it('does not throw on records citeproc cannot read', () => {
    const odd = {
      id: '',
      type: '',
      author: 'not a list',
      issued: { 'date-parts': 'x' },
    } as unknown as CslData;
    const ref = formatReference(odd);
    expect(typeof ref.text).toBe('string');
    expect(ref.text.length).toBeGreaterThan(0);
  });
});

describe('htmlToRuns', () => {
  it('keeps italics, flips them back inside italic text, and decodes entities', () => {
    const html =
      '<div class="csl-bib-body">\n  <div class="csl-entry">A &#38; B. <i>On <span style="font-style:normal;">Kim</span> &lt;x&gt;</i>.</div>\n</div>';
    expect(htmlToRuns(html)).toEqual([
      { text: 'A & B. ', italic: false },
      { text: 'On ', italic: true },
      { text: 'Kim', italic: false },
      { text: ' <x>', italic: true },
      { text: '.', italic: false },
    ]);
  });

  it('never returns markup, whatever the input', () => {
    const runs = htmlToRuns('<script>alert(1)</script><b onclick="x">bold</b>');
    expect(runs.map((run) => run.text).join('')).toBe('alert(1)bold');
  });
});
