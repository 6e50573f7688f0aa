/**
 * The two shapes of an audit on the command line: the JSON contract of ARCHITECTURE.md (nothing
 * more per claim than the contract's keys; `field` is always present, `null` when the claim is not
 * from the infobox; `agreements` is an extra top-level key) and a report for a person: claims
 * grouped by subject in aligned columns, unplaced claims after them, conflicts last.
 */
import type { AuditReport, ClaimValue } from '@apparatus/core';
import { columnWidth, jsonClaim, type JsonClaim } from './report-columns.ts';

/** One claim of `audit --json`. */
export type AuditJsonClaim = JsonClaim;

/** The object `audit --json` prints. */
export interface AuditJson {
  readonly title: string;
  readonly claims: readonly AuditJsonClaim[];
  readonly conflicts: readonly {
    subject: string;
    kind: string;
    claims: readonly string[];
    reason: string;
  }[];
  readonly agreements: readonly { subject: string; claims: readonly string[]; reason: string }[];
}

/** The report as the JSON contract: fixed key order, no engine-internal keys. */
export function auditJson(report: AuditReport): AuditJson {
  return {
    title: report.title,
    claims: report.claims.map(jsonClaim),
    conflicts: report.conflicts.map((c) => ({
      subject: c.subject,
      kind: c.kind,
      claims: [...c.claims],
      reason: c.reason,
    })),
    agreements: report.agreements.map((a) => ({
      subject: a.subject,
      claims: [...a.claims],
      reason: a.reason,
    })),
  };
}

/** A value in one short cell. */
function valueCell(value: ClaimValue | null): string {
  if (value === null) return '(unread)';
  switch (value.type) {
    case 'date': {
      const range = (e: string | null, l: string | null): string =>
        e === l ? (e ?? '?') : `${e ?? '…'} – ${l ?? '…'}`;
      const alts =
        value.alternatives && value.alternatives.length > 1
          ? value.alternatives.map((a) => range(a.earliest, a.latest)).join(' | ')
          : range(value.earliest, value.latest);
      return value.calendar === 'gregorian' ? alts : `${alts} (${value.calendar})`;
    }
    case 'quantity': {
      const n = (x: number | null): string => (x === null ? '…' : x.toLocaleString('en-US'));
      const body = value.min === value.max ? n(value.min) : `${n(value.min)}–${n(value.max)}`;
      return `${value.approximate ? '~' : ''}${body}${value.repaired ? ' (repaired)' : ''}`;
    }
    case 'scale':
      return value.level;
    case 'name':
      return value.note ? `${value.name} (${value.note})` : value.name;
    case 'text':
      return value.text;
  }
}

/** The report for a person. */
export function auditText(report: AuditReport): string {
  const lines: string[] = [
    `Audit of “${report.title}”: ${report.claims.length} claims, ${report.conflicts.length} conflicts, ${report.agreements.length} agreements`,
    '',
  ];
  // Each claim's cells once: the widths are taken over all of them, the rows printed by subject.
  const rows = report.claims.map((c) => ({
    subject: c.subject ?? '',
    kind: c.kind,
    text: `“${c.text}”`,
    value: valueCell(c.value),
    where: c.field ? `infobox ${c.field}` : `at ${c.start}`,
  }));
  const texts = rows.map((r) => r.text);
  const values = rows.map((r) => r.value);
  const w1 = columnWidth(texts, 4, 48);
  const w2 = columnWidth(values, 5, 40);
  const groups = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) {
    const group = groups.get(r.subject);
    if (group) group.push(r);
    else groups.set(r.subject, [r]);
  }
  const keys = [...groups.keys()].filter((k) => k !== '').concat(groups.has('') ? [''] : []);
  for (const key of keys) {
    lines.push(key === '' ? 'Unplaced' : key);
    for (const r of groups.get(key)!) {
      lines.push(`  ${r.kind.padEnd(8)} ${r.text.padEnd(w1)}  ${r.value.padEnd(w2)}  ${r.where}`);
    }
    lines.push('');
  }
  if (report.agreements.length > 0) {
    lines.push('Agreements');
    for (const a of report.agreements) lines.push(`  ${a.subject}: ${a.reason}`);
    lines.push('');
  }
  lines.push(report.conflicts.length === 0 ? 'Conflicts: none found' : 'Conflicts');
  for (const c of report.conflicts) lines.push(`  [${c.kind}] ${c.subject}: ${c.reason}`);
  lines.push('');
  return lines.join('\n');
}
