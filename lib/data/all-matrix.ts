/**
 * The `all` table: every syscall name of a kernel against every ABI's number. Pure.
 */
import type { AbiFile, AbiId, CategoryId } from "@/lib/schema/kernel-api";

export interface AllRow {
  name: string;
  /** Number per ABI column (same order as `abis`), null where the ABI lacks the name. */
  nrs: (number | null)[];
  /** Column indexes where the slot exists but is not implemented (sys_ni_syscall). */
  ni: number[];
  categories: CategoryId[];
  /** Argument count from the first ABI with a prototype; null if none has one. */
  argc: number | null;
}

export function buildAllRows(files: readonly AbiFile[]): AllRow[] {
  const rows = new Map<string, AllRow>();
  files.forEach((file, col) => {
    for (const s of file.syscalls) {
      let row = rows.get(s.name);
      if (!row) {
        row = { name: s.name, nrs: files.map(() => null), ni: [], categories: [], argc: null };
        rows.set(s.name, row);
      }
      row.nrs[col] = s.nr;
      if (!s.implemented) row.ni.push(col);
      for (const c of s.categories) if (!row.categories.includes(c)) row.categories.push(c);
      if (row.argc === null && s.params !== null) row.argc = s.params.length;
    }
  });
  for (const row of rows.values()) {
    // "uncategorized" only when no ABI gives the name a class.
    if (row.categories.length > 1) row.categories = row.categories.filter((c) => c !== "uncategorized");
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function allAbis(files: readonly AbiFile[]): AbiId[] {
  return files.map((f) => f.abi);
}
