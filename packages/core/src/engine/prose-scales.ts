/**
 * Scales of losses written in prose: "inflicted heavy losses on the Russians", "suffered light
 * casualties". The infobox gives the same judgement as a bare "Heavy"; in prose only the words
 * "heavy/light/moderate" (and "severe", read as heavy) next to "losses" or "casualties" make a
 * claim, so that "heavy fighting" or "light cavalry" never do.
 */
import type { ScaleLevel } from '../values.ts';

/** A scale of losses found in a sentence: offsets into the text given, and its level. */
export interface ProseScale {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly level: ScaleLevel;
}

const SCALE =
  /(?<![\p{L}\p{N}])(heavy|light|moderate|severe)[ \t\u00A0]+(losses|casualties)(?![\p{L}\p{N}])/giu;
const CHEAP = /losses|casualties/i;

/** Whether a sentence may hold a scale of losses (a cheap test before {@link proseScales}). */
export function mayHoldScale(text: string): boolean {
  return CHEAP.test(text);
}

/** Every scale of losses in `text`, in order. */
export function proseScales(text: string): ProseScale[] {
  const out: ProseScale[] = [];
  SCALE.lastIndex = 0;
  for (let m = SCALE.exec(text); m !== null; m = SCALE.exec(text)) {
    const word = (m[1] ?? '').toLowerCase();
    const level: ScaleLevel = word === 'severe' ? 'heavy' : (word as ScaleLevel);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], level });
  }
  return out;
}
