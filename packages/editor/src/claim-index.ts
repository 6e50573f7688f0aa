import type { Node } from 'prosemirror-model';
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  DocAttrStep,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
} from 'prosemirror-transform';
import type { Step, StepMap, Transform } from 'prosemirror-transform';
import { claimExtents, claimExtentsIn } from './claim-marks.ts';
import type { ClaimRange } from './claim-marks.ts';
import type { DocRange } from './text-map.ts';

/**
 * A claim whose marked text is gone from the document. It is kept, not deleted
 * (ARCHITECTURE.md): the host shows it for review with its last quote, and undo — which brings
 * the marked text back — attaches it again.
 */
export interface DetachedClaim {
  readonly id: string;
  /** The claim's text just before it was deleted. */
  readonly quote: string;
}

/** What the last transaction did to the index: for decorations, panels and tests. */
export interface ClaimIndexChange {
  /** Ids that became attached (new claims, and detached ones brought back by undo). */
  readonly attached: readonly string[];
  /** Ids that became detached. */
  readonly detached: readonly string[];
  /**
   * Ids whose range was re-read from the marks (the claims near the edit): their range may
   * have changed in ways position mapping alone does not follow (text replaced with the same
   * marked text, a mark extended). Decorations of these claims are checked against the index.
   */
  readonly reread: readonly string[];
  /**
   * How many claims were looked at one by one. Claims away from the edit are shifted a chunk at
   * a time, so this stays small however many claims the document holds.
   */
  readonly touched: number;
}

/** A claim inside a chunk: positions are relative, the chunk's `shift` is added lazily. */
interface Entry {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/**
 * A run of claims, sorted by `from`, stored with a common offset so that an edit before them
 * moves them all by changing one number. `lo`/`hi` bound the run's positions (before `shift`).
 */
interface Chunk {
  readonly entries: readonly Entry[];
  readonly shift: number;
  readonly lo: number;
  readonly hi: number;
}

/** A claim taken out of its chunk while a transaction is mapped. */
interface Loose extends Entry {
  /** Where it was when taken out, in `tr.docs[docIndex]`, for its quote should it detach. */
  readonly docIndex: number;
  readonly was: DocRange;
}

/** Claims per chunk: √10,000 — an edit touches about this many claims and n/this many chunks. */
const CHUNK = 64;
/** Past this many unknown claims in one transaction (a bulk load), re-reading the doc is cheaper. */
const BULK = 32;

const NO_CHANGE: ClaimIndexChange = { attached: [], detached: [], reread: [], touched: 0 };

function chunkOf(entries: readonly Entry[]): Chunk {
  let hi = -Infinity;
  for (const e of entries) hi = Math.max(hi, e.to);
  return { entries, shift: 0, lo: entries[0]!.from, hi };
}

/** Where the last claim of a chunk starts (entries are sorted by `from`). */
function lastFrom(c: Chunk): number {
  return c.entries[c.entries.length - 1]!.from + c.shift;
}

/** Absolute entries of a chunk. */
function unshift(c: Chunk): Entry[] {
  return c.shift === 0
    ? c.entries.slice()
    : c.entries.map((e) => ({ id: e.id, from: e.from + c.shift, to: e.to + c.shift }));
}

function byFrom(a: Entry, b: Entry): number {
  return a.from - b.from || a.to - b.to;
}

/** The ranges a step may have changed claim marks in, before the step; null if unknown. */
function affectedRanges(step: Step, map: StepMap): DocRange[] | null {
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep)
    return [{ from: step.from, to: step.to }];
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
    const ranges: DocRange[] = [];
    map.forEach((oldStart, oldEnd) => ranges.push({ from: oldStart, to: oldEnd }));
    return ranges;
  }
  if (
    step instanceof AttrStep ||
    step instanceof DocAttrStep ||
    step instanceof AddNodeMarkStep ||
    step instanceof RemoveNodeMarkStep
  ) {
    return [];
  }
  return null;
}

/** Sorts and joins overlapping or touching ranges. */
function coalesce(ranges: DocRange[]): DocRange[] {
  ranges.sort((a, b) => a.from - b.from);
  const out: DocRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && r.from <= last.to)
      out[out.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else out.push(r);
  }
  return out;
}

/**
 * Where every claim of a document is: id → range (the extent of its marked text), plus the
 * detached claims. Persistent (each transaction gives a new index sharing most of the old one)
 * and mapped through transactions rather than rebuilt: claims are kept in chunks of nearby
 * claims; an edit re-reads only the claims of the chunks it touches (their marks within their
 * mapped range and within the changed ranges) and moves the other chunks by one offset each. Lookups by id scan the index and are meant for user actions
 * (navigation, saving), not for every keystroke.
 */
export class ClaimIndex {
  private constructor(
    private readonly chunks: readonly Chunk[],
    /** Claims whose text is gone, by id. */
    readonly detached: ReadonlyMap<string, DetachedClaim>,
    /** How many claims are attached. */
    readonly size: number,
    /** What the transaction that made this index changed. */
    readonly change: ClaimIndexChange,
  ) {}

  /** The index of a document, read from its marks (O(document): on load only). */
  static fromDoc(doc: Node, detached: ReadonlyMap<string, DetachedClaim> = new Map()): ClaimIndex {
    const entries = [...claimExtents(doc)]
      .map(([id, r]) => ({ id, from: r.from, to: r.to }))
      .sort(byFrom);
    const chunks: Chunk[] = [];
    for (let i = 0; i < entries.length; i += CHUNK)
      chunks.push(chunkOf(entries.slice(i, i + CHUNK)));
    const ids = new Set(entries.map((e) => e.id));
    const still = new Map([...detached].filter(([id]) => !ids.has(id)));
    return new ClaimIndex(chunks, still, entries.length, NO_CHANGE);
  }

  /** The current range of an attached claim, or null (detached or unknown). */
  rangeOf(id: string): DocRange | null {
    for (const c of this.chunks) {
      for (const e of c.entries)
        if (e.id === id) return { from: e.from + c.shift, to: e.to + c.shift };
    }
    return null;
  }

  /** Every attached claim with its range, in document order. */
  ranges(): ClaimRange[] {
    return this.chunks.flatMap(unshift).sort(byFrom);
  }

  /** The attached claims that overlap `[from, to]` (touching counts), in document order. */
  between(from: number, to: number): ClaimRange[] {
    const out: ClaimRange[] = [];
    for (const c of this.chunks) {
      if (c.lo + c.shift > to || c.hi + c.shift < from) continue;
      for (const e of c.entries) {
        const a = e.from + c.shift;
        const b = e.to + c.shift;
        if (a <= to && b >= from) out.push({ id: e.id, from: a, to: b });
      }
    }
    return out.sort(byFrom);
  }

  /**
   * The first claim starting after `pos`, or null. Chunks that cannot hold a better one (all of
   * their claims start at or before `pos`, or after the best so far) are skipped whole.
   */
  after(pos: number): ClaimRange | null {
    let best: ClaimRange | null = null;
    for (const c of this.chunks) {
      if (lastFrom(c) <= pos || (best !== null && c.lo + c.shift > best.from)) continue;
      for (const e of c.entries) {
        const a = e.from + c.shift;
        if (a > pos && (best === null || a < best.from))
          best = { id: e.id, from: a, to: e.to + c.shift };
      }
    }
    return best;
  }

  /** The last claim starting before `pos`, or null; chunks are skipped as in {@link after}. */
  before(pos: number): ClaimRange | null {
    let best: ClaimRange | null = null;
    for (const c of this.chunks) {
      if (c.lo + c.shift >= pos || (best !== null && lastFrom(c) < best.from)) continue;
      for (const e of c.entries) {
        const a = e.from + c.shift;
        if (a < pos && (best === null || a > best.from))
          best = { id: e.id, from: a, to: e.to + c.shift };
      }
    }
    return best;
  }

  /**
   * The index after `tr`. `forgotten` are claims the host removed on purpose (their marks
   * removed in `tr`): they are dropped, not detached.
   */
  map(tr: Transform, forgotten: ReadonlySet<string> = new Set()): ClaimIndex {
    if (!tr.docChanged) {
      if (forgotten.size === 0)
        return this.change === NO_CHANGE
          ? this
          : new ClaimIndex(this.chunks, this.detached, this.size, NO_CHANGE);
      return new ClaimIndex(
        this.chunks,
        new Map([...this.detached].filter(([id]) => !forgotten.has(id))),
        this.size,
        NO_CHANGE,
      );
    }
    let chunks = this.chunks;
    let loose: Loose[] = [];
    let dirty: DocRange[] = [];
    let touched = 0;
    let pulled = 0;
    for (let i = 0; i < tr.steps.length; i += 1) {
      const map = tr.mapping.maps[i]!;
      const ranges = affectedRanges(tr.steps[i]!, map);
      if (ranges === null) return this.rebuilt(tr, forgotten);
      if (ranges.length === 0) continue;
      dirty = dirty.map((d) => ({ from: map.map(d.from, -1), to: map.map(d.to, 1) }));
      loose = loose.map((e) => {
        touched += 1;
        const from = map.map(e.from, 1);
        return { ...e, from, to: Math.max(from, map.map(e.to, -1)) };
      });
      const kept: Chunk[] = [];
      for (const c of chunks) {
        const lo = c.lo + c.shift;
        const hi = c.hi + c.shift;
        if (ranges.some((r) => r.from <= hi && r.to >= lo)) {
          for (const e of c.entries) {
            touched += 1;
            pulled += 1;
            const was = { from: e.from + c.shift, to: e.to + c.shift };
            const from = map.map(was.from, 1);
            loose.push({
              id: e.id,
              from,
              to: Math.max(from, map.map(was.to, -1)),
              docIndex: i,
              was,
            });
          }
        } else {
          const d = map.map(lo, 1) - lo;
          kept.push(d === 0 ? c : { ...c, shift: c.shift + d });
        }
      }
      chunks = kept;
      for (const r of ranges) dirty.push({ from: map.map(r.from, -1), to: map.map(r.to, 1) });
    }
    dirty = coalesce(dirty);

    // Re-read the claims' marks where the document changed.
    const found = new Map<string, DocRange>();
    for (const d of dirty) {
      for (const [id, r] of claimExtentsIn(tr.doc, d.from, d.to)) {
        const seen = found.get(id);
        found.set(
          id,
          seen ? { from: Math.min(seen.from, r.from), to: Math.max(seen.to, r.to) } : r,
        );
      }
    }
    const detached = new Map([...this.detached].filter(([id]) => !forgotten.has(id)));
    const placed: Entry[] = [];
    const attachedNow: string[] = [];
    const detachedNow: string[] = [];
    for (const e of loose) {
      // Its marks can only be where it was (mapped) or where the document changed.
      const kept = claimExtentsIn(tr.doc, e.from, e.to).get(e.id);
      const mark = found.get(e.id);
      found.delete(e.id);
      const from = Math.min(kept?.from ?? Infinity, mark?.from ?? Infinity);
      const to = Math.max(kept?.to ?? -Infinity, mark?.to ?? -Infinity);
      if (from < to) placed.push({ id: e.id, from, to });
      else if (!forgotten.has(e.id)) {
        detached.set(e.id, {
          id: e.id,
          quote: tr.docs[e.docIndex]!.textBetween(e.was.from, e.was.to, ' '),
        });
        detachedNow.push(e.id);
      }
    }
    const unknown: [string, DocRange][] = [];
    for (const [id, r] of found) {
      if (detached.delete(id)) {
        placed.push({ id, ...r });
        attachedNow.push(id);
      } else unknown.push([id, r]);
    }
    if (unknown.length > BULK) return this.rebuilt(tr, forgotten, detached);
    for (const [id, r] of unknown) {
      // Usually a new claim; otherwise the same id elsewhere (kept out of chunks the edit missed).
      const at = chunks.findIndex((c) => c.entries.some((e) => e.id === id));
      const chunk = chunks[at];
      if (chunk === undefined) {
        placed.push({ id, ...r });
        attachedNow.push(id);
        continue;
      }
      const entries = unshift(chunk);
      const old = entries.find((e) => e.id === id)!;
      const rest = entries.filter((e) => e !== old);
      chunks = [
        ...chunks.slice(0, at),
        ...(rest.length > 0 ? [chunkOf(rest)] : []),
        ...chunks.slice(at + 1),
      ];
      pulled += 1;
      touched += entries.length;
      placed.push({ id, from: Math.min(old.from, r.from), to: Math.max(old.to, r.to) });
    }
    const change = {
      attached: attachedNow,
      detached: detachedNow,
      reread: placed.map((e) => e.id),
      touched,
    };
    return new ClaimIndex(
      insert(chunks, placed.sort(byFrom)),
      detached,
      this.size - pulled + placed.length,
      change,
    );
  }

  /** The slow path for steps of unknown kinds and bulk loads: re-read the whole document. */
  private rebuilt(
    tr: Transform,
    forgotten: ReadonlySet<string>,
    detached: ReadonlyMap<string, DetachedClaim> = this.detached,
  ): ClaimIndex {
    const fresh = ClaimIndex.fromDoc(
      tr.doc,
      new Map([...detached].filter(([id]) => !forgotten.has(id))),
    );
    const all = new Map(fresh.detached);
    const now = new Set(fresh.ranges().map((r) => r.id));
    const before = this.ranges();
    const was = new Set(before.map((r) => r.id));
    const detachedNow: string[] = [];
    for (const r of before) {
      if (!now.has(r.id) && !forgotten.has(r.id) && !all.has(r.id)) {
        all.set(r.id, { id: r.id, quote: tr.before.textBetween(r.from, r.to, ' ') });
        detachedNow.push(r.id);
      }
    }
    const attached = [...now].filter((id) => !was.has(id));
    return new ClaimIndex(fresh.chunks, all, fresh.size, {
      attached,
      detached: detachedNow,
      reread: [...now],
      touched: fresh.size,
    });
  }
}

/** Puts sorted entries back among the chunks, keeping chunks in document order. */
function insert(chunks: readonly Chunk[], placed: readonly Entry[]): Chunk[] {
  if (placed.length === 0) return chunks.slice();
  const out: Chunk[] = [];
  const emit = (entries: Entry[]): void => {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      last.entries.length + entries.length <= CHUNK &&
      entries.length < CHUNK / 2
    ) {
      out[out.length - 1] = chunkOf([...unshift(last), ...entries].sort(byFrom));
      return;
    }
    for (let i = 0; i < entries.length; i += CHUNK) out.push(chunkOf(entries.slice(i, i + CHUNK)));
  };
  let j = 0;
  for (const c of chunks) {
    const first = c.entries[0]!.from + c.shift;
    const last = c.entries[c.entries.length - 1]!.from + c.shift;
    const before: Entry[] = [];
    while (j < placed.length && placed[j]!.from < first) before.push(placed[j++]!);
    if (before.length > 0) emit(before);
    const inside: Entry[] = [];
    while (j < placed.length && placed[j]!.from <= last) inside.push(placed[j++]!);
    if (inside.length > 0) emit([...unshift(c), ...inside].sort(byFrom));
    else out.push(c);
  }
  if (j < placed.length) emit(placed.slice(j));
  return out;
}
