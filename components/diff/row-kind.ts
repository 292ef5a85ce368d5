/** Which filter bucket an ABI diff row falls in. Pure; client-safe. */
import { presence, type DiffPageRow } from "@/lib/diff/page-model";
import type { RowKind } from "./diff-params";

export function rowKind(row: DiffPageRow): RowKind {
  if (row.verdict === "missing") return presence(row) === "a" ? "only-a" : "only-b";
  if (row.verdict === "needs-translation") return "translate";
  return row.verdict;
}

export function countRowKinds(rows: readonly DiffPageRow[]): Record<RowKind, number> {
  const counts: Record<RowKind, number> = { "only-a": 0, "only-b": 0, translate: 0, renumbered: 0, same: 0 };
  for (const r of rows) counts[rowKind(r)] += 1;
  return counts;
}
