// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decorationReach } from '../src/claim-decorations.ts';
import type { ClaimDecoration } from '../src/claim-decorations.ts';
import { createEditor } from '../src/editor.ts';
import type { ApparatusEditor } from '../src/editor.ts';
import { seenRange } from '../src/viewport-watcher.ts';
import { claim, doc, p, title } from './builder.ts';

/**
 * happy-dom lays nothing out, so the page is given a layout: every top-level block of the
 * editor is `BLOCK` px tall, stacked from the editor's top, which sits at `-scrolled` px in a
 * window `VIEWPORT` px tall. Scrolling is changing `scrolled` and firing `scroll`.
 */
const BLOCK = 20;
const VIEWPORT = 400;
const BLOCKS = 600;
let scrolled = 0;
let editor: ApparatusEditor | undefined;

function rect(top: number, height: number): DOMRect {
  return {
    top,
    bottom: top + height,
    left: 0,
    right: 600,
    width: 600,
    height,
    x: 0,
    y: top,
    toJSON: () => ({}),
  };
}

beforeEach(() => {
  scrolled = 0;
  Object.defineProperty(window, 'innerHeight', { value: VIEWPORT, configurable: true });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const dom = editor?.view.dom;
    if (dom === undefined) return rect(0, 0);
    if (this === dom) return rect(-scrolled, dom.children.length * BLOCK);
    if (this.parentElement === dom)
      return rect([...dom.children].indexOf(this) * BLOCK - scrolled, BLOCK);
    return rect(0, 0);
  });
});

afterEach(() => {
  editor?.destroy();
  editor = undefined;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Lets pending animation frames run (happy-dom runs them on timers). */
async function frames(): Promise<void> {
  for (let i = 0; i < 2; i += 1)
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

function mount(place: HTMLElement | ShadowRoot = document.body): ApparatusEditor {
  const paragraphs = Array.from({ length: BLOCKS - 1 }, (_, i) =>
    p(`Paragraph ${i} tells of `, claim(`c${i}`, `${i + 100} men`), ' on the march.'),
  );
  const host = document.createElement('div');
  place.appendChild(host);
  editor = createEditor(host, { doc: doc(title('A long siege'), ...paragraphs) });
  const look: ClaimDecoration = {
    status: 'disputed',
    kind: 'quantity',
    conflict: 'Conflict: Kutay gives fewer.',
  };
  editor.setClaimDecorations(
    Object.fromEntries(editor.claimRanges().map((r) => [r.id, look])),
    true,
  );
  return editor;
}

/** The claims drawn in the page, by the text of their status spans. */
function drawnTexts(e: ApparatusEditor): string[] {
  return [...e.view.dom.querySelectorAll('[data-status]')].map((s) => s.textContent ?? '');
}

/** Paragraph `i`'s claim text (block 0 is the title). */
const claimText = (i: number): string => `${i + 100} men`;

async function scrollTo(px: number, target: EventTarget = window): Promise<void> {
  scrolled = px;
  target.dispatchEvent(new Event('scroll'));
  await frames();
}

describe('claim decorations follow the viewport', () => {
  it('draws the claims on screen and a screen around it, not those far away, and draws them again after scrolling there', async () => {
    const e = mount();
    await frames();
    const near = drawnTexts(e);
    expect(near).toContain(claimText(0));
    expect(near).toContain(claimText(30)); // block 31: within a screen below the visible 20
    expect(near).not.toContain(claimText(300));
    // The measurement cut the initial reach back to the viewport's neighbourhood.
    expect(near.length).toBeLessThan(3 * (VIEWPORT / BLOCK) + 2);

    await scrollTo(300 * BLOCK);
    const far = drawnTexts(e);
    expect(far).toContain(claimText(300));
    expect(far).not.toContain(claimText(0));
    const span = [...e.view.dom.querySelectorAll('[data-status]')].find(
      (s) => s.textContent === claimText(300),
    )!;
    expect(span.getAttribute('aria-description')).toBe('Conflict: Kutay gives fewer.');
    expect(span.getAttribute('title')).toBe('Conflict: Kutay gives fewer.');

    await scrollTo(0);
    expect(drawnTexts(e)).toContain(claimText(0));
    expect(drawnTexts(e)).not.toContain(claimText(300));
  });

  it('asks for nothing while the reader scrolls within the reach', async () => {
    const e = mount();
    await frames();
    const reach = decorationReach(e.state);
    await scrollTo(5 * BLOCK);
    expect(decorationReach(e.state)).toBe(reach);
  });

  it('follows an element scrolling inside a shadow root', async () => {
    const shadowHost = document.createElement('div');
    document.body.appendChild(shadowHost);
    const root = shadowHost.attachShadow({ mode: 'open' });
    const pane = document.createElement('div');
    root.appendChild(pane);
    const e = mount(pane);
    await frames();
    expect(drawnTexts(e)).not.toContain(claimText(400));
    await scrollTo(400 * BLOCK, pane);
    expect(drawnTexts(e)).toContain(claimText(400));
  });

  it('stops following once the editor is destroyed', async () => {
    const e = mount();
    await frames();
    const reach = decorationReach(e.state);
    e.destroy();
    editor = undefined;
    scrolled = 300 * BLOCK;
    window.dispatchEvent(new Event('scroll'));
    await frames();
    expect(decorationReach(e.state)).toBe(reach);
  });
});

describe('seenRange', () => {
  it('is null for an editor that is not laid out', () => {
    const e = mount();
    vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockImplementation(() => rect(0, 0));
    expect(seenRange(e.view)).toBeNull();
  });

  it('spans the visible blocks, and a screen more each way around them', () => {
    const e = mount();
    scrolled = 100 * BLOCK;
    const seen = seenRange(e.view)!;
    const blockStart = (i: number): number => {
      let pos = 0;
      for (let k = 0; k < i; k += 1) pos += e.state.doc.child(k).nodeSize;
      return pos + 1;
    };
    expect(seen.visible.from).toBe(blockStart(100));
    expect(seen.visible.to).toBe(blockStart(120) - 2);
    expect(seen.around.from).toBe(blockStart(80));
    expect(seen.around.to).toBe(blockStart(140) - 2);
  });
});
