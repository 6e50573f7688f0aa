// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AUTOSAVE_DELAY_MS, AutosaveController, saveStateText } from '../src/autosave.ts';
import { FakePort, fakeAccount } from './fake-port.ts';

/** A bare controller host: what a LitElement gives a controller, without rendering. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

/** The document the "editor" holds; the controller's save reads it at save time. */
let text = '';
let port: FakePort;
let host: Host;
let autosave: AutosaveController;

function edit(next: string): void {
  text = next;
  autosave.markChanged();
}

/** Lets the fake port's queued commit (a microtask) and the controller's continuations run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

function status(): string {
  return saveStateText(autosave.state);
}

beforeEach(() => {
  vi.useFakeTimers();
  text = 'first';
  port = new FakePort();
  port.accounts.set('account-1', fakeAccount());
  host = new Host();
  autosave = new AutosaveController(host, {
    // Based on the stored version at save time: this host is the only writer.
    save: () =>
      port.saveDocument('account-1', { text }, text, [], {
        base: port.accounts.get('account-1')?.docVersion ?? null,
        next: `v-${port.saves.length + 1}`,
      }),
  });
  host.connect();
});

afterEach(() => {
  host.disconnect();
  vi.useRealTimers();
});

describe('AutosaveController', () => {
  it('starts "Saved" and turns "Unsaved changes" on a change, without writing yet', () => {
    expect(status()).toBe('Saved');
    edit('second');
    expect(status()).toBe('Unsaved changes');
    expect(autosave.dirty).toBe(true);
    expect(port.saves).toHaveLength(0);
    expect(host.updates).toBeGreaterThan(0);
  });

  it('writes once, the latest text, after the last of a burst of changes', async () => {
    edit('a');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100);
    edit('ab');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100);
    edit('abc');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(port.saves).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(port.saves.map((s) => s.text)).toEqual(['abc']);
    await settle();
    expect(status()).toBe('Saved');
    expect(port.accounts.get('account-1')?.text).toBe('abc');
  });

  it('says "Saved" only after the write committed', async () => {
    port.holdWrites();
    edit('typed');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await settle();
    expect(port.saves).toHaveLength(1);
    expect(status()).toBe('Saving…');
    expect(port.accounts.get('account-1')?.text).not.toBe('typed');
    port.releaseWrites();
    await settle();
    expect(status()).toBe('Saved');
    expect(port.accounts.get('account-1')?.text).toBe('typed');
  });

  it('does not say "Saved" when a change arrived while the write was running, and writes it next', async () => {
    port.holdWrites();
    edit('one');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await settle();
    edit('one two');
    port.releaseWrites();
    await settle();
    expect(status()).toBe('Unsaved changes');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await settle();
    expect(port.saves.map((s) => s.text)).toEqual(['one', 'one two']);
    expect(status()).toBe('Saved');
    expect(port.accounts.get('account-1')?.text).toBe('one two');
  });

  it('never lets two writes overlap, so an older snapshot cannot commit last', async () => {
    port.holdWrites();
    edit('old');
    const first = autosave.flush();
    await settle();
    edit('new');
    const second = autosave.flush();
    await settle();
    expect(port.saves.map((s) => s.text)).toEqual(['old']);
    port.releaseWrites();
    await first;
    await settle();
    port.releaseWrites();
    await second;
    expect(port.saves.map((s) => s.text)).toEqual(['old', 'new']);
    expect(port.accounts.get('account-1')?.text).toBe('new');
    expect(status()).toBe('Saved');
  });

  it('flushes at once when the page is hidden or left', async () => {
    edit('before hiding');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(port.saves.map((s) => s.text)).toEqual(['before hiding']);
    await settle();
    expect(status()).toBe('Saved');

    edit('before leaving');
    window.dispatchEvent(new Event('pagehide'));
    expect(port.saves.map((s) => s.text)).toEqual(['before hiding', 'before leaving']);
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('does not flush when the page becomes visible', () => {
    edit('still typing');
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => 'visible',
    });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(port.saves).toHaveLength(0);
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('writes nothing when nothing changed', async () => {
    await autosave.flush();
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 4);
    await settle();
    expect(port.saves).toHaveLength(0);
  });

  it('shows the storage error a failed write rejected with, and saves again on the next change', async () => {
    const message =
      'The browser refused to store more data (disk full or storage quota reached). Your last change was not saved; what was saved before is intact.';
    port.failNextWrite({ kind: 'quota', message });
    edit('too much');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await settle();
    expect(status()).toBe(message);
    expect(autosave.dirty).toBe(true);
    expect(port.accounts.get('account-1')?.text).not.toBe('too much');

    edit('less');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await settle();
    expect(status()).toBe('Saved');
    expect(port.accounts.get('account-1')?.text).toBe('less');
  });

  it('turns an unexpected rejection into a sentence, not a stack trace', async () => {
    autosave = new AutosaveController(host, {
      save: () => Promise.reject(new TypeError('x is undefined')),
    });
    edit('anything');
    await autosave.flush();
    expect(status()).toMatch(/^Your last change could not be saved\./);
    expect(status()).not.toMatch(/TypeError|undefined/);
  });

  it('halts on a conflict: says so, writes nothing more, stays dirty, until resumed', async () => {
    port.saveElsewhere('account-1', { text: 'theirs' }, 'theirs', 'other-tab');
    autosave = new AutosaveController(host, {
      // This host's editor is based on the version before the other tab's save.
      save: () => port.saveDocument('account-1', { text }, text, [], { base: null, next: 'mine' }),
    });
    edit('mine');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await settle();
    expect(port.saves).toHaveLength(1);
    expect(autosave.state.kind).toBe('conflict');
    expect(status()).toMatch(/changed in another tab/);
    expect(status()).not.toBe('Saved');
    expect(port.accounts.get('account-1')?.text).toBe('theirs');

    edit('mine, more');
    expect(status()).toMatch(/changed in another tab/);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 4);
    await autosave.flush();
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(port.saves).toHaveLength(1);
    expect(autosave.dirty).toBe(true);
    expect(autosave.halted).toBe(true);

    autosave.resume();
    expect(status()).toBe('Saved');
    expect(autosave.dirty).toBe(false);
    expect(autosave.halted).toBe(false);
  });

  it("halts at once when the host reports another tab's save, without trying a write", async () => {
    edit('typing');
    autosave.conflict();
    expect(autosave.state.kind).toBe('conflict');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    await settle();
    expect(port.saves).toHaveLength(0);
  });

  it('stops listening to the page once the host is gone', async () => {
    host.disconnect();
    await settle();
    edit('after disconnect');
    vi.advanceTimersByTime(0);
    window.dispatchEvent(new Event('pagehide'));
    expect(port.saves.map((s) => s.text)).toEqual([]);
    host.connect();
  });
});
