import type { CslData, Source } from '../source.ts';
import { displayName } from './label.ts';

/** Why two sources were taken for the same record. */
export const DUPLICATE_REASONS = ['same author and title', 'same URL', 'same DOI'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/**
 * Sources that look like one record entered twice, oldest first (so the first is the natural
 * one to keep), with every reason that linked them.
 */
export interface DuplicateGroup {
  readonly sources: readonly Source[];
  readonly reasons: readonly DuplicateReason[];
}

/** Lower case, accents and punctuation dropped, spaces collapsed: "Kutay, Cemal." → "kutay cemal". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The authors as a key that ignores order within a name, so `{family:'Kutay', given:'Cemal'}`,
 * the literal "Cemal Kutay" and "Kutay, Cemal" agree.
 */
function authorKey(csl: CslData): string {
  return (csl.author ?? [])
    .map((name) => normalizeText(displayName(name)).split(' ').sort().join(' '))
    .filter((key) => key !== '')
    .join(';');
}

/** A URL without scheme, "www.", fragment or trailing slash; '' when there is none. */
export function normalizeUrl(url: unknown): string {
  if (typeof url !== 'string') return '';
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '');
}

/** A DOI without its resolver prefix, lower case (DOIs are case-insensitive); '' when none. */
export function normalizeDoi(doi: unknown): string {
  if (typeof doi !== 'string') return '';
  return doi
    .trim()
    .toLowerCase()
    .replace(/^(https?:\/\/)?(dx\.)?doi\.org\//, '')
    .replace(/^doi:\s*/, '');
}

/** Each key a source is matched on; a record with neither author nor title has no such key. */
function keysOf(source: Source): [DuplicateReason, string][] {
  const keys: [DuplicateReason, string][] = [];
  const author = authorKey(source.csl);
  const title = normalizeText(typeof source.csl.title === 'string' ? source.csl.title : '');
  if (author !== '' || title !== '') keys.push(['same author and title', `${author}|${title}`]);
  const url = normalizeUrl(source.csl.URL);
  if (url !== '') keys.push(['same URL', url]);
  const doi = normalizeDoi(source.csl['DOI']);
  if (doi !== '') keys.push(['same DOI', doi]);
  return keys;
}

/**
 * Finds sources entered more than once: the same normalised author and title (two untitled
 * records by the same author count, since "Cemal Kutay" typed twice is the likely case), or the
 * same URL, or the same DOI. Matches are transitive (A~B by URL, B~C by title → one group).
 * Linear in the number of sources, so the Sources view can run it on every change.
 */
export function findDuplicateSources(sources: readonly Source[]): DuplicateGroup[] {
  const parent = sources.map((_, index) => index);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const firstWithKey = new Map<string, number>();
  const reasonsAt = new Map<number, Set<DuplicateReason>>();
  sources.forEach((source, index) => {
    for (const [reason, key] of keysOf(source)) {
      const mapKey = `${reason}\u0000${key}`;
      const other = firstWithKey.get(mapKey);
      if (other === undefined) {
        firstWithKey.set(mapKey, index);
        continue;
      }
      const [a, b] = [find(other), find(index)];
      const reasons = new Set([...(reasonsAt.get(a) ?? []), ...(reasonsAt.get(b) ?? []), reason]);
      parent[b] = a;
      reasonsAt.set(a, reasons);
    }
  });
  const groups = new Map<number, Source[]>();
  sources.forEach((source, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [source]);
    else group.push(source);
  });
  const result: DuplicateGroup[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    const reasons = DUPLICATE_REASONS.filter((reason) => reasonsAt.get(root)?.has(reason) ?? false);
    result.push({ sources: ordered, reasons });
  }
  return result;
}
