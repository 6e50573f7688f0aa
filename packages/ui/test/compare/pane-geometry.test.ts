import { describe, expect, it } from 'vitest';
import {
  centringOffset,
  fullyInside,
  intersect,
  linkLine,
  type Box,
} from '../../src/compare/pane-geometry.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

describe('pane geometry', () => {
  it('clips a pane by the window, and finds nothing when they do not meet', () => {
    expect(intersect(box(0, 600, 500, 1300), box(0, 0, 1280, 900))).toEqual(box(0, 600, 500, 900));
    expect(intersect(box(0, 1000, 500, 1300), box(0, 0, 1280, 900))).toBeNull();
  });

  it('centres a span only when it is away from the middle', () => {
    const pane = box(0, 100, 500, 700); // middle at 400, a tenth is 60
    expect(centringOffset(box(10, 390, 60, 410), pane)).toBe(0);
    expect(centringOffset(box(10, 1190, 60, 1210), pane)).toBe(800);
    expect(centringOffset(box(10, -210, 60, -190), pane)).toBe(-600);
  });

  it('joins the end of the left span to the start of the right one, at mid-height', () => {
    const left = [box(100, 200, 300, 220), box(20, 220, 80, 240)]; // wraps: ends on its 2nd line
    const right = [box(700, 400, 760, 420), box(620, 420, 700, 440)];
    const view = box(0, 0, 1280, 900);
    expect(linkLine(left, right, view, view, { left: 10, top: 100 })).toEqual({
      x1: 70,
      y1: 130,
      x2: 690,
      y2: 310,
    });
  });

  it('draws no line when either end is out of what can be seen of its pane', () => {
    const span = [box(100, 200, 160, 220)];
    const shown = box(0, 0, 600, 900);
    const above = box(0, 300, 600, 900);
    const origin = { left: 0, top: 0 };
    expect(linkLine(span, span, shown, shown, origin)).not.toBeNull();
    expect(linkLine(span, span, above, shown, origin)).toBeNull();
    expect(linkLine(span, span, shown, above, origin)).toBeNull();
    expect(linkLine(span, span, null, shown, origin)).toBeNull();
    expect(linkLine([], span, shown, shown, origin)).toBeNull();
    // Half out is out: the line's end would sit on the pane's edge, not on the words.
    expect(fullyInside(box(100, 290, 160, 310), above)).toBe(false);
  });
});
