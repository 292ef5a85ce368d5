/** Filters and search for the diff tables. Pure; client-safe. */
import type { DiffPageRow, KernelDiffPageRow } from "@/lib/diff/page-model";
import type { KernelChangeKind, ReasonKind } from "@/lib/diff/types";
import type { RowKind } from "./diff-params";
import { rowKind } from "./row-kind";

/**
 * A query matches a syscall name (substring, case-insensitive), an equivalent's name, or
 * - when it is a number (decimal or 0x hex) - a number on either side. Exact name
 * matches come first, then the rest in their original order.
 */
export function matchQuery<R extends { name: string }>(
  rows: readonly R[],
  query: string,
  numbers: (r: R) => (number | null)[],
  alsoNames: (r: R) => string[] = () => [],
): R[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  const n = /^(0x[0-9a-f]+|\d+)$/.test(q) ? Number(q) : null;
  const hit = (r: R) =>
    r.name.toLowerCase().includes(q) ||
    alsoNames(r).some((x) => x.toLowerCase().includes(q)) ||
    (n !== null && numbers(r).includes(n));
  const found = rows.filter(hit);
  const exact = found.filter((r) => r.name.toLowerCase() === q);
  return [...exact, ...found.filter((r) => r.name.toLowerCase() !== q)];
}

export function filterDiffRows(
  rows: readonly DiffPageRow[],
  { q, show, why }: { q: string; show: readonly RowKind[]; why: readonly ReasonKind[] },
): DiffPageRow[] {
  const kept = rows.filter(
    (r) => (show.length === 0 || show.includes(rowKind(r))) && (why.length === 0 || r.kinds.some((k) => why.includes(k))),
  );
  return matchQuery(kept, q, (r) => [r.nrA, r.nrB], (r) => r.eq.map(([name]) => name));
}

export type KernelRowKind = KernelChangeKind | "unchanged";

export function filterKernelRows(
  rows: readonly KernelDiffPageRow[],
  { q, show }: { q: string; show: readonly KernelRowKind[] },
): KernelDiffPageRow[] {
  const kept = rows.filter((r) =>
    show.length === 0 ? r.changes.length > 0 : r.changes.length === 0 ? show.includes("unchanged") : r.changes.some((c) => show.includes(c)),
  );
  return matchQuery(kept, q, (r) => r.nr);
}
