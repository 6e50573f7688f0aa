import { describe, expect, it } from 'vitest';
import { extractClaims } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { planImport, type ImportDraft } from '../../src/import/import-plan.ts';
import { detectTextFormat } from '../../src/import/text-format.ts';
import { fixtureText } from '../workspace-setup.ts';

const EARLIER = fixtureText('siege-of-dushanbe.earlier.txt');
const NOW = '2026-02-01T00:00:00.000Z';
const draft = (over: Partial<ImportDraft>): ImportDraft => ({
  title: '',
  text: EARLIER,
  link: { kind: 'none' },
  ...over,
});

describe('detectTextFormat', () => {
  it('tells the article format, wikitext, Markdown and untitled prose apart', () => {
    expect(detectTextFormat(EARLIER)).toBe('article');
    expect(detectTextFormat('\n\n= Siege =\nText.')).toBe('article');
    expect(detectTextFormat('== Background ==\nText.')).toBe('untitled');
    expect(
      detectTextFormat("{{Infobox military conflict\n| conflict = Siege\n}}\n'''Siege'''"),
    ).toBe('wikitext');
    expect(detectTextFormat('The town fell.<ref>{{cite book |title=X}}</ref>')).toBe('wikitext');
    expect(detectTextFormat('# Siege of Dushanbe\n\nThe town fell.')).toBe('markdown');
    expect(detectTextFormat('See [Kutay](https://example.org) on the siege.')).toBe('markdown');
    expect(detectTextFormat('The town fell on 14 February 1922.')).toBe('untitled');
  });
});

describe('planImport', () => {
  it('stores the text as read, with the claims the engine finds at their offsets', () => {
    const plan = planImport(draft({ title: 'Earlier version' }), [], NOW);
    if ('error' in plan) throw new Error(plan.error.message);
    const { account, claims, subjects } = plan.value;
    expect(account).toMatchObject({
      title: 'Earlier version',
      kind: 'article',
      text: EARLIER,
      doc: null,
      sourceId: null,
      revisionOf: null,
    });
    const article = readArticle(EARLIER);
    if ('error' in article) throw new Error(article.error);
    const expected = extractClaims(article.value);
    expect(claims.map((c) => [c.quote.exact, c.position.start, c.kind])).toEqual(
      expected.map((c) => [c.text, c.start, c.kind]),
    );
    for (const claim of claims) {
      expect(account.text.slice(claim.position.start, claim.position.end)).toBe(claim.quote.exact);
      expect(claim.accountId).toBe(account.id);
    }
    // Every subject a claim names is written with it, once per label.
    const labels = subjects!.map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
    const ids = new Set(subjects!.map((s) => s.id));
    for (const claim of claims)
      if (claim.subjectId !== null) expect(ids.has(claim.subjectId)).toBe(true);
    expect(labels).toContain('casualties · Soviet garrison');
  });

  it('reuses subjects the workspace already has, by label', () => {
    const existing = [{ id: 'old-date', label: 'date', createdAt: NOW }];
    const plan = planImport(draft({}), existing, NOW);
    if ('error' in plan) throw new Error(plan.error.message);
    expect(plan.value.subjects!.map((s) => s.label)).not.toContain('date');
    const dated = plan.value.claims.filter((c) => c.subjectId === 'old-date');
    expect(dated.length).toBeGreaterThan(0);
    // Without a Title the account is named by its title line.
    expect(plan.value.account.title).toBe('Siege of Dushanbe');
  });

  it('links a revision or a source’s text', () => {
    const revision = planImport(draft({ link: { kind: 'revision', accountId: 'a1' } }), [], NOW);
    const source = planImport(draft({ link: { kind: 'source', sourceId: 's1' } }), [], NOW);
    expect('value' in revision && revision.value.account).toMatchObject({
      kind: 'revision',
      revisionOf: 'a1',
      sourceId: null,
    });
    expect('value' in source && source.value.account).toMatchObject({
      kind: 'source-text',
      sourceId: 's1',
      revisionOf: null,
    });
  });

  it('makes a title line from the Title field when the text has none', () => {
    const prose = 'On 7 February the garrison lost more than 100 men.';
    const plan = planImport(draft({ title: 'Kutay, p. 212', text: prose }), [], NOW);
    if ('error' in plan) throw new Error(plan.error.message);
    expect(plan.value.account.text.startsWith('= Kutay, p. 212 =\n')).toBe(true);
    expect(plan.value.account.text).toContain(prose);
    expect(plan.value.claims.some((c) => c.quote.exact === 'more than 100')).toBe(true);
  });

  it('says what is wrong, about which field, instead of throwing', () => {
    const cases: [Partial<ImportDraft>, string, RegExp][] = [
      [{ text: '  \n ' }, 'text', /empty/],
      [{ text: 'The garrison fell.' }, 'title', /title/i],
      [{ text: '# Siege\n\nThe garrison fell.' }, 'text', /Markdown.*cannot read yet/],
      [{ text: "{{Infobox}}\n'''Siege'''" }, 'text', /wikitext.*cannot read yet/],
      [{ title: '= x =', text: 'Prose.' }, 'title', /one line/],
    ];
    for (const [over, field, message] of cases) {
      const plan = planImport(draft(over), [], NOW);
      expect('error' in plan && plan.error.field, JSON.stringify(over)).toBe(field);
      expect('error' in plan && plan.error.message).toMatch(message);
    }
  });
});
