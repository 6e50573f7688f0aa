import type { Source } from '../source.ts';
import { sourceLabel } from './label.ts';

/** Sources by id; build one with {@link indexSources} when looking up many chains. */
export type SourceLookup = ReadonlyMap<string, Source> | readonly Source[];

/** Indexes sources by id, so that chains of 10,000 sources cost a map lookup per link. */
export function indexSources(sources: readonly Source[]): ReadonlyMap<string, Source> {
  return new Map(sources.map((source) => [source.id, source]));
}

function asMap(sources: SourceLookup): ReadonlyMap<string, Source> {
  return sources instanceof Map ? sources : indexSources(sources as readonly Source[]);
}

/**
 * A chain of transmission, nearest first: the source itself, then the source through which it is
 * known, then the one through which *that* is known, and so on towards the reader. Mazarof's
 * report → Cemal Kutay. `missing` holds `via` ids whose source no longer exists; `circular` is
 * true when some `via` leads back to a source already in the chain (the walk stops there).
 */
export interface Chain {
  readonly links: readonly Source[];
  readonly missing: readonly string[];
  readonly circular: boolean;
}

/**
 * Follows `via` from a source, depth-first and in the order each `via` lists them, visiting each
 * source once: cycles (A via B via A), which a user can make by editing, end the walk instead of
 * looping. An unknown `sourceId` gives an empty chain.
 */
export function chainOf(sourceId: string, sources: SourceLookup): Chain {
  const byId = asMap(sources);
  const links: Source[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  let circular = false;
  const visit = (id: string): void => {
    if (seen.has(id)) {
      circular = true;
      return;
    }
    const source = byId.get(id);
    if (source === undefined) {
      if (!missing.includes(id)) missing.push(id);
      return;
    }
    seen.add(id);
    links.push(source);
    for (const next of source.via) visit(next);
  };
  if (byId.has(sourceId)) visit(sourceId);
  return { links, missing, circular };
}

/** One step of a chain as the UI shows it: the source, each "known via", the reader. */
export interface ChainStep {
  readonly kind: 'source' | 'via' | 'missing' | 'circular' | 'reader';
  readonly text: string;
  /** The source this step names, for links in the UI. */
  readonly sourceId?: string;
}

/** What {@link describeChain} calls the text under review; "this article" by default. */
export interface ChainWording {
  readonly reader?: string;
}

/**
 * The steps of a chain for display, so the UI can render it as a list and
 * {@link describeChain} as a sentence from the same words.
 */
export function chainSteps(chain: Chain, wording: ChainWording = {}): ChainStep[] {
  const [first, ...rest] = chain.links;
  if (first === undefined) return [];
  const steps: ChainStep[] = [{ kind: 'source', text: sourceLabel(first), sourceId: first.id }];
  for (const link of rest)
    steps.push({ kind: 'via', text: `known via ${sourceLabel(link)}`, sourceId: link.id });
  chain.missing.forEach(() =>
    steps.push({ kind: 'missing', text: 'known via a source that was deleted' }),
  );
  if (chain.circular)
    steps.push({ kind: 'circular', text: 'circular: leads back to a source already named' });
  steps.push({ kind: 'reader', text: wording.reader ?? 'this article' });
  return steps;
}

/**
 * The chain as one line: "Mazarof's report → known via Cemal Kutay → this article". Empty when
 * the source does not exist.
 */
export function describeChain(chain: Chain, wording: ChainWording = {}): string {
  return chainSteps(chain, wording)
    .map((step) => step.text)
    .join(' → ');
}
