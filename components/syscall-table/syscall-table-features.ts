/**
 * The one-ABI table's TanStack Table (v9) features, declared once: the shared filter and
 * sort features, and the column meta its picker reads.
 */
import { tableFeatures } from "@tanstack/react-table";
import { filterSortFeatures } from "@/components/table-kit/filter-sort-features";

export interface SyscallColumnMeta {
  /** Label in the column picker. */
  label: string;
}

export const syscallTableFeatures = tableFeatures({
  ...filterSortFeatures,
  columnMeta: {} as SyscallColumnMeta,
});

export type SyscallTableFeatures = typeof syscallTableFeatures;
