import type { Citation, CslData, Source } from '../../src/index.ts';

let counter = 0;

/** A source with defaults; `csl.id` follows `id`. Timestamps increase in creation order. */
export function makeSource(
  id: string,
  csl: Partial<CslData> = {},
  rest: Partial<Source> = {},
): Source {
  counter += 1;
  const stamp = new Date(Date.UTC(2024, 0, 1, 0, 0, counter)).toISOString();
  return {
    id,
    csl: { type: 'book', ...csl, id },
    category: null,
    composed: '',
    perspective: '',
    reliability: '',
    via: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...rest,
  };
}

/** A citation of `sourceId` on `claimId`. */
export function makeCitation(id: string, claimId: string, sourceId: string): Citation {
  return {
    id,
    claimId,
    sourceId,
    locator: '',
    quote: '',
    stance: 'supports',
    value: '',
    createdAt: '2024-01-01T00:00:00.000Z',
  };
}
