/**
 * Filters of the `all` table that depend on which ABI columns are shown (so they run
 * before the table model): search ranking, "implemented", "on every shown ABI". Pure.
 */
import type { AllRow } from "@/lib/data/all-matrix";
import { rankRows, type FuzzyHit, type RowNumber } from "@/lib/search/rank";
import type { AllAbiColumn } from "./all-table-props";

export interface AllFilterInput {
  query: string;
  fuzzyHits: readonly FuzzyHit[];
  /** Indexes of the shown ABI columns. */
  cols: readonly number[];
  impl: boolean;
  every: boolean;
}

export function filterAllRows(rows: readonly AllRow[], abis: readonly AllAbiColumn[], f: AllFilterInput): AllRow[] {
  const present = (r: AllRow, c: number) => r.nrs[c] !== null && r.nrs[c] !== undefined;
  let out = rows.filter((r) => {
    if (f.every && !f.cols.every((c) => present(r, c))) return false;
    if (f.impl && !f.cols.some((c) => present(r, c) && !r.ni.includes(c))) return false;
    return f.cols.some((c) => present(r, c));
  });
  if (f.query.trim()) {
    const numbersOf = (r: AllRow): RowNumber[] =>
      f.cols.flatMap((c) => {
        const nr = r.nrs[c];
        return nr === null || nr === undefined ? [] : [{ nr, base: abis[c]?.nrBase ?? undefined }];
      });
    out = rankRows(out, f.query, f.fuzzyHits, numbersOf);
  }
  return out;
}
