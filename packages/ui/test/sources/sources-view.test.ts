// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { citeSeed, seedSources, type Citation, type Source } from '@apparatus/core';
import { FakePort } from '../fake-port.ts';
import { byLabel, dialogName } from '../annotate/mount.ts';
import { buttonNamed as button, mountSourcesView, rowOf, rowTexts, settle } from './mount-view.ts';

afterEach(() => document.body.replaceChildren());

function seededPort(): { port: FakePort; kutay: Source; mazarof: Source; citation: Citation } {
  const port = new FakePort();
  const seed = seedSources('2024-01-01T00:00:00.000Z');
  for (const source of seed.sources) port.sources.set(source.id, source);
  const citation = citeSeed(seed.citations[0]!, 'claim-1', '2024-01-01T00:00:00.000Z');
  port.citations.set(citation.id, citation);
  return { port, kutay: seed.kutay, mazarof: seed.mazarof, citation };
}

function shadow(view: HTMLElement): ShadowRoot {
  return view.shadowRoot!;
}

function sourceDialog(view: HTMLElement): { root: ShadowRoot; dialog: HTMLDialogElement } {
  const element = shadow(view).querySelector('apx-source-dialog')!;
  return { root: element.shadowRoot!, dialog: element.shadowRoot!.querySelector('dialog')! };
}

function fill(root: ShadowRoot, values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) {
    const control = byLabel<HTMLInputElement | HTMLSelectElement>(root, label);
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

describe('apx-sources-view', () => {
  it('is a region named Sources listing the seed sources with chains, missing fields and citations', async () => {
    const { port, kutay, mazarof } = seededPort();
    const view = await mountSourcesView(port);
    const section = shadow(view).querySelector('section')!;
    expect(shadow(view).getElementById(section.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Sources',
    );

    const report = rowOf(view, mazarof.id).textContent!.replace(/\s+/g, ' ');
    expect(report).toContain('Mazarof. n.d.');
    expect(report).toContain("Mazarof's report → known via Cemal Kutay → this article");
    expect(report).toContain('no title known · no year known · no publisher known');
    expect(report).toContain('Primary source');
    expect(report).toContain('Cited by 1 claim');

    const kutayRow = rowOf(view, kutay.id).textContent!.replace(/\s+/g, ' ');
    expect(kutayRow).toContain('Kutay, Cemal. n.d.');
    expect(kutayRow).toContain('Cemal Kutay → this article');
    expect(kutayRow).toContain('Secondary source');
    expect(kutayRow).toContain('Not cited');
    expect(rowTexts(view)).toHaveLength(2);
  });

  it('formats in APA when asked', async () => {
    const { port, kutay } = seededPort();
    const view = await mountSourcesView(port);
    const select = byLabel<HTMLSelectElement>(shadow(view), 'Reference style');
    select.value = 'apa';
    select.dispatchEvent(new Event('change'));
    await settle(view);
    expect(rowOf(view, kutay.id).querySelector('.reference')?.textContent).toBe(
      'Kutay, C. (n.d.).',
    );
  });

  it('adds a source through the "Add source" dialog, known via an existing one', async () => {
    const { port, kutay } = seededPort();
    const view = await mountSourcesView(port);
    const add = button(shadow(view), 'Add source');
    add.focus();
    add.click();
    await settle(view);
    const { root, dialog } = sourceDialog(view);
    expect(dialog.open).toBe(true);
    expect(dialogName(dialog)).toBe('Add source');
    expect(root.activeElement).toBe(byLabel(root, 'Author'));
    expect(byLabel(root, 'Category').tagName).toBe('SELECT');
    expect(byLabel(root, 'Known via').hasAttribute('list')).toBe(false);
    fill(root, { 'Known via': 'kut' });
    await settle(view);
    const suggestions = root.querySelector('[aria-label="Matching sources"]')!;
    expect([...suggestions.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Cemal Kutay',
    ]);
    button(suggestions, 'Cemal Kutay').click();
    await settle(view);
    expect(byLabel<HTMLInputElement>(root, 'Known via').value).toBe('Cemal Kutay');
    expect(root.activeElement).toBe(byLabel(root, 'Known via'));

    fill(root, {
      Author: 'Olcott, Martha B.',
      Title: 'The Basmachi or Freemen’s Revolt',
      Year: '1981',
      Publisher: 'Soviet Studies',
      URL: 'https://example.org/olcott',
      Category: 'secondary',
    });
    button(root, 'Save source').click();
    await settle(view);

    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(view);
    expect(shadow(view).activeElement).toBe(add);
    const added = [...port.sources.values()].find(
      (s) => s.csl.title === 'The Basmachi or Freemen’s Revolt',
    );
    expect(added).toMatchObject({ category: 'secondary', via: [kutay.id] });
    expect(added?.csl.author).toEqual([{ family: 'Olcott', given: 'Martha B.' }]);
    expect(added?.csl.issued).toEqual({ 'date-parts': [[1981]] });
    const row = rowOf(view, added!.id);
    expect(row.querySelector('i')?.textContent).toBe('The Basmachi or Freemen’s Revolt');
    expect(row.textContent).toContain(
      'The Basmachi or Freemen’s Revolt → known via Cemal Kutay → this article',
    );
    expect(row.querySelector('a')?.getAttribute('href')).toBe('https://example.org/olcott');
    expect(shadow(view).querySelector('[role="status"]')?.textContent).toBe(
      'Added “The Basmachi or Freemen’s Revolt”.',
    );
  });

  it('shows validation errors inline and saves nothing', async () => {
    const { port } = seededPort();
    const view = await mountSourcesView(port);
    button(shadow(view), 'Add source').click();
    await settle(view);
    const { root, dialog } = sourceDialog(view);
    fill(root, {
      Title: 'A letter',
      Year: 'nineteen',
      URL: 'javascript:alert(1)',
      'Known via': 'Nobody',
    });
    button(root, 'Save source').click();
    await settle(view);
    expect(dialog.open).toBe(true);
    expect(port.sources.size).toBe(2);
    for (const [label, message] of [
      ['Year', 'Year must be a year'],
      ['URL', 'URL must be a web address'],
      ['Known via', 'No source is called “Nobody”'],
    ] as const) {
      const input = byLabel(root, label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const described = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => root.getElementById(id)?.textContent);
      expect(described.join(' ')).toContain(message);
    }
  });

  it('edits a source in the same dialog, named "Edit source", keeping what the form does not show', async () => {
    const { port, mazarof, kutay } = seededPort();
    const view = await mountSourcesView(port);
    button(shadow(view), "Edit Mazarof's report").click();
    await settle(view);
    const { root, dialog } = sourceDialog(view);
    expect(dialogName(dialog)).toBe('Edit source');
    expect(byLabel<HTMLInputElement>(root, 'Author').value).toBe('Mazarof');
    expect(byLabel<HTMLInputElement>(root, 'Known via').value).toBe('Cemal Kutay');
    expect(byLabel<HTMLSelectElement>(root, 'Category').value).toBe('primary');
    fill(root, { Composed: 'February 1922' });
    button(root, 'Save source').click();
    await settle(view);
    const saved = port.sources.get(mazarof.id)!;
    expect(saved).toMatchObject({
      composed: 'February 1922',
      via: [kutay.id],
      category: 'primary',
    });
    expect(saved.csl).toEqual(mazarof.csl);
    expect(rowOf(view, mazarof.id).textContent).toContain('composed February 1922');
  });

  it('deletes an uncited source at once', async () => {
    const { port } = seededPort();
    const lone: Source = {
      ...seedSources().kutay,
      id: 'lone',
      csl: { id: 'lone', type: 'book', title: 'Lone book' },
    };
    port.sources.set(lone.id, lone);
    const view = await mountSourcesView(port);
    button(shadow(view), 'Delete Lone book').click();
    await settle(view);
    expect(port.sources.has('lone')).toBe(false);
    expect(shadow(view).querySelector('apx-delete-source-dialog')!.open).toBe(false);
  });

  it('asks before deleting a cited source, saying what happens to its citations', async () => {
    const { port, mazarof } = seededPort();
    const view = await mountSourcesView(port);
    button(shadow(view), "Delete Mazarof's report").click();
    await settle(view);
    const confirm = shadow(view).querySelector('apx-delete-source-dialog')!;
    const root = confirm.shadowRoot!;
    expect(confirm.open).toBe(true);
    expect(port.sources.has(mazarof.id)).toBe(true);
    expect(root.textContent).toContain('1 citation (on 1 claim) will be deleted with it');
    expect(root.activeElement?.textContent).toBe('Cancel');

    button(root, 'Cancel').click();
    await settle(view);
    expect(port.sources.has(mazarof.id)).toBe(true);

    button(shadow(view), "Delete Mazarof's report").click();
    await settle(view);
    button(root, 'Delete source').click();
    await settle(view);
    expect(port.sources.has(mazarof.id)).toBe(false);
    expect(port.citations.size).toBe(0);
  });

  it('unlinks the sources known via a deleted one', async () => {
    const { port, kutay, mazarof } = seededPort();
    const view = await mountSourcesView(port);
    button(shadow(view), 'Delete Cemal Kutay').click();
    await settle(view);
    const root = shadow(view).querySelector('apx-delete-source-dialog')!.shadowRoot!;
    expect(root.textContent).toContain("Mazarof's report will no longer be shown as known via it.");
    button(root, 'Delete source').click();
    await settle(view);
    expect(port.sources.has(kutay.id)).toBe(false);
    expect(port.sources.get(mazarof.id)?.via).toEqual([]);
    expect(rowOf(view, mazarof.id).textContent).toContain("Mazarof's report → this article");
  });

  it('offers duplicates for merging and re-points their citations', async () => {
    const { port, kutay, mazarof } = seededPort();
    const twin: Source = {
      ...kutay,
      id: 'twin',
      csl: {
        id: 'twin',
        type: 'book',
        author: [{ literal: 'Cemal Kutay' }],
        publisher: 'Tarih Yayınları',
      },
      createdAt: '2024-02-01T00:00:00.000Z',
    };
    port.sources.set(twin.id, twin);
    const onTwin: Citation = {
      ...[...port.citations.values()][0]!,
      id: 'c-twin',
      claimId: 'claim-2',
      sourceId: 'twin',
    };
    port.citations.set(onTwin.id, onTwin);
    const view = await mountSourcesView(port);
    const duplicates = shadow(view).querySelector('[aria-label="Possible duplicates"]')!;
    expect(duplicates.textContent).toContain(
      '“Cemal Kutay”, “Cemal Kutay” look like one source (same author and title)',
    );

    button(duplicates, 'Merge into “Cemal Kutay”').click();
    await settle(view);
    expect(port.sources.has('twin')).toBe(false);
    expect(port.sources.get(kutay.id)?.csl.publisher).toBe('Tarih Yayınları');
    expect(port.citations.get('c-twin')?.sourceId).toBe(kutay.id);
    expect(port.sources.get(mazarof.id)?.via).toEqual([kutay.id]);
    expect(shadow(view).querySelector('[aria-label="Possible duplicates"]')).toBeNull();
  });

  it('merges a group of three in one write, and a failed merge changes nothing', async () => {
    const { port, kutay } = seededPort();
    const twin = (id: string, day: string): Source => ({
      ...kutay,
      id,
      csl: { id, type: 'book', author: [{ literal: 'Cemal Kutay' }], publisher: `Press ${id}` },
      createdAt: `2024-02-${day}T00:00:00.000Z`,
    });
    port.sources.set('twin-a', twin('twin-a', '01'));
    port.sources.set('twin-b', twin('twin-b', '02'));
    const view = await mountSourcesView(port);
    const duplicates = shadow(view).querySelector('[aria-label="Possible duplicates"]')!;
    const before = new Map(port.sources);

    port.failNextWrite({ kind: 'quota', message: 'The disk is full.' });
    button(duplicates, 'Merge into “Cemal Kutay”').click();
    await settle(view);
    expect(port.sources).toEqual(before);
    expect(shadow(view).querySelector('[role="alert"]')?.textContent).toBe('The disk is full.');

    button(duplicates, 'Merge into “Cemal Kutay”').click();
    await settle(view);
    expect(port.merges.at(-1)?.removedSourceIds).toEqual(['twin-a', 'twin-b']);
    expect([...port.sources.keys()].filter((id) => id.startsWith('twin'))).toEqual([]);
    expect(port.sources.get(kutay.id)?.csl.publisher).toBe('Press twin-a');
  });

  it('says so when a write fails', async () => {
    const { port } = seededPort();
    const view = await mountSourcesView(port);
    port.failNextWrite({ kind: 'quota', message: 'The disk is full.' });
    button(shadow(view), 'Add source').click();
    await settle(view);
    const { root } = sourceDialog(view);
    fill(root, { Title: 'A letter' });
    button(root, 'Save source').click();
    await settle(view);
    expect(shadow(view).querySelector('[role="alert"]')?.textContent).toBe('The disk is full.');
  });
});
