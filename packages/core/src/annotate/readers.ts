/**
 * The one door from annotation to the values layer: every date, figure and scale a reader types
 * or selects is read by `packages/core/src/values/`, never re-parsed here, so the inspector, the
 * engine and `apparatus audit` read text the same way (ARCHITECTURE.md, value conventions).
 */
import { parseDate, parseQuantity, parseScale } from '../values/index.ts';
import type { ValueContext } from '../values/index.ts';

export type { ValueContext };

/** The readers annotation uses, gathered so the rest of this folder names one import. */
export const readers = { parseDate, parseQuantity, parseScale } as const;
