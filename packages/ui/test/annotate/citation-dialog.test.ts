// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Source } from '@apparatus/core';
import '../../src/annotate/citation-dialog.ts';
import { NEW_SOURCE, type AttachCitationDetail } from '../../src/annotate/citation-dialog.ts';
import { button, byLabel, dialogName, listen, mount, rendered } from './mount.ts';

afterEach(() => document.body.replaceChildren());

const now = '2026-01-01T00:00:00.000Z';
function source(id: string, csl: Partial<Source['csl']>): Source {
  return {
    id,
    csl: { id, type: 'book', ...csl },
    category: 'secondary',
    composed: '',
    perspective: '',
    reliability: '',
    via: [],
    createdAt: now,
    updatedAt: now,
  };
}
const kutay = source('kutay', { author: [{ literal: 'Cemal Kutay' }] });
const mazarof = source('mazarof', { type: 'report', author: [{ family: 'Mazarof' }] });

async function open(sources: Source[] = [kutay, mazarof]) {
  const origin = document.createElement('div');
  origin.tabIndex = 0;
  document.body.append(origin);
  origin.focus();
  const dialog = await mount('apx-citation-dialog', {
    sources,
    claimId: 'c1',
    claimText: '7,0008,000',
  });
  await dialog.show();
  const root = dialog.shadowRoot!;
  const field = <T extends HTMLElement = HTMLInputElement>(name: string) => byLabel<T>(root, name);
  const choose = async (name: string, value: string) => {
    const select = field<HTMLSelectElement>(name);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await rendered(dialog);
  };
  return { dialog, root, origin, field, choose };
}

describe('apx-citation-dialog', () => {
  it('is a dialog "Attach citation" with the contract\'s controls', async () => {
    const { root, field } = await open();
    expect(dialogName(root.querySelector('dialog')!)).toBe('Attach citation');
    expect(field('Source').tagName).toBe('SELECT');
    expect(field('Locator').tagName).toBe('INPUT');
    expect(field('Quote').tagName).toBe('INPUT');
    const stance = field<HTMLSelectElement>('Stance');
    expect(stance.tagName).toBe('SELECT');
    expect([...stance.options].map((o) => o.value)).toEqual([
      'supports',
      'contradicts',
      'qualifies',
      'mentions',
    ]);
    expect(button(root, 'Attach').type).toBe('submit');
  });

  it("offers the workspace's sources by their labels, and a new source", async () => {
    const { field, root } = await open();
    const labels = [...field<HTMLSelectElement>('Source').options].map((o) =>
      o.textContent?.trim(),
    );
    expect(labels).toEqual(['Choose a source…', 'Cemal Kutay', "Mazarof's report", 'New source…']);
    expect(root.activeElement).toBe(field('Source'));
  });

  it('attaches a citation to a chosen source and returns focus', async () => {
    const { dialog, origin, field, choose, root } = await open();
    const attached = listen<AttachCitationDetail>(document, 'apx-citation-attach');
    await choose('Source', 'kutay');
    field('Locator').value = 'p. 212';
    field('Quote').value = 'a garrison of some 7,000';
    await choose('Stance', 'contradicts');
    field('Value in the source').value = '7,000';
    root.querySelector('form')!.requestSubmit();
    await rendered(dialog);
    expect(attached).toHaveLength(1);
    expect(attached[0]!.newSource).toBeUndefined();
    expect(attached[0]!.citation).toMatchObject({
      claimId: 'c1',
      sourceId: 'kutay',
      locator: 'p. 212',
      quote: 'a garrison of some 7,000',
      stance: 'contradicts',
      value: '7,000',
    });
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(origin);
  });

  it('needs a source, said beside the field', async () => {
    const { dialog, field, root } = await open();
    const attached = listen<AttachCitationDetail>(document, 'apx-citation-attach');
    button(root, 'Attach').click();
    await rendered(dialog);
    await rendered(dialog);
    expect(attached).toEqual([]);
    const select = field<HTMLSelectElement>('Source');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(root.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Choose the source this citation comes from.',
    );
    expect(dialog.open).toBe(true);
  });

  it('makes a new source inline, which needs an author or a title', async () => {
    const { dialog, field, choose, root } = await open();
    const attached = listen<AttachCitationDetail>(document, 'apx-citation-attach');
    await choose('Source', NEW_SOURCE);
    button(root, 'Attach').click();
    await rendered(dialog);
    await rendered(dialog);
    expect(attached).toEqual([]);
    expect(root.textContent).toContain('A new source needs at least an author or a title.');
    expect(field('Author').getAttribute('aria-invalid')).toBe('true');

    field('Author').value = 'Kutay, Cemal';
    field('Title').value = 'Enver Paşa';
    button(root, 'Attach').click();
    await rendered(dialog);
    expect(attached).toHaveLength(1);
    const { citation, newSource } = attached[0]!;
    expect(newSource?.csl.title).toBe('Enver Paşa');
    expect(newSource?.csl.author).toEqual([{ family: 'Kutay', given: 'Cemal' }]);
    expect(citation.sourceId).toBe(newSource?.id);
  });

  it('starts at "New source…" when the workspace has no sources', async () => {
    const { field } = await open([]);
    expect(field<HTMLSelectElement>('Source').value).toBe(NEW_SOURCE);
    expect(field('Author').tagName).toBe('INPUT');
  });

  it('opens with empty fields again', async () => {
    const { dialog, field } = await open();
    field('Locator').value = 'p. 1';
    dialog.close();
    await dialog.show();
    expect(field('Locator').value).toBe('');
    expect(field<HTMLSelectElement>('Stance').value).toBe('supports');
  });
});
