/**
 * The two shapes of `apparatus compare`: the JSON contract of ARCHITECTURE.md and a table for a
 * person.
 *
 * JSON (`--json`), one object:
 * - `accounts`: `[{ key: 'a' | 'b', title, file }]` — the file as given on the command line.
 * - `claims`: `{ a: [...], b: [...] }` — every claim of each account, in the shape of
 *   `audit --json` (id, kind, text, start, end, field, subject, value; offsets into that file).
 * - `subjects`: one per row of the comparison, in text order:
 *   `{ label, kind, sides: { a?, b? }, a: [claim ids], b: [claim ids], status, reason }`, where
 *   `label` is the subject as the first account that speaks of it names it, `sides` how each
 *   account names the side it is about, and `status` is `conflict` | `agree` | `uncompared`
 *   (both speak, nothing could be set against anything: different days, no value) | `single`.
 * - `conflicts`: `[{ subject, a: [claim ids], b: [claim ids], reason }]` — one per conflicting
 *   subject, with only the claims of the pairs that cannot both be true.
 */
import type { ComparedClaim, Synopsis, SynopticRow } from '@apparatus/core';
import { columnWidth, jsonClaim, type JsonClaim } from './report-columns.ts';

/** One claim, exactly as `audit --json` prints it. */
export type CompareJsonClaim = JsonClaim;

/** One row of `subjects`. */
export interface CompareJsonSubject {
  readonly label: string;
  readonly kind: string;
  readonly sides: Readonly<Record<string, string>>;
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly status: string;
  readonly reason: string;
}

/** The object `compare --json` prints. */
export interface CompareJson {
  readonly accounts: readonly {
    readonly key: string;
    readonly title: string;
    readonly file: string;
  }[];
  readonly claims: {
    readonly a: readonly CompareJsonClaim[];
    readonly b: readonly CompareJsonClaim[];
  };
  readonly subjects: readonly CompareJsonSubject[];
  readonly conflicts: readonly {
    readonly subject: string;
    readonly a: readonly string[];
    readonly b: readonly string[];
    readonly reason: string;
  }[];
}

const idsOf = (row: SynopticRow, key: string): string[] =>
  (row.cells.find((c) => c.account === key)?.claims ?? []).map((c) => c.id);

/** The comparison of accounts `a` and `b` as the JSON contract, claims in the audit's shape. */
export function compareJson(
  synopsis: Synopsis,
  claims: { a: readonly ComparedClaim[]; b: readonly ComparedClaim[] },
  files: { a: string; b: string },
): CompareJson {
  return {
    accounts: synopsis.accounts.map((a) => ({
      key: a.key,
      title: a.title,
      file: a.key === 'a' ? files.a : files.b,
    })),
    claims: { a: claims.a.map(jsonClaim), b: claims.b.map(jsonClaim) },
    subjects: synopsis.rows.map((row) => ({
      label: row.label,
      kind: row.kind,
      sides: row.sides,
      a: idsOf(row, 'a'),
      b: idsOf(row, 'b'),
      status: row.status,
      reason: row.reason,
    })),
    conflicts: synopsis.rows
      .filter((row) => row.status === 'conflict')
      .map((row) => {
        const pick = (key: string): string[] => [
          ...new Set(
            row.conflicting
              .flatMap((v) => [v.a, v.b])
              .filter((n) => n.account === key)
              .map((n) => n.claim.id),
          ),
        ];
        return { subject: row.label, a: pick('a'), b: pick('b'), reason: row.reason };
      }),
  };
}

const STATUS_WORD: Record<string, string> = {
  conflict: 'CONFLICT',
  agree: 'agree',
  uncompared: '—',
  single: 'one account',
};

function cellText(claims: readonly ComparedClaim[]): string {
  return claims.length === 0 ? '' : claims.map((c) => c.text.replace(/\s+/g, ' ')).join(' / ');
}

function clip(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** A table for a person: subject, what each account says, the verdict; then the conflicts' reasons. */
export function compareText(synopsis: Synopsis): string {
  const [a, b] = synopsis.accounts;
  const rows = synopsis.rows.map((row) => ({
    label: row.label,
    a: cellText(row.cells[0]?.claims ?? []),
    b: cellText(row.cells[1]?.claims ?? []),
    status: STATUS_WORD[row.status] ?? row.status,
  }));
  const width = (pick: (r: (typeof rows)[number]) => string, head: string, max: number): number =>
    columnWidth(rows.map(pick), head.length, max);
  const headA = `A: ${a?.title ?? ''}`;
  const headB = `B: ${b?.title ?? ''}`;
  const wl = width((r) => r.label, 'subject', 48);
  const wa = width((r) => r.a, headA, 36);
  const wb = width((r) => r.b, headB, 36);
  const line = (l: string, x: string, y: string, s: string): string =>
    `${clip(l, wl)}  ${clip(x, wa)}  ${clip(y, wb)}  ${s}`.trimEnd();
  const out = [
    line('subject', headA, headB, 'verdict'),
    line('-'.repeat(wl), '-'.repeat(wa), '-'.repeat(wb), '-------'),
  ];
  for (const r of rows) out.push(line(r.label, r.a, r.b, r.status));
  const conflicts = synopsis.rows.filter((r) => r.status === 'conflict');
  const agreeing = synopsis.rows.filter((r) => r.status === 'agree').length;
  out.push(
    '',
    `${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}, ${agreeing} subject${agreeing === 1 ? '' : 's'} in agreement, ${synopsis.rows.length} subjects in all.`,
  );
  for (const r of conflicts) out.push('', `Conflict — ${r.label}:`, `  ${r.reason}`);
  return `${out.join('\n')}\n`;
}
