/**
 * The `all` table's rows as the browser fetches them (`paths.allRows`): written by the data
 * build, read by the interactive table. The browser has no zod on purpose, so the shape is
 * checked here by hand, down to every cell: a wrong number must never reach the grid.
 */
import type { AllRow } from "./all-matrix";
import { fetchChecked, isCategories, isNr, isStrings } from "./json-guards";

export interface AllRowsFile {
  /** ABI ids in column order: each row's `nrs` follow it. */
  abis: string[];
  rows: AllRow[];
}

function isRow(x: unknown, width: number): x is AllRow {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Partial<Record<keyof AllRow, unknown>>;
  return (
    typeof r.name === "string" &&
    Array.isArray(r.nrs) &&
    r.nrs.length === width &&
    r.nrs.every((n) => n === null || isNr(n)) &&
    Array.isArray(r.ni) &&
    r.ni.every((c) => Number.isInteger(c) && c >= 0 && c < width) &&
    isCategories(r.categories) &&
    (r.argc === null || isNr(r.argc))
  );
}

/** True when `x` is a rows file whose columns are exactly `abis`, in that order. */
export function isAllRowsFile(x: unknown, abis: readonly string[]): x is AllRowsFile {
  if (typeof x !== "object" || x === null) return false;
  const f = x as { abis?: unknown; rows?: unknown };
  if (!isStrings(f.abis) || f.abis.length !== abis.length || f.abis.some((a, i) => a !== abis[i])) return false;
  return Array.isArray(f.rows) && f.rows.every((r) => isRow(r, abis.length));
}

/** Fetch and check the rows; rejects (so the caller can retry later) on any failure. */
export async function fetchAllRows(url: string, abis: readonly string[]): Promise<AllRow[]> {
  const check = (json: unknown): json is AllRowsFile => isAllRowsFile(json, abis);
  return (await fetchChecked(url, check, `the rows of this table (columns ${abis.join(",")})`)).rows;
}
