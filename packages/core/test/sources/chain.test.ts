import { describe, expect, it } from 'vitest';
import {
  chainOf,
  chainSteps,
  describeChain,
  indexSources,
  seedSources,
  sourceLabel,
} from '../../src/index.ts';
import { makeSource } from './helpers.ts';

describe('chainOf', () => {
  it('follows via from the seed report through Kutay', () => {
    const { kutay, mazarof, sources } = seedSources();
    const chain = chainOf(mazarof.id, sources);
    expect(chain.links.map((s) => s.id)).toEqual([mazarof.id, kutay.id]);
    expect(chain.circular).toBe(false);
    expect(describeChain(chain)).toBe("Mazarof's report → known via Cemal Kutay → this article");
    expect(describeChain(chainOf(kutay.id, sources))).toBe('Cemal Kutay → this article');
  });

  it('walks several levels nearest first and accepts an index', () => {
    const a = makeSource('a', { title: 'Letter' }, { via: ['b'] });
    const b = makeSource('b', { title: 'Memoir' }, { via: ['c'] });
    const c = makeSource('c', { title: 'Survey' });
    const chain = chainOf('a', indexSources([c, b, a]));
    expect(chain.links.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(describeChain(chain, { reader: 'the revision' })).toBe(
      'Letter → known via Memoir → known via Survey → the revision',
    );
  });

  it('stops at a cycle and says so', () => {
    const a = makeSource('a', { title: 'A' }, { via: ['b'] });
    const b = makeSource('b', { title: 'B' }, { via: ['a'] });
    const chain = chainOf('a', [a, b]);
    expect(chain.links.map((s) => s.id)).toEqual(['a', 'b']);
    expect(chain.circular).toBe(true);
    expect(chainSteps(chain).map((s) => s.kind)).toEqual(['source', 'via', 'circular', 'reader']);
  });

  it('treats a self-reference as a cycle', () => {
    const a = makeSource('a', { title: 'A' }, { via: ['a'] });
    expect(chainOf('a', [a]).circular).toBe(true);
  });

  it('reports via links to deleted sources', () => {
    const a = makeSource('a', { title: 'A' }, { via: ['gone'] });
    const chain = chainOf('a', [a]);
    expect(chain.missing).toEqual(['gone']);
    expect(describeChain(chain)).toBe('A → known via a source that was deleted → this article');
  });

  it('gives an empty chain for an unknown id', () => {
    expect(chainOf('nope', [])).toEqual({ links: [], missing: [], circular: false });
    expect(describeChain(chainOf('nope', []))).toBe('');
  });
});

describe('sourceLabel', () => {
  it('prefers the title, then an untitled report, then the author', () => {
    expect(
      sourceLabel(makeSource('x', { title: 'Enver Paşa', author: [{ family: 'Kutay' }] })),
    ).toBe('Enver Paşa');
    expect(sourceLabel(makeSource('x', { type: 'report', author: [{ family: 'Mazarof' }] }))).toBe(
      "Mazarof's report",
    );
    expect(sourceLabel(makeSource('x', { author: [{ literal: 'Cemal Kutay' }] }))).toBe(
      'Cemal Kutay',
    );
    expect(sourceLabel(makeSource('x'))).toBe('Untitled source');
  });
});
