import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { seedSources } from '@apparatus/core';
import { ReferenceCache } from '../../src/sources/reference-cache.ts';

/** A host that counts the re-renders the cache asks for. */
class Host implements ReactiveControllerHost {
  updates = 0;
  readonly controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
}

const waitForTimers = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('ReferenceCache', () => {
  const { kutay, mazarof } = seedSources('2024-01-01T00:00:00.000Z');

  it('formats at once when not deferring, and only once per record version and style', () => {
    const host = new Host();
    const cache = new ReferenceCache(host);
    const first = cache.get(kutay, 'chicago-author-date', false);
    expect(first?.text).toBe('Kutay, Cemal. n.d.');
    expect(cache.get(kutay, 'chicago-author-date', false)).toBe(first);
    expect(cache.get(kutay, 'apa', false)?.text).toBe('Kutay, C. (n.d.).');
    const edited = {
      ...kutay,
      csl: { ...kutay.csl, title: 'Enver Paşa' },
      updatedAt: '2024-02-01T00:00:00.000Z',
    };
    expect(cache.get(edited, 'chicago-author-date', false)?.text).toBe(
      'Kutay, Cemal. n.d. Enver Paşa.',
    );
  });

  it('defers formatting to a later task and asks the host to render again', async () => {
    const host = new Host();
    const cache = new ReferenceCache(host);
    expect(cache.get(mazarof, 'chicago-author-date', true)).toBeUndefined();
    expect(host.updates).toBe(0);
    await waitForTimers();
    expect(host.updates).toBe(1);
    expect(cache.get(mazarof, 'chicago-author-date', true)?.text).toBe('Mazarof. n.d.');
  });

  it('stops working when the host leaves the page', async () => {
    const host = new Host();
    const cache = new ReferenceCache(host);
    cache.get(mazarof, 'apa', true);
    cache.hostDisconnected();
    await waitForTimers();
    expect(host.updates).toBe(0);
    cache.hostConnected();
    await waitForTimers();
    expect(host.updates).toBe(1);
  });
});
