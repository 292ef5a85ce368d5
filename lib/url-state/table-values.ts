/**
 * The values the table URL state can take (columns, sort orders, argument counts). Plain
 * lists with no dependency, so the pre-rendered tables can use them without loading the
 * URL-state library.
 */
import { ABI_IDS } from "@/lib/schema/ids";

/** Columns of the one-ABI table, in display order. `name` cannot be hidden. */
export const TABLE_COLUMNS = ["nr", "name", "sig", "entry", "cat"] as const;
export type TableColumnId = (typeof TABLE_COLUMNS)[number];

export const TABLE_SORTS = ["nr", "-nr", "name", "-name", "entry", "-entry"] as const;
export type TableSort = (typeof TABLE_SORTS)[number];

export const ALL_SORTS = ["name", "-name", ...ABI_IDS, ...ABI_IDS.map((a) => `-${a}` as const)] as const;
export type AllSort = (typeof ALL_SORTS)[number];

/** Longest argument list a syscall has (MIPS o32 and a few others reach 7 or 8 words). */
export const MAX_ARGS = 8;

/** Visible columns in canonical order, so that "all visible" equals the default and leaves the URL. */
export function canonicalColumns(visible: Iterable<TableColumnId>): TableColumnId[] {
  const set = new Set(visible);
  set.add("name");
  return TABLE_COLUMNS.filter((c) => set.has(c));
}

/** An argument-count filter value that makes sense, else null (any). */
export function validArgs(n: number | null): number | null {
  return n !== null && Number.isInteger(n) && n >= 0 && n <= MAX_ARGS ? n : null;
}
